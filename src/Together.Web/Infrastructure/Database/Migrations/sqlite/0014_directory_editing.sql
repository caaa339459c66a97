-- Schema version 14: editing the directory of services: changes awaiting review and versions (snapshots before and
-- after), upkeep (archiving, check reminders), SEND Local Offer answers and "Is something wrong with this service?" reports.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "DirectoryServiceChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryServiceChanges" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "BeforeJson" TEXT NULL,
    "ProposedJson" TEXT NOT NULL,
    "AnsweredSections" TEXT NOT NULL,
    "ReviewComment" TEXT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedByName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "SubmittedAt" TEXT NULL,
    "ReviewedByName" TEXT NULL,
    "ReviewedAt" TEXT NULL,
    "Version" INTEGER NULL,
    CONSTRAINT "FK_DirectoryServiceChanges_DirectoryOrganizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "DirectoryOrganizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryLocalOffers" (
    "ServiceId" TEXT NOT NULL CONSTRAINT "PK_DirectoryLocalOffers" PRIMARY KEY,
    "Identify" TEXT NULL,
    "Support" TEXT NULL,
    "Accessible" TEXT NULL,
    "Training" TEXT NULL,
    "Involvement" TEXT NULL,
    "Transitions" TEXT NULL,
    "Contact" TEXT NULL,
    "Feedback" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DirectoryLocalOffers_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryServiceReports" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "WhatIsWrong" TEXT NOT NULL,
    "Email" TEXT NULL,
    "ScreeningStatus" TEXT NOT NULL,
    "ScreeningConcerns" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ResolvedAt" TEXT NULL,
    "ResolvedByName" TEXT NULL,
    CONSTRAINT "FK_DirectoryServiceReports_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceUpkeep" (
    "ServiceId" TEXT NOT NULL CONSTRAINT "PK_DirectoryServiceUpkeep" PRIMARY KEY,
    "ArchivedAt" TEXT NULL,
    "StatusBeforeArchive" TEXT NULL,
    "ReminderSentForCheck" TEXT NULL,
    "ReminderSentAt" TEXT NULL,
    CONSTRAINT "FK_DirectoryServiceUpkeep_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DirectoryServiceChanges_OrganizationId" ON "DirectoryServiceChanges" ("OrganizationId");

CREATE INDEX "IX_DirectoryServiceChanges_ServiceId_State" ON "DirectoryServiceChanges" ("ServiceId", "State");

CREATE INDEX "IX_DirectoryServiceChanges_State_SubmittedAt" ON "DirectoryServiceChanges" ("State", "SubmittedAt");

CREATE INDEX "IX_DirectoryServiceReports_ServiceId_ReceivedAt" ON "DirectoryServiceReports" ("ServiceId", "ReceivedAt");
