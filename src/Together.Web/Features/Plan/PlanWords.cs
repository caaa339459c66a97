namespace Together.Web.Features.Plan;

/// <summary>
/// The words of the Trust's plans. 2019 to 2021 is as the Trust published it; the 2024 to 2027 text is the Trust's
/// refresh, keeping the same outcomes, focus areas, TOGETHER and "how we'll know" statements.
/// </summary>
public static class PlanWords
{
    public sealed record OutcomeWords(string ShortTitle, string Statement, string Summary, string Body2024);

    public sealed record FocusWords(string Title, string Body2024);

    public sealed record SectionWords(string Key, string Title, string Body);

    public static readonly IReadOnlyList<OutcomeWords> Outcomes =
    [
        new(
            "Cared for children thrive",
            "Children and young people we care for are happy and given every opportunity to achieve their full potential",
            "If the council looks after you, we want you to be happy and to have every chance to do as well as you can.",
            """
            ## What this means

            When a child cannot live safely at home, the council and its partners become their "corporate parents". We want the children we care for, and young people leaving care, to have what any good parent would want for their own child: a stable home, people who stay in their lives, a good education and someone on their side.

            ## What we are doing

            - Finding more foster carers in Cheshire East, so children can stay close to their school, friends and family.
            - Keeping social workers and personal advisers with the same children for longer.
            - Asking the Children in Care Council and care leavers what needs to change, and reporting back on what we did.
            - Helping care leavers with housing, money, work and training up to the age of 25.
            """),
        new(
            "Safe",
            "Children and young people feel and are safe",
            "We want you to be safe, and to feel safe, at home, at school, online and where you live.",
            """
            ## What this means

            Children and young people should be safe from harm at home, in school, in their communities and online, and should know who to talk to if they are worried. Keeping children safe is everyone's job, not only the job of social workers and the police.

            ## What we are doing

            - Working closely with the Cheshire East Safeguarding Children's Partnership, which leads on protecting children from harm.
            - Making it easier for families and professionals to ask for help early, through one front door.
            - Working with schools, the police and youth services on exploitation, knife crime and staying safe online.
            - Listening to what young people tell us about the places where they do not feel safe.
            """),
        new(
            "Happy and mentally well",
            "Children and young people are happy and experience good mental health and wellbeing",
            "We want you to be happy and to get help quickly if you are worried, sad or finding things hard.",
            """
            ## What this means

            Young people have told us that waiting for mental health support is one of the things that worries them most. We want children to get help early, close to home, before things get worse, and for the adults around them to know how to help.

            ## What we are doing

            - Supporting mental health teams in schools and colleges.
            - Offering help without a long wait for children who are struggling but do not need a specialist service.
            - Training staff who work with children to notice when a child is not coping and what to do next.
            - Working with the Youth Council on what good support looks like to young people.
            """),
        new(
            "Healthy",
            "Children and young people are healthy and make positive choices",
            "We want you to be healthy, and to know enough to make good choices about your health.",
            """
            ## What this means

            Good health starts before birth and carries on through childhood. We want children to have a healthy start, to be active, to eat well, to have healthy teeth and to have the information they need to make their own choices about things like smoking, vaping, alcohol, drugs and relationships.

            ## What we are doing

            - Health visitors and school nurses working with families from pregnancy to the teenage years.
            - Helping more children to be active and to eat well, in school and out of it.
            - Giving young people honest information about vaping, alcohol and drugs, and somewhere to go for advice.
            """),
        new(
            "Skills and qualifications for life",
            "Children and young people leave school with the best skills and qualifications they can achieve and the life skills they need to thrive into adulthood",
            "We want you to leave school with the best results you can get and the skills you need for adult life.",
            """
            ## What this means

            Most children in Cheshire East do well at school, but some groups do much less well than others: children who receive free school meals, children we care for and children with special educational needs. We want every child to enjoy learning, to attend school regularly and to leave ready for work, further study or training.

            ## What we are doing

            - Working with schools on attendance, especially for children who miss a lot of school.
            - Helping young people to find apprenticeships, training and work, and following up those who are not in education, employment or training.
            - Helping young people learn the everyday skills they need for adult life, such as managing money.
            """),
        new(
            "Additional needs, better chances",
            "Children, young people and young adults with additional needs have better chances in life",
            "If you have a disability or need extra help with learning, we want you to have the same good chances in life as everyone else.",
            """
            ## What this means

            Children and young people with special educational needs and disabilities (SEND) should get the right support at the right time, in or near their local community. Parents and carers have told us that getting help can take too long and that they have to tell their story too many times.

            ## What we are doing

            - Finishing education, health and care plans on time, and writing them with families.
            - Creating more places in local schools, so fewer children have to travel a long way.
            - Planning earlier with young people for the move to adult services.
            - Working with the Cheshire East Parent Carer Forum on what we change.
            """),
    ];

    public static readonly IReadOnlyList<FocusWords> FocusAreas =
    [
        new("Fairer and more resilient communities", "We will work with town and parish councils, the voluntary sector and local groups so that every community has places for children and families to go, and so that where a child grows up does not decide how well they do."),
        new("The best start in life for all children", "The first years of a child's life matter most. Family hubs, health visitors, early years settings and children's centres will work together so that parents get help early, and children are ready to start school."),
        new("Enjoyable education that supports children achieve to their full potential", "We will work with schools and colleges so that children want to be there, attend well and get the support they need to learn, wherever they live and whatever their background."),
        new("The right support at the right time from the right people", "Families should not have to tell their story again and again. Partners will share information safely and agree one plan with the family, led by the person who knows them best."),
        new("A stronger offer to improve social, emotional and mental health and wellbeing", "We will make it easier for children and young people to get help with their feelings and mental health early, in school and in the community, without a long wait."),
        new("Excellence in social work and support", "Social workers need time to build relationships with children and families. We will keep caseloads manageable, train and support our staff well and learn from what children and families tell us."),
        new("Our ambition to be the best corporate parents", "Every partner in the Trust shares responsibility for the children the council cares for and for care leavers. We will ask ourselves whether what we offer them is good enough for our own children."),
        new("Effective support for children and young people with special educational needs and/or disabilities", "We will work with parents, carers, schools and health services so that children with special educational needs and disabilities are identified early and get the help in their education, health and care plans on time."),
    ];

    public static readonly IReadOnlyList<string> Statements =
    [
        "Children, young people and families will tell us we have made a difference",
        "Children, young people and families will be supported at the earliest opportunity",
        "We will get it right first time and we will help families to be resilient",
        "Children and young people will live safely in their families and communities",
        "Children will be cared for if they need to be and will have a permanent home as soon as possible",
        "We will improve outcomes for pupils at risk of poor educational outcomes",
        "All young people, including our most vulnerable, will have choices in their education, employment and training",
    ];

    public static readonly IReadOnlyList<(string Word, string Description)> Together =
    [
        ("Teamwork", "when designing, delivering and evaluating individual support and services"),
        ("Open minded", "ideas and discussions"),
        ("Genuine communication", "for all parties involved"),
        ("Equal partners", "help to shape and improve support for all"),
        ("Trust", "each other to make the right decisions"),
        ("Honest", ""),
        ("Engage and empower", "children, young people, adults and families"),
        ("Respect", "for everyone’s views and opinions"),
    ];

    public static readonly IReadOnlyList<string> Beliefs =
    [
        "Children are best supported within their families and their communities",
        "All children should enjoy the best education which prepares them to thrive in adulthood",
        "Families and communities are strong and resilient, with the right help, by the right people, at the right time",
    ];

    public static readonly IReadOnlyList<string> Behaviours =
    [
        "We will work with children, young people and their families to understand what life is like for them, recognising their strengths and aspirations.",
        "We will work together as one team, building strength within our relationships – we will make decisions jointly.",
        "We will celebrate the achievements of the whole network and learn from the actions that we all take.",
    ];

    /// <summary>Which focus areas and statements (by number) each outcome relates to, in outcome order.</summary>
    public static readonly IReadOnlyList<(int[] FocusAreas, int[] Statements)> Links =
    [
        ([6, 7], [1, 5, 7]),
        ([1, 4, 6], [3, 4]),
        ([4, 5], [1, 2]),
        ([1, 2], [2, 3]),
        ([2, 3], [6, 7]),
        ([3, 8], [2, 6, 7]),
    ];

    private const string Vision =
        """
        Through working together we will make Cheshire East a great place to be young. We will make our families and communities strong, welcoming and supportive, where differences are respected and celebrated.

        All our children and young people deserve to be happy, healthy and safe, and to enjoy a life which is filled with fun and opportunities to learn and develop.

        We will be hugely ambitious for all our children and young people, supporting them to succeed and grow as individuals. Their interests will be at the heart of everything we do.

        We will support children and young people to build on their strengths, develop resilience, and achieve to their full potential. We will celebrate their successes!

        We will fully prepare our children for their transition into adulthood, so they have the skills to thrive now and in the future.
        """;

    private const string HowWeWork =
        "We will work together with children, young people, parents, carers, services and communities, as equal partners towards a common goal:";

    private const string WhatTheTrustDoes2019 =
        """
        The Children and Young People’s Trust is creating a great place to be young. The Trust is doing this through:

        - listening to and acting on what children, young people, parents, carers, and people who work with families say
        - developing the strategy for improving local services to children, young people and families. This is called the Children and Young People’s Plan
        - developing new ways of working together and promoting joint working
        - planning together and jointly commissioning services, looking at how we can make the most impact for families
        - reviewing what children and young people need in their local area
        - overcoming barriers to sharing and using information
        - making sure that children, young people, families and the professionals that work with them know what they can expect and hold Cheshire East to a high standard
        - making sure that listening to children, young people, parents, carers and workers is part all of services and is used to continually improve services
        - working closely with the Cheshire East Safeguarding Children's Partnership a partnership to protect children and young people from harm
        """;

    public static readonly IReadOnlyList<SectionWords> Sections2019 =
    [
        new(PlanSectionKeys.Vision, "Our vision", Vision),
        new(PlanSectionKeys.Introduction, "About this plan",
            """
            Our 2019-21 plan to take help us achieve our joint ambition to make Cheshire East a great place to be young.

            Central to the new plan is working ‘TOGETHER’ with children and young people. TOGETHER is our shared definition of coproduction in Cheshire East, because TOGETHER is inclusive to all.
            """),
        new(PlanSectionKeys.HowWeWork, "How we’ll do this", HowWeWork),
        new(PlanSectionKeys.WhatTheTrustDoes, "What the Children and Young People’s Trust do", WhatTheTrustDoes2019),
    ];

    public static readonly IReadOnlyList<SectionWords> Sections2024 =
    [
        new(PlanSectionKeys.Vision, "Our vision", Vision),
        new(PlanSectionKeys.Introduction, "About this plan",
            """
            This is our plan for 2024 to 2027. It sets out what the partners in the Children and Young People’s Trust will do together to make Cheshire East a great place to be young.

            Before writing it we asked children, young people, parents, carers and staff whether the outcomes in our last plan were still the right ones. They told us they were, so we have kept the same 6 outcomes, the same 8 areas of focus and the same ways of knowing whether we have made a difference. What has changed is what we are doing to get there.

            Working ‘TOGETHER’ with children and young people is still at the centre of the plan. TOGETHER is our shared definition of coproduction in Cheshire East, because TOGETHER is inclusive to all.

            We report on progress to the Trust board every quarter, and the Youth Council checks our progress with us.
            """),
        new(PlanSectionKeys.HowWeWork, "How we’ll do this", HowWeWork),
        new(PlanSectionKeys.WhatTheTrustDoes, "What the Children and Young People’s Trust do", WhatTheTrustDoes2019),
    ];
}
