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

CREATE INDEX "IX_SafeguardingConcerns_SourceType_SourceId" ON "SafeguardingConcerns" ("SourceType", "SourceId");

CREATE INDEX "IX_SafeguardingConcerns_Status_DueAt" ON "SafeguardingConcerns" ("Status", "DueAt");
