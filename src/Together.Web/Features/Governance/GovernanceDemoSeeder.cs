using Microsoft.EntityFrameworkCore;
using Together.Web.Features.YouthCouncil;
using Together.Web.Infrastructure.Database;
using Together.Web.Infrastructure.Demo;

namespace Together.Web.Features.Governance;

/// <summary>
/// The Trust board and two sub-groups, members from every partner, four past meetings with minutes, decisions
/// and actions (some overdue at 23 November 2026), Youth Council challenges at every stage, and one upcoming
/// meeting whose agenda is still a draft.
/// </summary>
public sealed class GovernanceDemoSeeder(TogetherDbContext db) : IDemoSeeder
{
    public const string TrustBoardSlug = "trust-board";
    public const string ExemptItemTitle = "Short breaks contract: provider performance and price review";
    public const string ExemptDecisionTitle = "Short breaks contract price variation";

    public int Order => 400;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Slug, o => o.Id, cancellationToken);
        // Links to the live plan's outcomes by number (the plan's demo content loads first, at Order 100).
        var livePeriod = await db.PlanPeriods.Where(p => p.Status == Plan.PlanPeriodStatus.Live).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var outcomeIds = await db.Outcomes.Where(o => o.PeriodId == livePeriod).ToDictionaryAsync(o => o.Number, o => o.Id, cancellationToken);
        string? Outcomes(string placeholders)
        {
            var ids = placeholders.Split(',').Select(p => int.Parse(p["outcome-".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .Where(outcomeIds.ContainsKey).Select(n => outcomeIds[n].ToString()).ToList();
            return ids.Count == 0 ? null : string.Join(",", ids);
        }

        Guid Org(string slug) => organisations[slug];

        var board = new Board
        {
            Id = Guid.NewGuid(),
            Name = "Children and Young People's Trust Board",
            Slug = TrustBoardSlug,
            Purpose = "Sets the Children and Young People's Plan, decides joint commissioning and holds partners to account for the six outcomes.",
            Quorum = 5,
            SortOrder = 1,
            TermsOfReference = """
                ## Purpose
                The Trust Board leads the partnership's work to make Cheshire East a great place to be young. It owns the Children and Young People's Plan and checks that partners deliver it.

                ## Membership
                One senior leader from each partner organisation, two Youth Council representatives, and advisers invited by the chair. Members may send a named deputy who can take decisions on their behalf.

                ## Quorum
                Five members, including at least one from the council, one from the NHS and one Youth Council representative.

                ## Youth Council
                Youth Council members attend every meeting and have a slot on every agenda, "What children and young people are telling us". The board answers every challenge the Youth Council raises, in writing, within two meetings.

                ## Meetings
                At least four times a year, in public. Papers are published five clear working days before each meeting. Items may be taken in private only where Schedule 12A to the Local Government Act 1972 applies.
                """,
        };
        var participation = new Board
        {
            Id = Guid.NewGuid(),
            Name = "Participation and Voice Group",
            Slug = "participation-and-voice",
            ParentBoardId = board.Id,
            Purpose = "Makes sure children and young people's views shape every part of the plan, using the Lundy model of participation.",
            Quorum = 3,
            SortOrder = 2,
            TermsOfReference = "## Purpose\nReports to the Trust Board. Plans how the partnership listens to children and young people and checks that what they say leads to change.\n\n## Quorum\nThree members, one of them from the Youth Council.",
        };
        var commissioning = new Board
        {
            Id = Guid.NewGuid(),
            Name = "Joint Commissioning Group",
            Slug = "joint-commissioning",
            ParentBoardId = board.Id,
            Purpose = "Plans and reviews services the partners buy together, and recommends contract decisions to the Trust Board.",
            Quorum = 3,
            SortOrder = 3,
            TermsOfReference = "## Purpose\nReports to the Trust Board. Reviews the joint commissioning plan, needs assessments and contract performance.\n\n## Quorum\nThree members, including the council and the NHS.",
        };
        db.Boards.AddRange(board, participation, commissioning);

        var start = new DateOnly(2025, 4, 1);
        BoardMembership Member(Board b, string org, string name, string job, BoardRole role, string? email = null, DateOnly? from = null, DateOnly? to = null)
        {
            var m = new BoardMembership { Id = Guid.NewGuid(), BoardId = b.Id, OrganisationId = Org(org), PersonName = name, JobTitle = job, Role = role, Email = email, StartDate = from ?? start, EndDate = to };
            db.BoardMemberships.Add(m);
            return m;
        }

        var chair = Member(board, "cheshire-east-council", "Cllr Helen Barker", "Chair of Children and Families Committee", BoardRole.Chair, "chair@demo.together.example");
        var dcs = Member(board, "cheshire-east-council", "Deborah Lane", "Executive Director of Children's Services", BoardRole.ViceChair, "dcs@demo.together.example");
        var nhs = Member(board, "nhs-cheshire-and-merseyside", "Priya Shah", "Associate Director of Children's Commissioning", BoardRole.Member, "board@demo.together.example");
        var hospital = Member(board, "mid-cheshire-hospitals", "Dr Tom Ellis", "Named Doctor for Safeguarding Children", BoardRole.Member, "hospital@demo.together.example");
        var police = Member(board, "cheshire-constabulary", "Supt Karen Walsh", "Head of Public Protection", BoardRole.Member, "police@demo.together.example");
        var schools = Member(board, "cheshire-east-schools-forum", "Mark Hughes", "Headteacher, representing secondary schools", BoardRole.Member, "schools@demo.together.example");
        var college = Member(board, "cheshire-college", "Angela Price", "Vice Principal, Learners", BoardRole.Member, "college@demo.together.example");
        var cvs = Member(board, "cheshire-east-cvs", "Sam Okafor", "Children and Families Lead", BoardRole.Member, "partner@demo.together.example");
        var yjs = Member(board, "cheshire-youth-justice", "Lee Marsden", "Head of Service", BoardRole.Adviser, "yjs@demo.together.example");
        var yc1 = Member(board, "youth-council", "Maya", "Youth Council chair", BoardRole.YouthCouncilRepresentative, "youthcouncil@demo.together.example");
        var yc2 = Member(board, "youth-council", "Ethan", "Youth Council member", BoardRole.YouthCouncilRepresentative);
        Member(board, "nhs-cheshire-and-merseyside", "Dr Femi Adebayo", "Designated Nurse, deputy for Priya Shah", BoardRole.Deputy);
        Member(board, "cheshire-east-council", "Cllr Peter Grant", "Former chair", BoardRole.Chair, null, new DateOnly(2021, 5, 1), new DateOnly(2025, 3, 31));
        Member(participation, "youth-council", "Maya", "Youth Council chair", BoardRole.Chair);
        Member(participation, "cheshire-east-cvs", "Sam Okafor", "Children and Families Lead", BoardRole.ViceChair);
        Member(participation, "cheshire-east-council", "Rachel Byrne", "Participation Manager", BoardRole.Member);
        Member(commissioning, "cheshire-east-council", "Jo Whitfield", "Head of Commissioning", BoardRole.Chair, "commissioner@demo.together.example");
        Member(commissioning, "nhs-cheshire-and-merseyside", "Priya Shah", "Associate Director of Children's Commissioning", BoardRole.ViceChair, "board@demo.together.example");
        Member(commissioning, "cheshire-east-council", "Neil Foster", "Finance Business Partner", BoardRole.Adviser);
        var everyone = new[] { chair, dcs, nhs, hospital, police, schools, college, cvs, yjs, yc1, yc2 };

        Meeting NewMeeting(DateOnly date, MeetingStatus status, string venue)
        {
            var meeting = new Meeting
            {
                Id = Guid.NewGuid(),
                BoardId = board.Id,
                Title = "Trust Board",
                StartsAt = MeetingTimes.ToUtc(date, new TimeOnly(14, 0)),
                EndsAt = MeetingTimes.ToUtc(date, new TimeOnly(16, 0)),
                Venue = venue,
                OnlineLink = "https://meet.together.example/trust-board",
                Status = status,
                CreatedAt = MeetingTimes.ToUtc(date.AddDays(-30), new TimeOnly(9, 0)),
                AgendaPublishedAt = status == MeetingStatus.Draft ? null : MeetingTimes.ToUtc(WorkingDays.LatestPublicationDate(date, 5).AddDays(-1), new TimeOnly(10, 0)),
            };
            meeting.Items.AddRange(Agendas.CreateStandingItems(meeting.Id));
            db.Meetings.Add(meeting);
            return meeting;
        }

        AgendaItem Item(Meeting meeting, string title, string lead, ItemPurpose purpose, string paper, string? planLinks = null, int? exemptParagraph = null)
        {
            var item = new AgendaItem
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                Position = meeting.Items.Count + 1,
                Kind = AgendaItemKind.Business,
                Title = title,
                Lead = lead,
                Purpose = purpose,
                Paper = paper,
                PlanLinks = planLinks,
                IsExempt = exemptParagraph is not null,
                ExemptParagraph = exemptParagraph,
            };
            meeting.Items.Add(item);
            return item;
        }

        void Minute(Meeting meeting, MinutesStatus status)
        {
            foreach (var item in meeting.Items)
            {
                item.MinutesStatus = status;
                item.Minutes = item.Kind switch
                {
                    AgendaItemKind.Apologies => "The chair welcomed everyone. Apologies were received and are recorded in the attendance list.",
                    AgendaItemKind.Declarations => "No interests were declared other than those recorded against items.",
                    AgendaItemKind.PreviousMinutes => "The minutes of the last meeting were agreed as a true record.",
                    AgendaItemKind.MattersArising => "The board reviewed the action log. Updates are recorded against each action.",
                    AgendaItemKind.YouthCouncil => "Youth Council members presented what children and young people have told them since the last meeting. The board discussed each point and recorded its answers in the Youth Council challenges log.",
                    _ => item.IsExempt
                        ? "The board considered the provider's performance and the proposed price variation in private session."
                        : $"{item.Lead} introduced the paper. Members asked questions and discussed next steps. The board noted the report.",
                };
            }
        }

        void Attend(Meeting meeting, params BoardMembership[] apologies)
        {
            foreach (var member in everyone)
            {
                meeting.Attendance.Add(new Attendance
                {
                    Id = Guid.NewGuid(),
                    MeetingId = meeting.Id,
                    MembershipId = member.Id,
                    Status = apologies.Contains(member) ? AttendanceStatus.Apologies : AttendanceStatus.Present,
                    DeputyName = member == nhs && apologies.Contains(member) ? "Dr Femi Adebayo" : null,
                });
            }
        }

        Decision Decide(Meeting meeting, AgendaItem item, string title, string text, string reasons, string options, string? planLinks = null)
        {
            var decision = new Decision
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                AgendaItemId = item.Id,
                Title = title,
                Text = text,
                Reasons = reasons,
                OptionsConsidered = options,
                DecidedBy = "Trust Board",
                PlanLinks = planLinks,
                RecordedAt = meeting.EndsAt,
            };
            db.Decisions.Add(decision);
            return decision;
        }

        BoardAction Act(Meeting meeting, AgendaItem item, string title, BoardMembership owner, DateOnly due, ActionStatus status, params string[] updates)
        {
            var action = new BoardAction
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                AgendaItemId = item.Id,
                Title = title,
                OwnerOrganisationId = owner.OrganisationId,
                OwnerName = owner.PersonName,
                OwnerEmail = owner.Email ?? "secretary@demo.together.example",
                DueDate = due,
                Status = status,
                CreatedAt = meeting.EndsAt,
                ClosedAt = status is ActionStatus.Done or ActionStatus.Dropped ? MeetingTimes.ToUtc(due, new TimeOnly(12, 0)) : null,
            };
            var when = meeting.EndsAt;
            foreach (var text in updates)
            {
                when = when.AddDays(14);
                action.Updates.Add(new ActionUpdate { Id = Guid.NewGuid(), ActionId = action.Id, At = when, By = owner.PersonName, Text = text });
            }

            db.BoardActions.Add(action);
            return action;
        }

        // Four past meetings.
        var march = NewMeeting(new DateOnly(2026, 3, 12), MeetingStatus.MinutesApproved, "Committee Suite, Westfields, Middlewich Road, Sandbach CW11 1HZ");
        var marchPlan = Item(march, "Children and Young People's Plan: year one review", "Deborah Lane", ItemPurpose.Decision, "## Summary\nA review of the first year of the plan against the six outcomes.\n\n## Recommendation\nThe board agrees the priorities for year two.", Outcomes("outcome-1,outcome-2"));
        var marchMh = Item(march, "Emotional wellbeing and mental health: waiting times", "Priya Shah", ItemPurpose.Discussion, "Waiting times for first appointments have fallen from 18 to 12 weeks. The paper sets out what schools and families have told us.", Outcomes("outcome-3"));
        Minute(march, MinutesStatus.Approved);
        Attend(march, police);
        var d1 = Decide(march, marchPlan, "Year two priorities for the plan", "The board agreed four priorities for year two: mental health waiting times, school attendance, safe transport at night, and care leavers' housing.", "These are the areas where children, young people and data show the biggest gaps.", "Keep all year one priorities; add a fifth priority on online safety (to be covered by the safeguarding partnership).", Outcomes("outcome-1,outcome-3"));
        Act(march, marchMh, "Publish monthly mental health waiting times on the platform", nhs, new DateOnly(2026, 5, 29), ActionStatus.Done, "Data agreed with providers.", "First monthly figures published.");

        var june = NewMeeting(new DateOnly(2026, 6, 11), MeetingStatus.MinutesApproved, "The Lighthouse Centre, Crewe CW1 2DD");
        var juneTransport = Item(june, "Safe transport home at night", "Supt Karen Walsh", ItemPurpose.Decision, "Young people told the Youth Council that late buses feel unsafe. Options for a safe travel scheme with operators.", Outcomes("outcome-2"));
        var juneExempt = Item(june, ExemptItemTitle, "Jo Whitfield", ItemPurpose.Decision, "## Confidential\nThe provider has asked for a 7% price uplift. Performance figures and the provider's accounts are attached.", Outcomes("outcome-6"), exemptParagraph: 3);
        Minute(june, MinutesStatus.Approved);
        Attend(june, nhs, college);
        june.Items.First(i => i.Kind == AgendaItemKind.Declarations).Minutes = "Angela Price declared an interest in item 7 as a governor of a provider; she did not take part.";
        db.Declarations.Add(new Declaration { Id = Guid.NewGuid(), AgendaItemId = juneExempt.Id, PersonName = "Mark Hughes", Interest = "Governor of a school that buys places from the provider" });
        var d2 = Decide(june, juneTransport, "Safe travel scheme pilot", "The board agreed to pilot a safe travel scheme with bus operators in Crewe and Macclesfield from September.", "Young people said late buses feel unsafe; a pilot lets us test what works before spending more.", "Do nothing; fund taxis for under 18s (too costly); pilot with operators (chosen).", Outcomes("outcome-2"));
        Decide(june, juneExempt, ExemptDecisionTitle, "The board agreed a 4% price variation subject to improved reporting.", "The provider's costs have risen; the market has no alternative provider at this price.", "Refuse the uplift; agree 7%; agree 4% with conditions (chosen).", Outcomes("outcome-6"));
        var transportAction = Act(june, juneTransport, "Agree the pilot routes with bus operators", police, new DateOnly(2026, 10, 30), ActionStatus.InProgress, "Two operators have agreed; the third is still considering.");
        Act(june, juneExempt, "Issue the contract variation to the provider", nhs, new DateOnly(2026, 7, 31), ActionStatus.Done, "Variation signed.");

        var september = NewMeeting(new DateOnly(2026, 9, 10), MeetingStatus.MinutesApproved, "Committee Suite, Westfields, Middlewich Road, Sandbach CW11 1HZ");
        var sepAttendance = Item(september, "School attendance and children missing education", "Mark Hughes", ItemPurpose.Discussion, "Persistent absence is 19% in secondary schools. Schools and the council describe the support on offer.", Outcomes("outcome-5"));
        var sepCareLeavers = Item(september, "Care leavers' housing", "Deborah Lane", ItemPurpose.Decision, "A proposal to give care leavers priority for social housing up to the age of 25.", Outcomes("outcome-1"));
        Minute(september, MinutesStatus.Approved);
        Attend(september, schools);
        var d4 = Decide(september, sepCareLeavers, "Housing priority for care leavers up to 25", "The board agreed to ask the council's housing service to give care leavers priority banding up to their 25th birthday.", "Care leavers told us finding a home is their biggest worry.", "Priority to 21 (current); priority to 25 (chosen).", Outcomes("outcome-1"));
        Act(september, sepAttendance, "Report on attendance support in the three towns with the highest absence", schools, new DateOnly(2026, 11, 13), ActionStatus.Open);
        Act(september, sepCareLeavers, "Write to the housing service with the board's request", dcs, new DateOnly(2026, 9, 30), ActionStatus.Done, "Letter sent; housing committee to consider in January.");

        var november = NewMeeting(new DateOnly(2026, 11, 5), MeetingStatus.Held, "The Lighthouse Centre, Crewe CW1 2DD");
        var novVoice = Item(november, "Youth voice survey results", "Rachel Byrne", ItemPurpose.Information, "1,240 children and young people answered the survey. Headline findings and what we will do next.", Outcomes("outcome-3,outcome-4"));
        Minute(november, MinutesStatus.Draft);
        Attend(november, hospital, yc2);
        var surveyAction = Act(november, novVoice, "Share the survey results with every secondary school council", cvs, new DateOnly(2027, 1, 15), ActionStatus.Open);
        Act(november, novVoice, "Produce a young people's version of the survey results", yc1, new DateOnly(2026, 11, 20), ActionStatus.Open);

        // Minutes are approved at the following meeting.
        march.MinutesApprovedAt = june.EndsAt;
        march.MinutesApprovedAtMeetingId = june.Id;
        june.MinutesApprovedAt = september.EndsAt;
        june.MinutesApprovedAtMeetingId = september.Id;
        september.MinutesApprovedAt = november.EndsAt;
        september.MinutesApprovedAtMeetingId = november.Id;

        // The next meeting: a draft agenda.
        var december = NewMeeting(new DateOnly(2026, 12, 10), MeetingStatus.Draft, "Committee Suite, Westfields, Middlewich Road, Sandbach CW11 1HZ");
        Item(december, "Safe travel scheme: first term of the pilot", "Supt Karen Walsh", ItemPurpose.Discussion, "How the pilot has gone so far, with feedback from young people who used it.", Outcomes("outcome-2"));
        Item(december, "Budget for 2027 to 2028 joint commissioning", "Jo Whitfield", ItemPurpose.Decision, "Proposed pooled budget and the services it pays for.", Outcomes("outcome-6"));

        db.ForwardPlanItems.AddRange(
            new ForwardPlanItem { Id = Guid.NewGuid(), BoardId = board.Id, Title = "Children and Young People's Plan 2027 to 2030: consultation draft", Lead = "Deborah Lane", Purpose = ItemPurpose.Decision, PlannedFor = new DateOnly(2027, 3, 11) },
            new ForwardPlanItem { Id = Guid.NewGuid(), BoardId = board.Id, Title = "Annual report of the Youth Council", Lead = "Youth Council", Purpose = ItemPurpose.Information, PlannedFor = new DateOnly(2027, 3, 11) },
            new ForwardPlanItem { Id = Guid.NewGuid(), BoardId = board.Id, Title = "Short breaks re-procurement", Lead = "Jo Whitfield", Purpose = ItemPurpose.Decision, PlannedFor = new DateOnly(2027, 6, 10), IsExempt = true });

        // Youth Council members and challenges at every stage.
        db.YouthCouncilMembers.AddRange(
            new YouthCouncilMember { Id = Guid.NewGuid(), FirstName = "Maya", AgeBand = AgeBand.From16To18, JoinedOn = new DateOnly(2024, 9, 1) },
            new YouthCouncilMember { Id = Guid.NewGuid(), FirstName = "Ethan", AgeBand = AgeBand.From13To15, JoinedOn = new DateOnly(2025, 1, 15) },
            new YouthCouncilMember { Id = Guid.NewGuid(), FirstName = "Amara", AgeBand = AgeBand.Under13, JoinedOn = new DateOnly(2026, 2, 1), ParentConsentGivenBy = "Grace (mum)", ParentConsentRecordedOn = new DateOnly(2026, 1, 28) },
            new YouthCouncilMember { Id = Guid.NewGuid(), FirstName = "Josh", AgeBand = AgeBand.From19To25, JoinedOn = new DateOnly(2023, 9, 1), LeftOn = new DateOnly(2026, 7, 31) });

        Challenge Ask(Meeting meeting, string title, string asked, string why, string by)
        {
            var challenge = new Challenge
            {
                Id = Guid.NewGuid(),
                Title = title,
                WeAsked = asked,
                WhyItMatters = why,
                RaisedBy = by,
                CreatedAt = meeting.StartsAt.AddDays(-21),
                MeetingId = meeting.Id,
                Status = ChallengeStatus.Raised,
            };
            challenge.History.Add(new ChallengeHistory { Id = Guid.NewGuid(), ChallengeId = challenge.Id, At = challenge.CreatedAt, ToStatus = ChallengeStatus.Raised, By = by, Note = "Raised by the Youth Council" });
            db.Challenges.Add(challenge);
            return challenge;
        }

        void Step(Challenge challenge, ChallengeStatus to, DateTime at, string text)
        {
            var problems = ChallengeFlow.Move(challenge, to, "Board secretary", at, text);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", problems));
            }
        }

        var buses = Ask(june, "Feeling safe on late buses", "We asked the board to make travelling home at night safer for young people.", "Lots of young people told us they feel unsafe waiting for late buses, especially in winter.", "Youth Council");
        Step(buses, ChallengeStatus.Answered, june.EndsAt, "The board agreed this matters and asked the police and bus companies to plan a safe travel scheme.");
        Step(buses, ChallengeStatus.ActionAgreed, june.EndsAt.AddMinutes(1), "Pilot a safe travel scheme in Crewe and Macclesfield from September.");
        buses.DecisionId = d2.Id;
        buses.ActionId = transportAction.Id;

        var waiting = Ask(march, "Shorter waits for mental health help", "We asked the board to show how long young people wait for mental health help, every month.", "Young people did not know how long they would wait and felt forgotten.", "Youth Council");
        Step(waiting, ChallengeStatus.Answered, march.EndsAt, "The NHS agreed to publish waiting times each month.");
        Step(waiting, ChallengeStatus.ActionAgreed, march.EndsAt.AddMinutes(1), "Publish waiting times monthly on this website.");
        Step(waiting, ChallengeStatus.Done, new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), "Waiting times are now published every month, and they have gone down from 18 weeks to 12 weeks.");
        waiting.DecisionId = d1.Id;

        var phones = Ask(september, "Phones in school", "We asked the board to ban phones in all schools in Cheshire East.", "Some young people said phones make bullying worse.", "Youth Council");
        Step(phones, ChallengeStatus.Answered, september.EndsAt, "The board talked about this with headteachers.");
        Step(phones, ChallengeStatus.NotAgreed, september.EndsAt.AddMinutes(1), "Each school decides its own phone rules, so the board cannot make one rule for all schools. Headteachers agreed to ask their school councils what rules they want.");

        var leavers = Ask(september, "Homes for care leavers", "We asked the board to help care leavers find a home until they are 25.", "Care leavers told us finding somewhere to live is their biggest worry.", "Youth Council");
        Step(leavers, ChallengeStatus.Answered, september.EndsAt, "The board agreed and asked the council's housing service to give care leavers priority until they are 25.");
        leavers.DecisionId = d4.Id;

        var survey = Ask(november, "Tell us what happened after the survey", "We asked the board to tell every young person who did the survey what changed because of it.", "If nobody hears back, people stop answering surveys.", "Youth Council");
        survey.ActionId = surveyAction.Id;

        Ask(december, "Free bus travel to college", "We asked the board to look at free or cheaper bus travel for 16 to 18 year olds going to college.", "Bus fares cost some students more than £20 a week, and some have stopped going.", "Youth Council");

        await db.SaveChangesAsync(cancellationToken);
    }
}
