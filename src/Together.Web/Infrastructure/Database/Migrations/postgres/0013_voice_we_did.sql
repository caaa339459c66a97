-- Schema version 13: "you said, we did": commitments made after consultations (linked to consultations, meetings and decisions),
-- their dated updates and status changes, each consultation's Lundy-model record (space, audience, feedback given) and
-- email update subscriptions (kept apart from answers: no response or draft reference).
-- Generated from the model with 'schema-script postgres', then reviewed.

CREATE TABLE "Commitments" (
    "Id" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Description" character varying(4000) NOT NULL,
    "OwnerOrganisationId" uuid NOT NULL,
    "Status" character varying(30) NOT NULL,
    "Progress" integer NOT NULL,
    "NotDoingReason" character varying(2000),
    "MeetingId" uuid,
    "DecisionId" uuid,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "IsDemo" boolean NOT NULL,
    CONSTRAINT "PK_Commitments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Commitments_GovernanceDecisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "GovernanceDecisions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Commitments_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Commitments_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CommitmentConsultations" (
    "CommitmentId" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    CONSTRAINT "PK_CommitmentConsultations" PRIMARY KEY ("CommitmentId", "ConsultationId"),
    CONSTRAINT "FK_CommitmentConsultations_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CommitmentConsultations_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CommitmentUpdates" (
    "Id" uuid NOT NULL,
    "CommitmentId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "Text" character varying(4000) NOT NULL,
    "FromStatus" character varying(30),
    "ToStatus" character varying(30),
    "Progress" integer NOT NULL,
    CONSTRAINT "PK_CommitmentUpdates" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CommitmentUpdates_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningRecords" (
    "ConsultationId" uuid NOT NULL,
    "HowAndWhere" character varying(4000) NOT NULL,
    "WhoCouldTakePart" character varying(4000) NOT NULL,
    "FeedbackGiven" character varying(4000),
    "FeedbackGivenOn" date,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ListeningRecords" PRIMARY KEY ("ConsultationId"),
    CONSTRAINT "FK_ListeningRecords_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListeningHearings" (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "HeardBy" character varying(500) NOT NULL,
    "HeardOn" date NOT NULL,
    "MeetingId" uuid,
    "Note" character varying(500),
    CONSTRAINT "PK_ListeningHearings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ListeningHearings_Consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "Consultations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListeningHearings_GovernanceMeetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "GovernanceMeetings" ("Id") ON DELETE SET NULL
);

CREATE TABLE "UpdateSubscriptions" (
    "Id" uuid NOT NULL,
    "Scope" character varying(100) NOT NULL,
    "ConsultationId" uuid,
    "CommitmentId" uuid,
    "Email" character varying(320) NOT NULL,
    "Age" character varying(20) NOT NULL,
    "ConsentGivenAt" timestamp with time zone NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "ConfirmTokenHash" character varying(64) NOT NULL,
    "EmailConfirmedAt" timestamp with time zone,
    "ParentEmail" character varying(320),
    "ParentTokenHash" character varying(64),
    "ParentConfirmedAt" timestamp with time zone,
    "ConfirmedAt" timestamp with time zone,
    "UnsubscribeToken" character varying(64) NOT NULL,
    CONSTRAINT "PK_UpdateSubscriptions" PRIMARY KEY ("Id"),
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
