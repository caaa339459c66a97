-- Schema version 13: "you said, we did": commitments made after consultations (linked to consultations, meetings and decisions),
-- their dated updates and status changes, each consultation's Lundy-model record (space, audience, feedback given) and
-- email update subscriptions (kept apart from answers: no response or draft reference).
-- Generated from the model with 'schema-script sqlite', then reviewed.

CREATE TABLE "Commitments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Commitments" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "OwnerOrganisationId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Progress" INTEGER NOT NULL,
    "NotDoingReason" TEXT NULL,
    "MeetingId" TEXT NULL,
    "DecisionId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_Commitments_GovernanceDecisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "GovernanceDecisions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Commitments_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Commitments_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CommitmentConsultations" (
    "CommitmentId" TEXT NOT NULL,
    "ConsultationId" TEXT NOT NULL,
    CONSTRAINT "PK_CommitmentConsultations" PRIMARY KEY ("CommitmentId", "ConsultationId"),
    CONSTRAINT "FK_CommitmentConsultations_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CommitmentConsultations_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CommitmentUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CommitmentUpdates" PRIMARY KEY,
    "CommitmentId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "FromStatus" TEXT NULL,
    "ToStatus" TEXT NULL,
    "Progress" INTEGER NOT NULL,
    CONSTRAINT "FK_CommitmentUpdates_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningRecords" (
    "ConsultationId" TEXT NOT NULL CONSTRAINT "PK_ListeningRecords" PRIMARY KEY,
    "HowAndWhere" TEXT NOT NULL,
    "WhoCouldTakePart" TEXT NOT NULL,
    "FeedbackGiven" TEXT NULL,
    "FeedbackGivenOn" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ListeningRecords_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningHearings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ListeningHearings" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "HeardBy" TEXT NOT NULL,
    "HeardOn" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_ListeningHearings_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListeningHearings_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL
);

CREATE TABLE "UpdateSubscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UpdateSubscriptions" PRIMARY KEY,
    "Scope" TEXT NOT NULL,
    "ConsultationId" TEXT NULL,
    "CommitmentId" TEXT NULL,
    "Email" TEXT NOT NULL,
    "Age" TEXT NOT NULL,
    "ConsentGivenAt" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "ConfirmTokenHash" TEXT NOT NULL,
    "EmailConfirmedAt" TEXT NULL,
    "ParentEmail" TEXT NULL,
    "ParentTokenHash" TEXT NULL,
    "ParentConfirmedAt" TEXT NULL,
    "ConfirmedAt" TEXT NULL,
    "UnsubscribeToken" TEXT NOT NULL,
    CONSTRAINT "FK_UpdateSubscriptions_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_UpdateSubscriptions_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Commitments_DecisionId" ON "Commitments" ("DecisionId");

CREATE INDEX "IX_Commitments_MeetingId" ON "Commitments" ("MeetingId");

CREATE INDEX "IX_Commitments_OwnerOrganisationId" ON "Commitments" ("OwnerOrganisationId");

CREATE INDEX "IX_Commitments_Status" ON "Commitments" ("Status");

CREATE INDEX "IX_CommitmentConsultations_ConsultationId" ON "CommitmentConsultations" ("ConsultationId");

CREATE INDEX "IX_CommitmentUpdates_CommitmentId_At" ON "CommitmentUpdates" ("CommitmentId", "At");

CREATE INDEX "IX_ListeningHearings_ConsultationId" ON "ListeningHearings" ("ConsultationId");

CREATE INDEX "IX_ListeningHearings_MeetingId" ON "ListeningHearings" ("MeetingId");

CREATE INDEX "IX_UpdateSubscriptions_CommitmentId" ON "UpdateSubscriptions" ("CommitmentId");

CREATE UNIQUE INDEX "IX_UpdateSubscriptions_ConfirmTokenHash" ON "UpdateSubscriptions" ("ConfirmTokenHash");

CREATE INDEX "IX_UpdateSubscriptions_ConsultationId" ON "UpdateSubscriptions" ("ConsultationId");

CREATE UNIQUE INDEX "IX_UpdateSubscriptions_Email_Scope" ON "UpdateSubscriptions" ("Email", "Scope");

CREATE INDEX "IX_UpdateSubscriptions_ExpiresAt" ON "UpdateSubscriptions" ("ExpiresAt");

CREATE UNIQUE INDEX "IX_UpdateSubscriptions_ParentTokenHash" ON "UpdateSubscriptions" ("ParentTokenHash");

CREATE UNIQUE INDEX "IX_UpdateSubscriptions_UnsubscribeToken" ON "UpdateSubscriptions" ("UnsubscribeToken");
