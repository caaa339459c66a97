-- Schema version 2: the Children and Young People's Plan: periods, outcomes, focus areas, TOGETHER, "how we'll know" statements,
-- behaviours, beliefs, free sections, outcome links and the revision history of every piece.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "PlanPeriods" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanPeriods" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PlanPeriods_PlanPeriods_CarriedForwardFromId" FOREIGN KEY ("CarriedForwardFromId") REFERENCES "PlanPeriods" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PlanOutcomes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanOutcomes" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "ShortTitle" TEXT NOT NULL,
    "Statement" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    CONSTRAINT "FK_PlanOutcomes_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanFocusAreas" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanFocusAreas" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    CONSTRAINT "FK_PlanFocusAreas_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanPrinciples" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanPrinciples" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Letter" TEXT NOT NULL,
    "Word" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_PlanPrinciples_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanDifferenceStatements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanDifferenceStatements" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_PlanDifferenceStatements_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanBehaviours" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanBehaviours" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_PlanBehaviours_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanBeliefs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanBeliefs" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_PlanBeliefs_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanSections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanSections" PRIMARY KEY,
    "PeriodId" TEXT NOT NULL,
    "CarriedForwardFromId" TEXT NULL,
    "Key" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    CONSTRAINT "FK_PlanSections_PlanPeriods_PeriodId" FOREIGN KEY ("PeriodId") REFERENCES "PlanPeriods" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanOutcomeLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanOutcomeLinks" PRIMARY KEY,
    "OutcomeId" TEXT NOT NULL,
    "Target" TEXT NOT NULL,
    "TargetId" TEXT NOT NULL,
    CONSTRAINT "FK_PlanOutcomeLinks_PlanOutcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "PlanOutcomes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PlanRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanRevisions" PRIMARY KEY AUTOINCREMENT,
    "ItemKind" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "PeriodId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Content" TEXT NOT NULL,
    "AuthorId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "PublishedByName" TEXT NULL,
    "RestoredFromVersion" INTEGER NULL
);

CREATE INDEX "IX_PlanBehaviours_CarriedForwardFromId" ON "PlanBehaviours" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanBehaviours_PeriodId_Number" ON "PlanBehaviours" ("PeriodId", "Number");

CREATE INDEX "IX_PlanBeliefs_CarriedForwardFromId" ON "PlanBeliefs" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanBeliefs_PeriodId_Number" ON "PlanBeliefs" ("PeriodId", "Number");

CREATE INDEX "IX_PlanDifferenceStatements_CarriedForwardFromId" ON "PlanDifferenceStatements" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanDifferenceStatements_PeriodId_Number" ON "PlanDifferenceStatements" ("PeriodId", "Number");

CREATE INDEX "IX_PlanFocusAreas_CarriedForwardFromId" ON "PlanFocusAreas" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanFocusAreas_PeriodId_Number" ON "PlanFocusAreas" ("PeriodId", "Number");

CREATE UNIQUE INDEX "IX_PlanOutcomeLinks_OutcomeId_Target_TargetId" ON "PlanOutcomeLinks" ("OutcomeId", "Target", "TargetId");

CREATE INDEX "IX_PlanOutcomes_CarriedForwardFromId" ON "PlanOutcomes" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanOutcomes_PeriodId_Number" ON "PlanOutcomes" ("PeriodId", "Number");

CREATE INDEX "IX_PlanPeriods_CarriedForwardFromId" ON "PlanPeriods" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanPeriods_Live" ON "PlanPeriods" ("Status") WHERE "Status" = 'Live';

CREATE UNIQUE INDEX "IX_PlanPeriods_Slug" ON "PlanPeriods" ("Slug");

CREATE INDEX "IX_PlanPrinciples_CarriedForwardFromId" ON "PlanPrinciples" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanPrinciples_PeriodId_Number" ON "PlanPrinciples" ("PeriodId", "Number");

CREATE UNIQUE INDEX "IX_PlanRevisions_ItemKind_ItemId_Version" ON "PlanRevisions" ("ItemKind", "ItemId", "Version");

CREATE INDEX "IX_PlanRevisions_PeriodId" ON "PlanRevisions" ("PeriodId");

CREATE INDEX "IX_PlanSections_CarriedForwardFromId" ON "PlanSections" ("CarriedForwardFromId");

CREATE UNIQUE INDEX "IX_PlanSections_PeriodId_Key" ON "PlanSections" ("PeriodId", "Key");
