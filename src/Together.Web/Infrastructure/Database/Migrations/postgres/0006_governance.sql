-- Schema version 6: governance (the Trust board and sub-groups, meetings, agendas, minutes, decisions, actions, forward plan)
-- and the Youth Council (members, challenges and their history).
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "GovernanceBoards" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Slug" character varying(100) NOT NULL,
    "ParentBoardId" uuid,
    "Purpose" character varying(1000) NOT NULL,
    "TermsOfReference" character varying(20000) NOT NULL,
    "Quorum" integer NOT NULL,
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_GovernanceBoards" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceBoards_GovernanceBoards_ParentBoardId" FOREIGN KEY ("ParentBoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceForwardPlan" (
    "Id" uuid NOT NULL,
    "BoardId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Lead" character varying(200),
    "Purpose" character varying(40) NOT NULL,
    "PlannedFor" date NOT NULL,
    "IsExempt" boolean NOT NULL,
    CONSTRAINT "PK_GovernanceForwardPlan" PRIMARY KEY ("Id")
);

CREATE TABLE "YouthCouncilMembers" (
    "Id" uuid NOT NULL,
    "FirstName" character varying(100) NOT NULL,
    "AgeBand" character varying(40) NOT NULL,
    "ParentConsentGivenBy" character varying(200),
    "ParentConsentRecordedOn" date,
    "JoinedOn" date NOT NULL,
    "LeftOn" date,
    CONSTRAINT "PK_YouthCouncilMembers" PRIMARY KEY ("Id")
);

CREATE TABLE "GovernanceMeetings" (
    "Id" uuid NOT NULL,
    "BoardId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "StartsAt" timestamp with time zone NOT NULL,
    "EndsAt" timestamp with time zone NOT NULL,
    "Venue" character varying(500),
    "OnlineLink" character varying(500),
    "Status" character varying(40) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "AgendaPublishedAt" timestamp with time zone,
    "LatePublicationReason" character varying(1000),
    "MinutesApprovedAt" timestamp with time zone,
    "MinutesApprovedAtMeetingId" uuid,
    CONSTRAINT "PK_GovernanceMeetings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceMeetings_GovernanceBoards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceMemberships" (
    "Id" uuid NOT NULL,
    "BoardId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "PersonName" character varying(200) NOT NULL,
    "JobTitle" character varying(200),
    "Email" character varying(320),
    "Role" character varying(40) NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    CONSTRAINT "PK_GovernanceMemberships" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceMemberships_GovernanceBoards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceMemberships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceAgendaItems" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Lead" character varying(200),
    "Purpose" character varying(40) NOT NULL,
    "Paper" character varying(50000),
    "PlanLinks" character varying(1000),
    "IsExempt" boolean NOT NULL,
    "ExemptParagraph" integer,
    "Minutes" character varying(20000),
    "MinutesStatus" character varying(40) NOT NULL,
    CONSTRAINT "PK_GovernanceAgendaItems" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceAgendaItems_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceAttendance" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "MembershipId" uuid NOT NULL,
    "Status" character varying(40) NOT NULL,
    "DeputyName" character varying(200),
    CONSTRAINT "PK_GovernanceAttendance" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceAttendance_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceAttendance_GovernanceMemberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES "GovernanceMemberships" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceActions" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "AgendaItemId" uuid NOT NULL,
    "Title" character varying(500) NOT NULL,
    "OwnerOrganisationId" uuid NOT NULL,
    "OwnerName" character varying(200) NOT NULL,
    "OwnerEmail" character varying(320) NOT NULL,
    "DueDate" date NOT NULL,
    "Status" character varying(40) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "LastReminderOn" date,
    "ClosedAt" timestamp with time zone,
    CONSTRAINT "PK_GovernanceActions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceActions_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GovernanceActions_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceDecisions" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "AgendaItemId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Text" character varying(5000) NOT NULL,
    "Reasons" character varying(5000) NOT NULL,
    "OptionsConsidered" character varying(5000),
    "DecidedBy" character varying(200) NOT NULL,
    "PlanLinks" character varying(1000),
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_GovernanceDecisions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceDecisions_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GovernanceDecisions_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceDeclarations" (
    "Id" uuid NOT NULL,
    "AgendaItemId" uuid NOT NULL,
    "PersonName" character varying(200) NOT NULL,
    "Interest" character varying(1000) NOT NULL,
    CONSTRAINT "PK_GovernanceDeclarations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceDeclarations_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceActionUpdates" (
    "Id" uuid NOT NULL,
    "ActionId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(200) NOT NULL,
    "Text" character varying(2000) NOT NULL,
    CONSTRAINT "PK_GovernanceActionUpdates" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceActionUpdates_GovernanceActions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "GovernanceActions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "YouthCouncilChallenges" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "WeAsked" character varying(2000) NOT NULL,
    "WhyItMatters" character varying(2000) NOT NULL,
    "RaisedBy" character varying(200) NOT NULL,
    "CreatedByUserId" character varying(450),
    "CreatedAt" timestamp with time zone NOT NULL,
    "Status" character varying(40) NOT NULL,
    "MeetingId" uuid,
    "BoardResponse" character varying(4000),
    "AgreedAction" character varying(2000),
    "NotAgreedReason" character varying(2000),
    "WhatChanged" character varying(2000),
    "DecisionId" uuid,
    "ActionId" uuid,
    CONSTRAINT "PK_YouthCouncilChallenges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceActions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "GovernanceActions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceDecisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "GovernanceDecisions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL
);

CREATE TABLE "YouthCouncilChallengeHistory" (
    "Id" uuid NOT NULL,
    "ChallengeId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "FromStatus" character varying(40),
    "ToStatus" character varying(40) NOT NULL,
    "By" character varying(200) NOT NULL,
    "Note" character varying(4000),
    CONSTRAINT "PK_YouthCouncilChallengeHistory" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_YouthCouncilChallengeHistory_YouthCouncilChallenges_Challen~" FOREIGN KEY ("ChallengeId") REFERENCES "YouthCouncilChallenges" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_GovernanceActions_AgendaItemId" ON "GovernanceActions" ("AgendaItemId");

CREATE INDEX "IX_GovernanceActions_MeetingId" ON "GovernanceActions" ("MeetingId");

CREATE INDEX "IX_GovernanceActions_OwnerOrganisationId" ON "GovernanceActions" ("OwnerOrganisationId");

CREATE INDEX "IX_GovernanceActions_Status_DueDate" ON "GovernanceActions" ("Status", "DueDate");

CREATE INDEX "IX_GovernanceActionUpdates_ActionId" ON "GovernanceActionUpdates" ("ActionId");

CREATE INDEX "IX_GovernanceAgendaItems_MeetingId_Position" ON "GovernanceAgendaItems" ("MeetingId", "Position");

CREATE UNIQUE INDEX "IX_GovernanceAttendance_MeetingId_MembershipId" ON "GovernanceAttendance" ("MeetingId", "MembershipId");

CREATE INDEX "IX_GovernanceAttendance_MembershipId" ON "GovernanceAttendance" ("MembershipId");

CREATE INDEX "IX_GovernanceBoards_ParentBoardId" ON "GovernanceBoards" ("ParentBoardId");

CREATE UNIQUE INDEX "IX_GovernanceBoards_Slug" ON "GovernanceBoards" ("Slug");

CREATE INDEX "IX_GovernanceDecisions_AgendaItemId" ON "GovernanceDecisions" ("AgendaItemId");

CREATE INDEX "IX_GovernanceDecisions_MeetingId" ON "GovernanceDecisions" ("MeetingId");

CREATE INDEX "IX_GovernanceDeclarations_AgendaItemId" ON "GovernanceDeclarations" ("AgendaItemId");

CREATE INDEX "IX_GovernanceForwardPlan_PlannedFor" ON "GovernanceForwardPlan" ("PlannedFor");

CREATE INDEX "IX_GovernanceMeetings_BoardId" ON "GovernanceMeetings" ("BoardId");

CREATE INDEX "IX_GovernanceMeetings_StartsAt" ON "GovernanceMeetings" ("StartsAt");

CREATE INDEX "IX_GovernanceMemberships_BoardId" ON "GovernanceMemberships" ("BoardId");

CREATE INDEX "IX_GovernanceMemberships_OrganisationId" ON "GovernanceMemberships" ("OrganisationId");

CREATE INDEX "IX_YouthCouncilChallengeHistory_ChallengeId" ON "YouthCouncilChallengeHistory" ("ChallengeId");

CREATE INDEX "IX_YouthCouncilChallenges_ActionId" ON "YouthCouncilChallenges" ("ActionId");

CREATE INDEX "IX_YouthCouncilChallenges_DecisionId" ON "YouthCouncilChallenges" ("DecisionId");

CREATE INDEX "IX_YouthCouncilChallenges_MeetingId" ON "YouthCouncilChallenges" ("MeetingId");

CREATE INDEX "IX_YouthCouncilChallenges_Status" ON "YouthCouncilChallenges" ("Status");
