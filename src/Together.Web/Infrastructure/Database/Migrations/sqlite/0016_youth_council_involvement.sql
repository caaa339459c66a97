-- Schema version 16: getting involved with the Youth Council: the mailing list (double opt-in, parent or carer's
-- agreement for 12 and under), newsletters, expressions of interest and their unfinished journeys; and the
-- List-Unsubscribe link carried by list mail in the outbox.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "MailingListSubscribers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MailingListSubscribers" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "LastActiveAt" TEXT NOT NULL,
    "ConfirmTokenHash" TEXT NULL,
    "ConfirmTokenExpiresAt" TEXT NULL,
    "ParentEmail" TEXT NULL,
    "ParentTokenHash" TEXT NULL,
    "ParentTokenExpiresAt" TEXT NULL,
    "ParentAgreedAt" TEXT NULL,
    "UnsubscribeToken" TEXT NOT NULL
);

CREATE TABLE "Newsletters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Newsletters" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "BodyMarkdown" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "SentBy" TEXT NULL,
    "RecipientCount" INTEGER NOT NULL
);

CREATE TABLE "YouthCouncilInterestDrafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouthCouncilInterestDrafts" PRIMARY KEY,
    "FirstName" TEXT NULL,
    "AgeBand" TEXT NULL,
    "LocalityId" TEXT NULL,
    "ContactWho" TEXT NULL,
    "ContactName" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "ContactPhone" TEXT NULL,
    "Ideas" TEXT NULL,
    "IdeasAnswered" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "YouthCouncilInterests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_YouthCouncilInterests" PRIMARY KEY,
    "ReceivedAt" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "LocalityId" TEXT NOT NULL,
    "ContactWho" TEXT NOT NULL,
    "ContactName" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "ContactPhone" TEXT NULL,
    "Ideas" TEXT NULL,
    "ScreeningStatus" TEXT NOT NULL,
    "ScreeningConcerns" TEXT NULL,
    "Status" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_MailingListSubscribers_ConfirmTokenHash" ON "MailingListSubscribers" ("ConfirmTokenHash");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_Email" ON "MailingListSubscribers" ("Email");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_ParentTokenHash" ON "MailingListSubscribers" ("ParentTokenHash");

CREATE INDEX "IX_MailingListSubscribers_Status_LastActiveAt" ON "MailingListSubscribers" ("Status", "LastActiveAt");

CREATE UNIQUE INDEX "IX_MailingListSubscribers_UnsubscribeToken" ON "MailingListSubscribers" ("UnsubscribeToken");

CREATE INDEX "IX_Newsletters_CreatedAt" ON "Newsletters" ("CreatedAt");

CREATE INDEX "IX_YouthCouncilInterestDrafts_UpdatedAt" ON "YouthCouncilInterestDrafts" ("UpdatedAt");

CREATE INDEX "IX_YouthCouncilInterests_Status_ReceivedAt" ON "YouthCouncilInterests" ("Status", "ReceivedAt");

ALTER TABLE "OutboxMessages" ADD COLUMN "ListUnsubscribeUrl" TEXT NULL;
