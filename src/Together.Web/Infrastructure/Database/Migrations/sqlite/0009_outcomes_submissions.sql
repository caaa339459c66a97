-- Schema version 9: the outcomes submission calendar (who owes which figures by when), and API key revocation and last use.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "SubmissionsDue" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SubmissionsDue" PRIMARY KEY,
    "IndicatorId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "DueOnSetBy" TEXT NULL,
    "ReceivedAt" TEXT NULL,
    "ReceivedVia" TEXT NULL,
    "RemindersSent" INTEGER NOT NULL,
    "LastRemindedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SubmissionsDue_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SubmissionsDue_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_SubmissionsDue_IndicatorId_Period" ON "SubmissionsDue" ("IndicatorId", "Period");
CREATE INDEX "IX_SubmissionsDue_OrganisationId_DueOn" ON "SubmissionsDue" ("OrganisationId", "DueOn");

ALTER TABLE "OutcomesApiTokens" ADD "RevokedBy" TEXT NULL;
ALTER TABLE "OutcomesApiTokens" ADD "LastUsedAt" TEXT NULL;
ALTER TABLE "OutcomesApiTokens" ADD "IssueRequestId" TEXT NULL;

CREATE UNIQUE INDEX "IX_OutcomesApiTokens_IssueRequestId" ON "OutcomesApiTokens" ("IssueRequestId");
