-- Schema version 12: analysing consultations (the themes codebook, themes on free-text answers, publishable quotes) and questions that feed Outcomes indicators.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "ConsultationThemes" (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Description" character varying(500) NOT NULL,
    "Keywords" character varying(500) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ConsultationThemes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ConsultationThemes_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);
CREATE TABLE "QuestionIndicatorLinks" (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "QuestionId" character varying(40) NOT NULL,
    "MatrixRow" integer,
    "YesValues" character varying(500) NOT NULL,
    "IndicatorId" uuid NOT NULL,
    "AreaId" character varying(80) NOT NULL,
    "Period" character varying(20) NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    "SentCount" integer,
    "SentDenominator" integer,
    CONSTRAINT "PK_QuestionIndicatorLinks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QuestionIndicatorLinks_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuestionIndicatorLinks_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_QuestionIndicatorLinks_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AnswerThemes" (
    "AnswerId" uuid NOT NULL,
    "ThemeId" uuid NOT NULL,
    "TaggedBy" character varying(256) NOT NULL,
    "TaggedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_AnswerThemes" PRIMARY KEY ("AnswerId", "ThemeId"),
    CONSTRAINT "FK_AnswerThemes_ConsultationThemes_ThemeId" FOREIGN KEY ("ThemeId") REFERENCES "ConsultationThemes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AnswerThemes_ResponseAnswers_AnswerId" FOREIGN KEY ("AnswerId") REFERENCES "ResponseAnswers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "PublishableQuotes" (
    "AnswerId" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "MarkedBy" character varying(256) NOT NULL,
    "MarkedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_PublishableQuotes" PRIMARY KEY ("AnswerId"),
    CONSTRAINT "FK_PublishableQuotes_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PublishableQuotes_ResponseAnswers_AnswerId" FOREIGN KEY ("AnswerId") REFERENCES "ResponseAnswers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_AnswerThemes_ThemeId" ON "AnswerThemes" ("ThemeId");
CREATE UNIQUE INDEX "IX_ConsultationThemes_ConsultationId_Name" ON "ConsultationThemes" ("ConsultationId", "Name");
CREATE INDEX "IX_PublishableQuotes_ConsultationId" ON "PublishableQuotes" ("ConsultationId");
CREATE INDEX "IX_QuestionIndicatorLinks_AreaId" ON "QuestionIndicatorLinks" ("AreaId");
CREATE INDEX "IX_QuestionIndicatorLinks_ConsultationId" ON "QuestionIndicatorLinks" ("ConsultationId");
CREATE INDEX "IX_QuestionIndicatorLinks_IndicatorId" ON "QuestionIndicatorLinks" ("IndicatorId");
