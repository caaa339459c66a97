-- Schema version 17: meeting papers as PDFs with accessible summaries, confirmation of public items whose papers
-- look confidential, the documents library (versions, PDF and HTML alternative) and the register of information
-- sharing agreements.
-- Generated from the model with 'schema-script sqlite', then reviewed.
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmedAt" TEXT NULL;
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmedBy" TEXT NULL;
ALTER TABLE "GovernanceAgendaItems" ADD "PublicConfirmationReason" TEXT NULL;

CREATE TABLE "Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "DocumentVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DocumentVersions" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "PageCount" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    "HtmlAlternative" TEXT NOT NULL,
    "ChangeNote" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    CONSTRAINT "FK_DocumentVersions_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SharingAgreements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SharingAgreements" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "DataDescribed" TEXT NOT NULL,
    "LawfulBasis" TEXT NOT NULL,
    "SpecialCategoryConditions" TEXT NULL,
    "ControllerRoles" TEXT NOT NULL,
    "Dpia" TEXT NOT NULL,
    "Retention" TEXT NOT NULL,
    "ContactEmail" TEXT NOT NULL,
    "Security" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "ReviewDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SignedCopyFileName" TEXT NULL,
    "SignedCopySizeBytes" INTEGER NULL,
    "SignedCopy" BLOB NULL,
    "LastReviewReminderOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "SharingAgreementParties" (
    "AgreementId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "PK_SharingAgreementParties" PRIMARY KEY ("AgreementId", "OrganisationId"),
    CONSTRAINT "FK_SharingAgreementParties_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingAgreementParties_SharingAgreements_AgreementId" FOREIGN KEY ("AgreementId") REFERENCES "SharingAgreements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GovernanceAgendaPapers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GovernanceAgendaPapers" PRIMARY KEY,
    "AgendaItemId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "PageCount" INTEGER NOT NULL,
    "Content" BLOB NOT NULL,
    "AccessibleSummary" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_GovernanceAgendaPapers_GovernanceAgendaItems_AgendaItemId" FOREIGN KEY ("AgendaItemId") REFERENCES "GovernanceAgendaItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Documents_Slug" ON "Documents" ("Slug");

CREATE UNIQUE INDEX "IX_DocumentVersions_DocumentId_Number" ON "DocumentVersions" ("DocumentId", "Number");

CREATE INDEX "IX_GovernanceAgendaPapers_AgendaItemId" ON "GovernanceAgendaPapers" ("AgendaItemId");

CREATE INDEX "IX_SharingAgreementParties_OrganisationId" ON "SharingAgreementParties" ("OrganisationId");

CREATE UNIQUE INDEX "IX_SharingAgreements_Reference" ON "SharingAgreements" ("Reference");
