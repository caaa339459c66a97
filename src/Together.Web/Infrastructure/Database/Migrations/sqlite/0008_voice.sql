-- Schema version 8: safeguarding triage (concerns, the editable screening lexicon and its test sentences) and listening (consultations, surveys, responses, results).
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "SafeguardingConcerns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SafeguardingConcerns" PRIMARY KEY,
    "ReceivedAt" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "Severity" INTEGER NOT NULL,
    "Categories" TEXT NOT NULL,
    "MatchedPhrases" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "SourceType" TEXT NOT NULL,
    "SourceId" TEXT NOT NULL,
    "Context" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Decision" TEXT NULL,
    "DecisionReason" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" TEXT NULL,
    "EscalatedAt" TEXT NULL
);

CREATE TABLE "LexiconVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_LexiconVersions" PRIMARY KEY AUTOINCREMENT,
    "Source" TEXT NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "SavedBy" TEXT NOT NULL,
    "Note" TEXT NULL
);

CREATE TABLE "LexiconTestSentences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LexiconTestSentences" PRIMARY KEY,
    "Text" TEXT NOT NULL,
    "MustFlag" INTEGER NOT NULL,
    "AddedAt" TEXT NOT NULL,
    "AddedBy" TEXT NOT NULL
);

CREATE TABLE "Consultations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Consultations" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Audiences" TEXT NOT NULL,
    "PlanLinks" TEXT NULL,
    "OwnerOrganisationId" TEXT NOT NULL,
    "OpensAt" TEXT NOT NULL,
    "ClosesAt" TEXT NOT NULL,
    "ResultsExpectedBy" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Consultations_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ConsultationStatusChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ConsultationStatusChanges" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    CONSTRAINT "FK_ConsultationStatusChanges_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyVersions" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "DefinitionJson" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyVersions_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ResponseDrafts" (
    "KeyHash" TEXT NOT NULL CONSTRAINT "PK_ResponseDrafts" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "SurveyVersionId" TEXT NOT NULL,
    "EasyRead" INTEGER NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "FlaggedQuestions" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "ResponseId" TEXT NULL,
    CONSTRAINT "FK_ResponseDrafts_SurveyVersions_SurveyVersionId" FOREIGN KEY ("SurveyVersionId") REFERENCES "SurveyVersions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyResponses" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "SurveyVersionId" TEXT NOT NULL,
    "DraftKeyHash" TEXT NOT NULL,
    "EasyRead" INTEGER NOT NULL,
    "SubmittedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_SurveyResponses_SurveyVersions_SurveyVersionId" FOREIGN KEY ("SurveyVersionId") REFERENCES "SurveyVersions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ResponseAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResponseAnswers" PRIMARY KEY,
    "ResponseId" TEXT NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Flagged" INTEGER NOT NULL,
    CONSTRAINT "FK_ResponseAnswers_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "SurveyResponses" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SafeguardingConcerns_SourceType_SourceId" ON "SafeguardingConcerns" ("SourceType", "SourceId");

CREATE INDEX "IX_SafeguardingConcerns_Status_DueAt" ON "SafeguardingConcerns" ("Status", "DueAt");

CREATE INDEX "IX_Consultations_OwnerOrganisationId" ON "Consultations" ("OwnerOrganisationId");

CREATE UNIQUE INDEX "IX_Consultations_Slug" ON "Consultations" ("Slug");

CREATE INDEX "IX_ConsultationStatusChanges_ConsultationId" ON "ConsultationStatusChanges" ("ConsultationId");

CREATE UNIQUE INDEX "IX_SurveyVersions_ConsultationId_Number" ON "SurveyVersions" ("ConsultationId", "Number");

CREATE INDEX "IX_ResponseDrafts_ExpiresAt" ON "ResponseDrafts" ("ExpiresAt");

CREATE INDEX "IX_ResponseDrafts_SurveyVersionId" ON "ResponseDrafts" ("SurveyVersionId");

CREATE INDEX "IX_SurveyResponses_ConsultationId" ON "SurveyResponses" ("ConsultationId");

CREATE UNIQUE INDEX "IX_SurveyResponses_DraftKeyHash" ON "SurveyResponses" ("DraftKeyHash");

CREATE INDEX "IX_SurveyResponses_SurveyVersionId" ON "SurveyResponses" ("SurveyVersionId");

CREATE INDEX "IX_ResponseAnswers_ResponseId_QuestionId" ON "ResponseAnswers" ("ResponseId", "QuestionId");
