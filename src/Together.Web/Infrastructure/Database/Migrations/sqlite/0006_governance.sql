-- Schema version 6: governance (the Trust board and sub-groups, meetings, agendas, minutes, decisions, actions, forward plan)
-- and the Youth Council (members, challenges and their history).
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "GovernanceBoards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceBoards" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "ParentBoardId" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "TermsOfReference" TEXT NOT NULL,
    "Quorum" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_GovernanceBoards_GovernanceBoards_ParentBoardId" FOREIGN KEY ("ParentBoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceForwardPlan" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceForwardPlan" PRIMARY KEY,
    "BoardId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Lead" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "PlannedFor" TEXT NOT NULL,
    "IsExempt" INTEGER NOT NULL
);

CREATE TABLE "YouthCouncilMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouthCouncilMembers" PRIMARY KEY,
    "FirstName" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "ParentConsentGivenBy" TEXT NULL,
    "ParentConsentRecordedOn" TEXT NULL,
    "JoinedOn" TEXT NOT NULL,
    "LeftOn" TEXT NULL
);

CREATE TABLE "GovernanceMeetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceMeetings" PRIMARY KEY,
    "BoardId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "OnlineLink" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "AgendaPublishedAt" TEXT NULL,
    "LatePublicationReason" TEXT NULL,
    "MinutesApprovedAt" TEXT NULL,
    "MinutesApprovedAtMeetingId" TEXT NULL,
    CONSTRAINT "FK_GovernanceMeetings_GovernanceBoards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceMemberships" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceMemberships" PRIMARY KEY,
    "BoardId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "PersonName" TEXT NOT NULL,
    "JobTitle" TEXT NULL,
    "Email" TEXT NULL,
    "Role" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_GovernanceMemberships_GovernanceBoards_BoardId" FOREIGN KEY ("BoardId") REFERENCES "GovernanceBoards" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceMemberships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceAgendaItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceAgendaItems" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Lead" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "Paper" TEXT NULL,
    "PlanLinks" TEXT NULL,
    "IsExempt" INTEGER NOT NULL,
    "ExemptParagraph" INTEGER NULL,
    "Minutes" TEXT NULL,
    "MinutesStatus" TEXT NOT NULL,
    CONSTRAINT "FK_GovernanceAgendaItems_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceAttendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceAttendance" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "MembershipId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DeputyName" TEXT NULL,
    CONSTRAINT "FK_GovernanceAttendance_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceAttendance_GovernanceMemberships_MembershipId" FOREIGN KEY ("MembershipId") REFERENCES "GovernanceMemberships" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceActions" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "OwnerOrganisationId" TEXT NOT NULL,
    "OwnerName" TEXT NOT NULL,
    "OwnerEmail" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastReminderOn" TEXT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "FK_GovernanceActions_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GovernanceActions_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GovernanceActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GovernanceDecisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceDecisions" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Reasons" TEXT NOT NULL,
    "OptionsConsidered" TEXT NULL,
    "DecidedBy" TEXT NOT NULL,
    "PlanLinks" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_GovernanceDecisions_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GovernanceDecisions_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceDeclarations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceDeclarations" PRIMARY KEY,
    "AgendaItemId" TEXT NOT NULL,
    "PersonName" TEXT NOT NULL,
    "Interest" TEXT NOT NULL,
    CONSTRAINT "FK_GovernanceDeclarations_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceActionUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceActionUpdates" PRIMARY KEY,
    "ActionId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_GovernanceActionUpdates_GovernanceActions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "GovernanceActions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "YouthCouncilChallenges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouthCouncilChallenges" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "WeAsked" TEXT NOT NULL,
    "WhyItMatters" TEXT NOT NULL,
    "RaisedBy" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    "BoardResponse" TEXT NULL,
    "AgreedAction" TEXT NULL,
    "NotAgreedReason" TEXT NULL,
    "WhatChanged" TEXT NULL,
    "DecisionId" TEXT NULL,
    "ActionId" TEXT NULL,
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceActions_ActionId" FOREIGN KEY ("ActionId") REFERENCES "GovernanceActions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceDecisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "GovernanceDecisions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_YouthCouncilChallenges_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL
);

CREATE TABLE "YouthCouncilChallengeHistory" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouthCouncilChallengeHistory" PRIMARY KEY,
    "ChallengeId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_YouthCouncilChallengeHistory_YouthCouncilChallenges_ChallengeId" FOREIGN KEY ("ChallengeId") REFERENCES "YouthCouncilChallenges" ("Id") ON DELETE CASCADE
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
