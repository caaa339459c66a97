-- Schema version 14: editing the directory of services: changes awaiting review and versions (snapshots before and
-- after), upkeep (archiving, check reminders), SEND Local Offer answers and "Is something wrong with this service?" reports.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "DirectoryServiceChanges" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "State" character varying(20) NOT NULL,
    "BeforeJson" character varying(60000),
    "ProposedJson" character varying(60000) NOT NULL,
    "AnsweredSections" character varying(300) NOT NULL,
    "ReviewComment" character varying(2000),
    "CreatedByUserId" character varying(450) NOT NULL,
    "CreatedByName" character varying(256) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "ReviewedByName" character varying(256),
    "ReviewedAt" timestamp with time zone,
    "Version" integer,
    CONSTRAINT "PK_DirectoryServiceChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryServiceChanges_DirectoryOrganizations_Organization~" FOREIGN KEY ("OrganizationId") REFERENCES "DirectoryOrganizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryLocalOffers" (
    "ServiceId" uuid NOT NULL,
    "Identify" character varying(2000),
    "Support" character varying(2000),
    "Accessible" character varying(2000),
    "Training" character varying(2000),
    "Involvement" character varying(2000),
    "Transitions" character varying(2000),
    "Contact" character varying(2000),
    "Feedback" character varying(2000),
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_DirectoryLocalOffers" PRIMARY KEY ("ServiceId"),
    CONSTRAINT "FK_DirectoryLocalOffers_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceReports" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "WhatIsWrong" character varying(1000) NOT NULL,
    "Email" character varying(254),
    "ScreeningStatus" character varying(20) NOT NULL,
    "ScreeningConcerns" character varying(500),
    "Status" character varying(20) NOT NULL,
    "ResolvedAt" timestamp with time zone,
    "ResolvedByName" character varying(256),
    CONSTRAINT "PK_DirectoryServiceReports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryServiceReports_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceUpkeep" (
    "ServiceId" uuid NOT NULL,
    "ArchivedAt" timestamp with time zone,
    "StatusBeforeArchive" character varying(30),
    "ReminderSentForCheck" timestamp with time zone,
    "ReminderSentAt" timestamp with time zone,
    CONSTRAINT "PK_DirectoryServiceUpkeep" PRIMARY KEY ("ServiceId"),
    CONSTRAINT "FK_DirectoryServiceUpkeep_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DirectoryServiceChanges_OrganizationId" ON "DirectoryServiceChanges" ("OrganizationId");

CREATE INDEX "IX_DirectoryServiceChanges_ServiceId_State" ON "DirectoryServiceChanges" ("ServiceId", "State");

CREATE INDEX "IX_DirectoryServiceChanges_State_SubmittedAt" ON "DirectoryServiceChanges" ("State", "SubmittedAt");

CREATE INDEX "IX_DirectoryServiceReports_ServiceId_ReceivedAt" ON "DirectoryServiceReports" ("ServiceId", "ReceivedAt");
