-- Schema version 10: turn the curve. Each indicator may have a plan (the story behind the curve, partners with a role,
-- what works) with a draft and a published copy, and a record of every publication. Its actions are governance action
-- log entries: "GovernanceActions" gains "TurnTheCurvePlanId", and "MeetingId"/"AgendaItemId" become optional because a
-- plan's action comes from no meeting.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "TurnTheCurvePlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TurnTheCurvePlans" PRIMARY KEY,
    "IndicatorId" TEXT NOT NULL,
    "Story" TEXT NOT NULL,
    "Partners" TEXT NOT NULL,
    "WhatWorks" TEXT NOT NULL,
    "DraftUpdatedAt" TEXT NOT NULL,
    "DraftUpdatedBy" TEXT NOT NULL,
    "PublishedStory" TEXT NULL,
    "PublishedPartners" TEXT NULL,
    "PublishedWhatWorks" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedBy" TEXT NULL,
    "PublishedVersion" INTEGER NOT NULL,
    CONSTRAINT "FK_TurnTheCurvePlans_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TurnTheCurvePublications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TurnTheCurvePublications" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "Story" TEXT NOT NULL,
    "Partners" TEXT NOT NULL,
    "WhatWorks" TEXT NOT NULL,
    CONSTRAINT "FK_TurnTheCurvePublications_TurnTheCurvePlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "TurnTheCurvePlans" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_TurnTheCurvePlans_IndicatorId" ON "TurnTheCurvePlans" ("IndicatorId");

CREATE UNIQUE INDEX "IX_TurnTheCurvePublications_PlanId_Version" ON "TurnTheCurvePublications" ("PlanId", "Version");

-- SQLite cannot drop NOT NULL from a column, so "GovernanceActions" is rebuilt and every row copied. Scripts run in a
-- transaction with foreign keys on, so dropping the old table deletes the action updates (ON DELETE CASCADE) and clears
-- the Youth Council challenges' links (ON DELETE SET NULL): both are kept aside first and put back afterwards.
CREATE TEMP TABLE "before_0010_action_updates" AS SELECT * FROM "GovernanceActionUpdates";
CREATE TEMP TABLE "before_0010_challenge_actions" AS SELECT "Id", "ActionId" FROM "YouthCouncilChallenges" WHERE "ActionId" IS NOT NULL;
CREATE TABLE "GovernanceActions_0010" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceActions" PRIMARY KEY,
    "MeetingId" TEXT NULL,
    "AgendaItemId" TEXT NULL,
    "TurnTheCurvePlanId" TEXT NULL,
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
    CONSTRAINT "FK_GovernanceActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GovernanceActions_TurnTheCurvePlans_TurnTheCurvePlanId" FOREIGN KEY ("TurnTheCurvePlanId") REFERENCES "TurnTheCurvePlans" ("Id") ON DELETE RESTRICT
);

INSERT INTO "GovernanceActions_0010" ("Id", "MeetingId", "AgendaItemId", "Title", "OwnerOrganisationId", "OwnerName", "OwnerEmail", "DueDate", "Status", "CreatedAt", "LastReminderOn", "ClosedAt")
SELECT "Id", "MeetingId", "AgendaItemId", "Title", "OwnerOrganisationId", "OwnerName", "OwnerEmail", "DueDate", "Status", "CreatedAt", "LastReminderOn", "ClosedAt" FROM "GovernanceActions";
DROP TABLE "GovernanceActions";
ALTER TABLE "GovernanceActions_0010" RENAME TO "GovernanceActions";
INSERT INTO "GovernanceActionUpdates" SELECT * FROM temp."before_0010_action_updates";
UPDATE "YouthCouncilChallenges" SET "ActionId" = (SELECT c."ActionId" FROM temp."before_0010_challenge_actions" c WHERE c."Id" = "YouthCouncilChallenges"."Id")
WHERE "Id" IN (SELECT "Id" FROM temp."before_0010_challenge_actions");
DROP TABLE temp."before_0010_action_updates";
DROP TABLE temp."before_0010_challenge_actions";

CREATE INDEX "IX_GovernanceActions_AgendaItemId" ON "GovernanceActions" ("AgendaItemId");

CREATE INDEX "IX_GovernanceActions_MeetingId" ON "GovernanceActions" ("MeetingId");

CREATE INDEX "IX_GovernanceActions_OwnerOrganisationId" ON "GovernanceActions" ("OwnerOrganisationId");

CREATE INDEX "IX_GovernanceActions_Status_DueDate" ON "GovernanceActions" ("Status", "DueDate");

CREATE INDEX "IX_GovernanceActions_TurnTheCurvePlanId" ON "GovernanceActions" ("TurnTheCurvePlanId");
