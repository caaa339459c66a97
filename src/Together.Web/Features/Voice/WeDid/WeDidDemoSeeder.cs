using Microsoft.EntityFrameworkCore;
using Together.Web.Features.Governance;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Voice.WeDid;

/// <summary>
/// "You said, we did" for the two closed demo consultations: their results published, commitments at every status
/// with dated updates, linked to the demo board meetings and decisions, and each one's Lundy record.
/// Runs after the consultations (500) and the governance demo (400).
/// </summary>
public sealed class WeDidDemoSeeder(TogetherDbContext db) : IDemoSeeder
{
    public const string MentalHealthSlug = "getting-help-with-how-you-feel";
    public const string SendSlug = "support-for-send-families";
    public const string NotDoingTitle = "A mental health worker in every GP surgery for under 18s";

    public int Order => 520;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var consultations = await db.Consultations.Where(c => c.Slug == MentalHealthSlug || c.Slug == SendSlug).ToDictionaryAsync(c => c.Slug, cancellationToken);
        if (consultations.Count < 2)
        {
            return;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        Guid Org(string slug) => organisations.TryGetValue(slug, out var id) ? id : organisations.Values.First();
        var meetings = await db.Meetings.Where(m => m.Status != MeetingStatus.Draft).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.Include(d => d.AgendaItem).Where(d => !d.AgendaItem!.IsExempt).ToDictionaryAsync(d => d.Title, d => d.Id, cancellationToken);
        Guid? Decision(string title) => decisions.TryGetValue(title, out var id) ? id : null;

        var mentalHealth = consultations[MentalHealthSlug];
        var send = consultations[SendSlug];

        // The second closed consultation goes through analysis to published results, each move recorded.
        foreach (var (from, to, days) in new[] { (ConsultationStatus.Closed, ConsultationStatus.Analysing, 1), (ConsultationStatus.Analysing, ConsultationStatus.ResultsPublished, 35) })
        {
            db.ConsultationStatusChanges.Add(new ConsultationStatusChange { Id = Guid.NewGuid(), ConsultationId = send.Id, From = from, To = to, At = send.ClosesAt.AddDays(days), By = "Participation team" });
        }

        send.Status = ConsultationStatus.ResultsPublished;

        // The first board meeting after each consultation closed heard what people said.
        Meeting? HeardAt(Consultation c) => meetings.FirstOrDefault(m => m.StartsAt > c.ClosesAt) ?? meetings.LastOrDefault();
        var mhMeeting = HeardAt(mentalHealth);
        var sendMeeting = HeardAt(send);

        Commitment Add(Consultation consultation, string title, string description, string owner, Meeting? meeting, Guid? decision, params (int Day, CommitmentStatus Status, int Progress, string Text, string? Reason)[] steps)
        {
            var created = consultation.ClosesAt.AddDays(20);
            var commitment = new Commitment
            {
                Id = Guid.NewGuid(),
                Title = title,
                Description = description,
                OwnerOrganisationId = Org(owner),
                Status = CommitmentStatus.Planned,
                MeetingId = meeting?.Id,
                DecisionId = decision,
                CreatedAt = created,
                UpdatedAt = created,
                IsDemo = true,
            };
            db.Commitments.Add(commitment);
            db.CommitmentConsultations.Add(new CommitmentConsultation { CommitmentId = commitment.Id, ConsultationId = consultation.Id });
            db.CommitmentUpdates.Add(new CommitmentUpdate { Id = Guid.NewGuid(), CommitmentId = commitment.Id, At = created, By = "Participation team", Text = "We added this after reading what people told us.", ToStatus = CommitmentStatus.Planned, Progress = 0 });
            foreach (var step in steps)
            {
                var change = new CommitmentFlow.Change(step.Status, step.Progress, step.Reason, step.Text);
                db.CommitmentUpdates.Add(CommitmentFlow.Apply(commitment, change, "Participation team", created.AddDays(step.Day)));
            }

            return commitment;
        }

        var waiting = Add(mentalHealth, "Publish waiting times for mental health support every month",
            "You told us not knowing how long you would wait was one of the worst parts. The NHS now publishes waiting times for children's mental health support on this website every month.",
            "nhs-cheshire-and-merseyside", mhMeeting, Decision("Year two priorities for the plan"),
            (10, CommitmentStatus.InProgress, 50, "Providers agreed which figures to share and how often.", null),
            (40, CommitmentStatus.Done, 100, "The first monthly figures are published. The wait for a first appointment has fallen from 18 weeks to 12 weeks.", null));
        Add(mentalHealth, "Drop-in wellbeing sessions in every secondary school",
            "Many of you said you would talk to someone at school if it was not a teacher and you did not need an appointment. Every secondary school will have a weekly drop-in with a wellbeing practitioner.",
            "cheshire-east-schools-forum", mhMeeting, null,
            (14, CommitmentStatus.InProgress, 30, "Ten schools have started weekly drop-ins.", null),
            (50, CommitmentStatus.InProgress, 60, "Eighteen of the 30 secondary schools now run a drop-in. The rest start in January.", null));
        Add(mentalHealth, "Text-based counselling in the evenings for 13 to 25 year olds",
            "You asked for help you can get by text, after school and work. We will commission an evening text service and ask young people to help choose the provider.",
            "nhs-cheshire-and-merseyside", null, null,
            (30, CommitmentStatus.Planned, 10, "Young people from the Youth Council will sit on the panel that chooses the provider in the spring.", null));
        Add(mentalHealth, NotDoingTitle,
            "Some of you asked for a mental health worker based in every GP surgery.",
            "nhs-cheshire-and-merseyside", mhMeeting, null,
            (25, CommitmentStatus.NotDoing, 0, "The board looked at this carefully.", "There are not enough trained mental health workers to put one in each of the 42 GP surgeries. Instead, every surgery can now refer straight to the school drop-ins and the evening text service, without a waiting list for the referral."));

        Add(send, "A named key worker for every family waiting for an EHC needs assessment",
            "Parents and carers told us they did not know who to call while they waited. Every family waiting for an education, health and care needs assessment will have one named person to contact.",
            "cheshire-east-council", sendMeeting, null,
            (12, CommitmentStatus.InProgress, 35, "Four key workers have started. Families waiting longest were contacted first.", null));
        Add(send, "The local offer rewritten in plain English, with an easy read version",
            "You said the local offer was hard to understand. We have rewritten it with parents and carers and added an easy read version.",
            "cheshire-east-council", sendMeeting, null,
            (5, CommitmentStatus.InProgress, 70, "Twelve parents and carers reviewed the new wording.", null),
            (28, CommitmentStatus.Done, 100, "The new local offer and its easy read version are published.", null));
        Add(send, "More weekend and holiday short breaks places",
            "Families told us short breaks are hardest to find at weekends and in the holidays. We will ask providers for more places at those times when the contracts are renewed.",
            "cheshire-east-council", null, null);
        Add(send, "Free transport to after-school clubs for disabled children",
            "Some parents and carers asked for free transport to after-school clubs.",
            "cheshire-east-council", sendMeeting, null,
            (20, CommitmentStatus.NotDoing, 0, "The board considered this.", "The council's transport budget can only pay for travel to school by law. Instead, clubs in the short breaks programme can now apply for a grant towards transport for the children who need it most."));
        _ = waiting;

        db.ListeningRecords.AddRange(
            new ListeningRecord
            {
                ConsultationId = mentalHealth.Id,
                HowAndWhere = "An anonymous online survey on this website, with an easy read version, promoted in every secondary school, the college and youth clubs. Youth workers ran sessions in four youth clubs where young people filled it in together.",
                WhoCouldTakePart = "Anyone aged 13 to 25 who lives, studies or works in Cheshire East. No name or account was needed, and every question could be skipped.",
                FeedbackGiven = "A young people's version of the results went to every secondary school council and was shared by the Youth Council on social media.",
                FeedbackGivenOn = DateOnly.FromDateTime(mentalHealth.ClosesAt.AddDays(70)),
                UpdatedAt = mentalHealth.ClosesAt.AddDays(70),
            },
            new ListeningRecord
            {
                ConsultationId = send.Id,
                HowAndWhere = "An anonymous online survey on this website, sent to families through schools, the parent carer forum and the SEND information service, with paper copies at family hubs.",
                WhoCouldTakePart = "Parents and carers of children and young people with special educational needs and disabilities in Cheshire East.",
                FeedbackGiven = "A summary of what families said and what will change was sent through the parent carer forum's newsletter and presented at its open meeting.",
                FeedbackGivenOn = DateOnly.FromDateTime(send.ClosesAt.AddDays(45)),
                UpdatedAt = send.ClosesAt.AddDays(45),
            });
        foreach (var (consultation, meeting) in new[] { (mentalHealth, mhMeeting), (send, sendMeeting) })
        {
            db.ListeningHearings.Add(new ListeningHearing { Id = Guid.NewGuid(), ConsultationId = consultation.Id, HeardBy = "Cheshire East Youth Council", HeardOn = DateOnly.FromDateTime(consultation.ClosesAt.AddDays(14)), Note = "Members read the results and chose what to ask the board for" });
            if (meeting is not null)
            {
                db.ListeningHearings.Add(new ListeningHearing { Id = Guid.NewGuid(), ConsultationId = consultation.Id, HeardBy = "Children and Young People's Trust Board", HeardOn = MeetingTimes.LocalDate(meeting.StartsAt), MeetingId = meeting.Id, Note = "In the Youth Council's item, \"What children and young people are telling us\"" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
