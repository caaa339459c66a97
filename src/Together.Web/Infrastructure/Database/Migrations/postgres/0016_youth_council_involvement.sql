-- Schema version 16: getting involved with the Youth Council: the mailing list (double opt-in, parent or carer's
-- agreement for 12 and under), newsletters, expressions of interest and their unfinished journeys; and the
-- List-Unsubscribe link carried by list mail in the outbox.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "MailingListSubscribers" (
    "Id" uuid NOT NULL,
    "Email" character varying(254) NOT NULL,
    "AgeBand" character varying(40) NOT NULL,
    "Status" character varying(30) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ConfirmedAt" timestamp with time zone,
    "LastActiveAt" timestamp with time zone NOT NULL,
    "ConfirmTokenHash" character varying(64),
    "ConfirmTokenExpiresAt" timestamp with time zone,
    "ParentEmail" character varying(254),
    "ParentTokenHash" character varying(64),
    "ParentTokenExpiresAt" timestamp with time zone,
    "ParentAgreedAt" timestamp with time zone,
    "UnsubscribeToken" character varying(43) NOT NULL,
    CONSTRAINT "PK_MailingListSubscribers" PRIMARY KEY ("Id")
);

CREATE TABLE "Newsletters" (
    "Id" uuid NOT NULL,
    "Subject" character varying(150) NOT NULL,
    "BodyMarkdown" character varying(20000) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(256) NOT NULL,
    "SentAt" timestamp with time zone,
    "SentBy" character varying(256),
    "RecipientCount" integer NOT NULL,
    CONSTRAINT "PK_Newsletters" PRIMARY KEY ("Id")
);

CREATE TABLE "YouthCouncilInterestDrafts" (
    "Id" uuid NOT NULL,
    "FirstName" character varying(50),
    "AgeBand" character varying(40),
    "LocalityId" character varying(60),
    "ContactWho" character varying(20),
    "ContactName" character varying(100),
    "ContactEmail" character varying(254),
    "ContactPhone" character varying(30),
    "Ideas" character varying(1000),
    "IdeasAnswered" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_YouthCouncilInterestDrafts" PRIMARY KEY ("Id")
);

CREATE TABLE "YouthCouncilInterests" (
    "Id" uuid NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "FirstName" character varying(50) NOT NULL,
    "AgeBand" character varying(40) NOT NULL,
    "LocalityId" character varying(60) NOT NULL,
    "ContactWho" character varying(20) NOT NULL,
    "ContactName" character varying(100),
    "ContactEmail" character varying(254),
    "ContactPhone" character varying(30),
    "Ideas" character varying(1000),
    "ScreeningStatus" character varying(20) NOT NULL,
    "ScreeningConcerns" character varying(500),
    "Status" character varying(20) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_YouthCouncilInterests" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_MailingListSubscribers_ConfirmTokenHash" ON "MailingListSubscribers" ("ConfirmTokenHash");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_Email" ON "MailingListSubscribers" ("Email");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_ParentTokenHash" ON "MailingListSubscribers" ("ParentTokenHash");

CREATE INDEX "IX_MailingListSubscribers_Status_LastActiveAt" ON "MailingListSubscribers" ("Status", "LastActiveAt");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_UnsubscribeToken" ON "MailingListSubscribers" ("UnsubscribeToken");

CREATE INDEX "IX_Newsletters_CreatedAt" ON "Newsletters" ("CreatedAt");

CREATE INDEX "IX_YouthCouncilInterestDrafts_UpdatedAt" ON "YouthCouncilInterestDrafts" ("UpdatedAt");

CREATE INDEX "IX_YouthCouncilInterests_Status_ReceivedAt" ON "YouthCouncilInterests" ("Status", "ReceivedAt");

ALTER TABLE "OutboxMessages" ADD COLUMN "ListUnsubscribeUrl" character varying(500) NULL;
