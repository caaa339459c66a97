-- Schema version 17: meeting papers as PDFs with accessible summaries, confirmation of public items whose papers
-- look confidential, the documents library (versions, PDF and HTML alternative) and the register of information
-- sharing agreements.
-- Generated from the model with 'schema-script postgres', then reviewed.
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmedAt" timestamp with time zone;
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmedBy" character varying(256);
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmationReason" character varying(1000);

CREATE TABLE "Documents" (
    "Id" uuid NOT NULL,
    "Slug" character varying(100) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Summary" character varying(1000) NOT NULL,
    "Category" character varying(40) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Documents" PRIMARY KEY ("Id")
);

CREATE TABLE "DocumentVersions" (
    "Id" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "FileName" character varying(260) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "PageCount" integer NOT NULL,
    "Content" bytea NOT NULL,
    "HtmlAlternative" character varying(200000) NOT NULL,
    "ChangeNote" character varying(500) NOT NULL,
    "PublishedAt" timestamp with time zone NOT NULL,
    "PublishedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_DocumentVersions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DocumentVersions_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SharingAgreements" (
    "Id" uuid NOT NULL,
    "Reference" character varying(40) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Purpose" character varying(4000) NOT NULL,
    "DataDescribed" character varying(4000) NOT NULL,
    "LawfulBasis" character varying(40) NOT NULL,
    "SpecialCategoryConditions" character varying(2000),
    "ControllerRoles" character varying(1000) NOT NULL,
    "Dpia" character varying(40) NOT NULL,
    "Retention" character varying(2000) NOT NULL,
    "ContactEmail" character varying(256) NOT NULL,
    "Security" character varying(2000) NOT NULL,
    "StartDate" date NOT NULL,
    "ReviewDate" date NOT NULL,
    "Status" character varying(40) NOT NULL,
    "SignedCopyFileName" character varying(260),
    "SignedCopySizeBytes" bigint,
    "SignedCopy" bytea,
    "LastReviewReminderOn" date,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_SharingAgreements" PRIMARY KEY ("Id")
);

CREATE TABLE "SharingAgreementParties" (
    "AgreementId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    CONSTRAINT "PK_SharingAgreementParties" PRIMARY KEY ("AgreementId", "OrganisationId"),
    CONSTRAINT "FK_SharingAgreementParties_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingAgreementParties_SharingAgreements_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "SharingAgreements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceAgendaPapers" (
    "Id" uuid NOT NULL,
    "AgendaItemId" uuid NOT NULL,
    "Title" character varying(200) NOT NULL,
    "FileName" character varying(260) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "PageCount" integer NOT NULL,
    "Content" bytea NOT NULL,
    "AccessibleSummary" character varying(20000) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_GovernanceAgendaPapers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GovernanceAgendaPapers_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Documents_Slug" ON "Documents" ("Slug");

CREATE UNIQUE INDEX "IX_DocumentVersions_DocumentId_Number" ON "DocumentVersions" ("DocumentId", "Number");

CREATE INDEX "IX_GovernanceAgendaPapers_AgendaItemId" ON "GovernanceAgendaPapers" ("AgendaItemId");

CREATE INDEX "IX_SharingAgreementParties_OrganisationId" ON "SharingAgreementParties" ("OrganisationId");

CREATE UNIQUE INDEX "IX_SharingAgreements_Reference" ON "SharingAgreements" ("Reference");
