-- Schema version 10: turn the curve. Each indicator may have a plan (the story behind the curve, partners with a role,
-- what works) with a draft and a published copy, and a record of every publication. Its actions are governance action
-- log entries: "GovernanceActions" gains "TurnTheCurvePlanId", and "MeetingId"/"AgendaItemId" become optional because a
-- plan's action comes from no meeting.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "TurnTheCurvePlans" (
    "Id" uuid NOT NULL,
    "IndicatorId" uuid NOT NULL,
    "Story" character varying(8000) NOT NULL,
    "Partners" character varying(4000) NOT NULL,
    "WhatWorks" character varying(8000) NOT NULL,
    "DraftUpdatedAt" timestamp with time zone NOT NULL,
    "DraftUpdatedBy" character varying(256) NOT NULL,
    "PublishedStory" character varying(8000),
    "PublishedPartners" character varying(4000),
    "PublishedWhatWorks" character varying(8000),
    "PublishedAt" timestamp with time zone,
    "PublishedBy" character varying(256),
    "PublishedVersion" integer NOT NULL,
    CONSTRAINT "PK_TurnTheCurvePlans" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_TurnTheCurvePlans_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "TurnTheCurvePublications" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "PublishedAt" timestamp with time zone NOT NULL,
    "PublishedBy" character varying(256) NOT NULL,
    "Story" character varying(8000) NOT NULL,
    "Partners" character varying(4000) NOT NULL,
    "WhatWorks" character varying(8000) NOT NULL,
    CONSTRAINT "PK_TurnTheCurvePublications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_TurnTheCurvePublications_TurnTheCurvePlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "TurnTheCurvePlans" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_TurnTheCurvePlans_IndicatorId" ON "TurnTheCurvePlans" ("IndicatorId");

CREATE UNIQUE INDEX "IX_TurnTheCurvePublications_PlanId_Version" ON "TurnTheCurvePublications" ("PlanId", "Version");

ALTER TABLE "GovernanceActions" ALTER COLUMN "MeetingId" DROP NOT NULL;
ALTER TABLE "GovernanceActions" ALTER COLUMN "AgendaItemId" DROP NOT NULL;
ALTER TABLE "GovernanceActions" ADD COLUMN "TurnTheCurvePlanId" uuid;
ALTER TABLE "GovernanceActions" ADD CONSTRAINT "FK_GovernanceActions_TurnTheCurvePlans_TurnTheCurvePlanId" FOREIGN KEY ("TurnTheCurvePlanId") REFERENCES "TurnTheCurvePlans" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_GovernanceActions_TurnTheCurvePlanId" ON "GovernanceActions" ("TurnTheCurvePlanId");
