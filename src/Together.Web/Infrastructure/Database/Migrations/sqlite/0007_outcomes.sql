-- Schema version 7: outcomes: the indicator library, child populations, figures with every revision and their disclosure decision,
-- comparator figures published elsewhere, and partners' API keys (hashed).
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "ChildPopulations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ChildPopulations" PRIMARY KEY,
    "AreaId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "Population" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_ChildPopulations_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Indicators" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "NumeratorDefinition" TEXT NOT NULL,
    "DenominatorDefinition" TEXT NULL,
    "Source" TEXT NOT NULL,
    "DataOwnerId" TEXT NULL,
    "ValueType" TEXT NOT NULL,
    "Multiplier" REAL NOT NULL,
    "DecimalPlaces" INTEGER NOT NULL,
    "Polarity" TEXT NOT NULL,
    "PeriodType" TEXT NOT NULL,
    "CiMethod" TEXT NOT NULL,
    "ComparisonMethod" TEXT NOT NULL,
    "RbaKind" TEXT NOT NULL,
    "OutcomeNumbers" TEXT NOT NULL,
    "FocusAreas" TEXT NOT NULL,
    "StatementNumbers" TEXT NOT NULL,
    "TargetValue" REAL NULL,
    "TargetDate" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "IsDemonstration" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Indicators_Organisations_DataOwnerId" FOREIGN KEY ("DataOwnerId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);

CREATE TABLE "OutcomesApiTokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutcomesApiTokens" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_OutcomesApiTokens_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ComparatorFigures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ComparatorFigures" PRIMARY KEY,
    "IndicatorId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Comparator" TEXT NOT NULL,
    "Value" REAL NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "FK_ComparatorFigures_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValues" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorValues" PRIMARY KEY,
    "IndicatorId" TEXT NOT NULL,
    "AreaId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "PeriodStart" TEXT NOT NULL,
    "PeriodEnd" TEXT NOT NULL,
    "Dimension" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Count" INTEGER NULL,
    "Denominator" REAL NULL,
    "StandardDeviation" REAL NULL,
    "Value" REAL NULL,
    "Lower95" REAL NULL,
    "Upper95" REAL NULL,
    "Lower998" REAL NULL,
    "Upper998" REAL NULL,
    "Origin" TEXT NOT NULL,
    "Suppression" TEXT NULL,
    "Note" TEXT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_IndicatorValues_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorValues_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValueRevisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorValueRevisions" PRIMARY KEY,
    "IndicatorValueId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Count" INTEGER NULL,
    "Denominator" REAL NULL,
    "StandardDeviation" REAL NULL,
    "Value" REAL NULL,
    "Lower95" REAL NULL,
    "Upper95" REAL NULL,
    "Note" TEXT NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "SourceFile" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_IndicatorValueRevisions_IndicatorValues_IndicatorValueId" FOREIGN KEY ("IndicatorValueId") REFERENCES "IndicatorValues" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_ChildPopulations_AreaId_Year_AgeBand" ON "ChildPopulations" ("AreaId", "Year", "AgeBand");

CREATE UNIQUE INDEX "IX_ComparatorFigures_IndicatorId_Period_Comparator" ON "ComparatorFigures" ("IndicatorId", "Period", "Comparator");

CREATE UNIQUE INDEX "IX_Indicators_Code" ON "Indicators" ("Code");

CREATE INDEX "IX_Indicators_DataOwnerId" ON "Indicators" ("DataOwnerId");

CREATE UNIQUE INDEX "IX_IndicatorValueRevisions_IndicatorValueId_Revision" ON "IndicatorValueRevisions" ("IndicatorValueId", "Revision");

CREATE INDEX "IX_IndicatorValues_AreaId" ON "IndicatorValues" ("AreaId");

CREATE UNIQUE INDEX "IX_IndicatorValues_IndicatorId_AreaId_Period_Dimension_Category" ON "IndicatorValues" ("IndicatorId", "AreaId", "Period", "Dimension", "Category");

CREATE INDEX "IX_OutcomesApiTokens_OrganisationId" ON "OutcomesApiTokens" ("OrganisationId");

CREATE UNIQUE INDEX "IX_OutcomesApiTokens_TokenHash" ON "OutcomesApiTokens" ("TokenHash");
