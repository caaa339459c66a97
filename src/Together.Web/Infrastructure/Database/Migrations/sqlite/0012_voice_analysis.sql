-- Schema version 12: analysing consultations (the themes codebook, themes on free-text answers, publishable quotes) and questions that feed Outcomes indicators.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "ConsultationThemes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ConsultationThemes" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Keywords" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ConsultationThemes_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);
CREATE TABLE "QuestionIndicatorLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QuestionIndicatorLinks" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "MatrixRow" INTEGER NULL,
    "YesValues" TEXT NOT NULL,
    "IndicatorId" TEXT NOT NULL,
    "AreaId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "SentCount" INTEGER NULL,
    "SentDenominator" INTEGER NULL,
    CONSTRAINT "FK_QuestionIndicatorLinks_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuestionIndicatorLinks_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_QuestionIndicatorLinks_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AnswerThemes" (
    "AnswerId" TEXT NOT NULL,
    "ThemeId" TEXT NOT NULL,
    "TaggedBy" TEXT NOT NULL,
    "TaggedAt" TEXT NOT NULL,
    CONSTRAINT "PK_AnswerThemes" PRIMARY KEY ("AnswerId", "ThemeId"),
    CONSTRAINT "FK_AnswerThemes_ConsultationThemes_ThemeId" FOREIGN KEY ("ThemeId") REFERENCES "ConsultationThemes" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AnswerThemes_ResponseAnswers_AnswerId" FOREIGN KEY ("AnswerId") REFERENCES "ResponseAnswers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "PublishableQuotes" (
    "AnswerId" TEXT NOT NULL CONSTRAINT "PK_PublishableQuotes" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "MarkedBy" TEXT NOT NULL,
    "MarkedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PublishableQuotes_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PublishableQuotes_ResponseAnswers_AnswerId" FOREIGN KEY ("AnswerId") REFERENCES "ResponseAnswers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_AnswerThemes_ThemeId" ON "AnswerThemes" ("ThemeId");
CREATE UNIQUE INDEX "IX_ConsultationThemes_ConsultationId_Name" ON "ConsultationThemes" ("ConsultationId", "Name");
CREATE INDEX "IX_PublishableQuotes_ConsultationId" ON "PublishableQuotes" ("ConsultationId");
CREATE INDEX "IX_QuestionIndicatorLinks_AreaId" ON "QuestionIndicatorLinks" ("AreaId");
CREATE INDEX "IX_QuestionIndicatorLinks_ConsultationId" ON "QuestionIndicatorLinks" ("ConsultationId");
CREATE INDEX "IX_QuestionIndicatorLinks_IndicatorId" ON "QuestionIndicatorLinks" ("IndicatorId");
