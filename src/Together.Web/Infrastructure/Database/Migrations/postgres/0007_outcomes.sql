-- Schema version 7: outcomes: the indicator library, child populations, figures with every revision and their disclosure decision,
-- comparator figures published elsewhere, and partners' API keys (hashed).
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "ChildPopulations" (
    "Id" uuid NOT NULL,
    "AreaId" character varying(80) NOT NULL,
    "Year" integer NOT NULL,
    "AgeBand" character varying(20) NOT NULL,
    "Population" integer NOT NULL,
    "Source" character varying(300) NOT NULL,
    CONSTRAINT "PK_ChildPopulations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ChildPopulations_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Indicators" (
    "Id" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Definition" character varying(2000) NOT NULL,
    "Rationale" character varying(2000) NOT NULL,
    "NumeratorDefinition" character varying(1000) NOT NULL,
    "DenominatorDefinition" character varying(1000),
    "Source" character varying(500) NOT NULL,
    "DataOwnerId" uuid,
    "ValueType" character varying(30) NOT NULL,
    "Multiplier" double precision NOT NULL,
    "DecimalPlaces" integer NOT NULL,
    "Polarity" character varying(20) NOT NULL,
    "PeriodType" character varying(20) NOT NULL,
    "CiMethod" character varying(20) NOT NULL,
    "ComparisonMethod" character varying(40) NOT NULL,
    "RbaKind" character varying(30) NOT NULL,
    "OutcomeNumbers" character varying(40) NOT NULL,
    "FocusAreas" character varying(1000) NOT NULL,
    "StatementNumbers" character varying(40) NOT NULL,
    "TargetValue" double precision,
    "TargetDate" date,
    "IsPublished" boolean NOT NULL,
    "IsDemonstration" boolean NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Indicators" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Indicators_Organisations_DataOwnerId" FOREIGN KEY ("DataOwnerId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);

CREATE TABLE "OutcomesApiTokens" (
    "Id" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "Prefix" character varying(12) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "RevokedAt" timestamp with time zone,
    CONSTRAINT "PK_OutcomesApiTokens" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_OutcomesApiTokens_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ComparatorFigures" (
    "Id" uuid NOT NULL,
    "IndicatorId" uuid NOT NULL,
    "Period" character varying(20) NOT NULL,
    "Comparator" character varying(60) NOT NULL,
    "Value" double precision NOT NULL,
    "Source" character varying(300) NOT NULL,
    CONSTRAINT "PK_ComparatorFigures" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ComparatorFigures_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValues" (
    "Id" uuid NOT NULL,
    "IndicatorId" uuid NOT NULL,
    "AreaId" character varying(80) NOT NULL,
    "Period" character varying(20) NOT NULL,
    "PeriodStart" date NOT NULL,
    "PeriodEnd" date NOT NULL,
    "Dimension" character varying(20) NOT NULL,
    "Category" character varying(60) NOT NULL,
    "Count" integer,
    "Denominator" double precision,
    "StandardDeviation" double precision,
    "Value" double precision,
    "Lower95" double precision,
    "Upper95" double precision,
    "Lower998" double precision,
    "Upper998" double precision,
    "Origin" character varying(20) NOT NULL,
    "Suppression" character varying(20),
    "Note" character varying(1000),
    "Revision" integer NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_IndicatorValues" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_IndicatorValues_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorValues_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValueRevisions" (
    "Id" uuid NOT NULL,
    "IndicatorValueId" uuid NOT NULL,
    "Revision" integer NOT NULL,
    "Count" integer,
    "Denominator" double precision,
    "StandardDeviation" double precision,
    "Value" double precision,
    "Lower95" double precision,
    "Upper95" double precision,
    "Note" character varying(1000),
    "ChangedBy" character varying(256) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "SourceFile" character varying(260),
    "Reason" character varying(500) NOT NULL,
    CONSTRAINT "PK_IndicatorValueRevisions" PRIMARY KEY ("Id"),
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
