-- Schema version 9: the outcomes submission calendar (who owes which figures by when), and API key revocation and last use.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "SubmissionsDue" (
    "Id" uuid NOT NULL,
    "IndicatorId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Period" character varying(20) NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "DueOn" date NOT NULL,
    "DueOnSetBy" character varying(256),
    "ReceivedAt" timestamp with time zone,
    "ReceivedVia" character varying(300),
    "RemindersSent" integer NOT NULL,
    "LastRemindedAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_SubmissionsDue" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_SubmissionsDue_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SubmissionsDue_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_SubmissionsDue_IndicatorId_Period" ON "SubmissionsDue" ("IndicatorId", "Period");
CREATE INDEX "IX_SubmissionsDue_OrganisationId_DueOn" ON "SubmissionsDue" ("OrganisationId", "DueOn");

ALTER TABLE "OutcomesApiTokens" ADD "RevokedBy" character varying(256) NULL;
ALTER TABLE "OutcomesApiTokens" ADD "LastUsedAt" timestamp with time zone NULL;
ALTER TABLE "OutcomesApiTokens" ADD "IssueRequestId" uuid NULL;

CREATE UNIQUE INDEX "IX_OutcomesApiTokens_IssueRequestId" ON "OutcomesApiTokens" ("IssueRequestId");
