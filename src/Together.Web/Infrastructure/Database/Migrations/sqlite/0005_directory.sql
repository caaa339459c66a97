-- Schema version 5: the directory of services (Open Referral UK, HSDS 3.0 UK profile): organisations, services,
-- locations, schedules, costs, languages, service areas, contacts, taxonomies, the change trail and places for distance search.
-- Generated from the model with 'schema-script sqlite', then reviewed; the full-text search objects at the end are hand-written.
CREATE TABLE "DirectoryLocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryLocations" PRIMARY KEY,
    "LocationType" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Description" TEXT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "LastModified" TEXT NOT NULL
);

CREATE TABLE "DirectoryMetadata" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryMetadata" PRIMARY KEY,
    "ResourceId" TEXT NOT NULL,
    "ResourceType" TEXT NOT NULL,
    "LastActionDate" TEXT NOT NULL,
    "LastActionType" TEXT NOT NULL,
    "FieldName" TEXT NOT NULL,
    "PreviousValue" TEXT NULL,
    "ReplacementValue" TEXT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE TABLE "DirectoryPlaces" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_DirectoryPlaces" PRIMARY KEY,
    "Display" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "IsApproximate" INTEGER NOT NULL,
    "Source" TEXT NOT NULL
);

CREATE TABLE "DirectoryTaxonomies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryTaxonomies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Uri" TEXT NULL,
    "Version" TEXT NULL
);

CREATE TABLE "DirectoryAccessibility" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryAccessibility" PRIMARY KEY,
    "LocationId" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Details" TEXT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_DirectoryAccessibility_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryAddresses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryAddresses" PRIMARY KEY,
    "LocationId" TEXT NOT NULL,
    "Attention" TEXT NULL,
    "Address1" TEXT NOT NULL,
    "Address2" TEXT NULL,
    "City" TEXT NOT NULL,
    "Region" TEXT NULL,
    "StateProvince" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "AddressType" TEXT NOT NULL,
    CONSTRAINT "FK_DirectoryAddresses_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryTaxonomyTerms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryTaxonomyTerms" PRIMARY KEY,
    "TaxonomyId" TEXT NOT NULL,
    "ParentId" TEXT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "TermUri" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_DirectoryTaxonomyTerms_DirectoryTaxonomies_TaxonomyId" FOREIGN KEY ("TaxonomyId") REFERENCES "DirectoryTaxonomies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryTaxonomyTerms_DirectoryTaxonomyTerms_ParentId" FOREIGN KEY ("ParentId") REFERENCES "DirectoryTaxonomyTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryOrganizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryOrganizations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Website" TEXT NULL,
    "OwnerOrganisationId" TEXT NULL,
    "LastModified" TEXT NOT NULL,
    CONSTRAINT "FK_DirectoryOrganizations_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryServices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryServices" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Email" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Fees" TEXT NULL,
    "Accreditations" TEXT NULL,
    "MinimumAge" INTEGER NULL,
    "MaximumAge" INTEGER NULL,
    "EligibilityDescription" TEXT NULL,
    "ApplicationProcess" TEXT NULL,
    "SendSupport" TEXT NULL,
    "DeliveredInPerson" INTEGER NOT NULL,
    "DeliveredOnline" INTEGER NOT NULL,
    "DeliveredByPhone" INTEGER NOT NULL,
    "Alert" TEXT NULL,
    "AssuredDate" TEXT NULL,
    "AssurerEmail" TEXT NULL,
    "LastModified" TEXT NOT NULL,
    CONSTRAINT "FK_DirectoryServices_DirectoryOrganizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "DirectoryOrganizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryAttributes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryAttributes" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "TaxonomyTermId" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "FK_DirectoryAttributes_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DirectoryAttributes_DirectoryTaxonomyTerms_TaxonomyTermId" FOREIGN KEY ("TaxonomyTermId") REFERENCES "DirectoryTaxonomyTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryContacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryContacts" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Title" TEXT NULL,
    "Department" TEXT NULL,
    "Email" TEXT NULL,
    CONSTRAINT "FK_DirectoryContacts_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryCostOptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryCostOptions" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Option" TEXT NULL,
    "Amount" REAL NULL,
    "AmountDescription" TEXT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    CONSTRAINT "FK_DirectoryCostOptions_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryLanguages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryLanguages" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Code" TEXT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_DirectoryLanguages_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryPhones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryPhones" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Type" TEXT NULL,
    "Description" TEXT NULL,
    CONSTRAINT "FK_DirectoryPhones_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceAreas" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryServiceAreas" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "AreaId" TEXT NULL,
    "Uri" TEXT NULL,
    CONSTRAINT "FK_DirectoryServiceAreas_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryServiceAreas_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceAtLocations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectoryServiceAtLocations" PRIMARY KEY,
    "ServiceId" TEXT NOT NULL,
    "LocationId" TEXT NOT NULL,
    "Description" TEXT NULL,
    CONSTRAINT "FK_DirectoryServiceAtLocations_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryServiceAtLocations_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectorySchedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DirectorySchedules" PRIMARY KEY,
    "ServiceId" TEXT NULL,
    "ServiceAtLocationId" TEXT NULL,
    "ValidFrom" TEXT NULL,
    "ValidTo" TEXT NULL,
    "DtStart" TEXT NULL,
    "Frequency" TEXT NOT NULL,
    "Interval" INTEGER NULL,
    "ByDay" TEXT NULL,
    "ByMonthDay" TEXT NULL,
    "OpensAt" TEXT NULL,
    "ClosesAt" TEXT NULL,
    "Description" TEXT NULL,
    "Notes" TEXT NULL,
    "AttendingType" TEXT NULL,
    CONSTRAINT "FK_DirectorySchedules_DirectoryServiceAtLocations_ServiceAtLocationId" FOREIGN KEY ("ServiceAtLocationId") REFERENCES "DirectoryServiceAtLocations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DirectorySchedules_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_DirectoryAccessibility_LocationId" ON "DirectoryAccessibility" ("LocationId");

CREATE INDEX "IX_DirectoryAddresses_LocationId" ON "DirectoryAddresses" ("LocationId");

CREATE INDEX "IX_DirectoryAttributes_ServiceId" ON "DirectoryAttributes" ("ServiceId");

CREATE INDEX "IX_DirectoryAttributes_TaxonomyTermId_ServiceId" ON "DirectoryAttributes" ("TaxonomyTermId", "ServiceId");

CREATE INDEX "IX_DirectoryContacts_ServiceId" ON "DirectoryContacts" ("ServiceId");

CREATE INDEX "IX_DirectoryCostOptions_ServiceId" ON "DirectoryCostOptions" ("ServiceId");

CREATE INDEX "IX_DirectoryLanguages_Code_ServiceId" ON "DirectoryLanguages" ("Code", "ServiceId");

CREATE INDEX "IX_DirectoryLanguages_ServiceId" ON "DirectoryLanguages" ("ServiceId");

CREATE INDEX "IX_DirectoryLocations_Latitude_Longitude" ON "DirectoryLocations" ("Latitude", "Longitude");

CREATE INDEX "IX_DirectoryMetadata_ResourceId_LastActionDate" ON "DirectoryMetadata" ("ResourceId", "LastActionDate");

CREATE INDEX "IX_DirectoryOrganizations_Name" ON "DirectoryOrganizations" ("Name");

CREATE INDEX "IX_DirectoryOrganizations_OwnerOrganisationId" ON "DirectoryOrganizations" ("OwnerOrganisationId");

CREATE INDEX "IX_DirectoryPhones_ServiceId" ON "DirectoryPhones" ("ServiceId");

CREATE INDEX "IX_DirectorySchedules_ServiceAtLocationId" ON "DirectorySchedules" ("ServiceAtLocationId");

CREATE INDEX "IX_DirectorySchedules_ServiceId" ON "DirectorySchedules" ("ServiceId");

CREATE INDEX "IX_DirectoryServiceAreas_AreaId" ON "DirectoryServiceAreas" ("AreaId");

CREATE INDEX "IX_DirectoryServiceAreas_ServiceId" ON "DirectoryServiceAreas" ("ServiceId");

CREATE INDEX "IX_DirectoryServiceAtLocations_LocationId" ON "DirectoryServiceAtLocations" ("LocationId");

CREATE UNIQUE INDEX "IX_DirectoryServiceAtLocations_ServiceId_LocationId" ON "DirectoryServiceAtLocations" ("ServiceId", "LocationId");

CREATE INDEX "IX_DirectoryServices_LastModified" ON "DirectoryServices" ("LastModified");

CREATE INDEX "IX_DirectoryServices_OrganizationId" ON "DirectoryServices" ("OrganizationId");

CREATE INDEX "IX_DirectoryServices_Status_Name" ON "DirectoryServices" ("Status", "Name");

CREATE INDEX "IX_DirectoryTaxonomyTerms_ParentId" ON "DirectoryTaxonomyTerms" ("ParentId");

CREATE UNIQUE INDEX "IX_DirectoryTaxonomyTerms_TaxonomyId_Code" ON "DirectoryTaxonomyTerms" ("TaxonomyId", "Code");

-- Full-text search (not modelled by EF; the schema drift test ignores names starting with "fts_").
-- An external-content FTS5 index over the services' names and descriptions with Porter stemming, kept in step by triggers.
CREATE VIRTUAL TABLE "fts_services" USING fts5("Name", "Description", content='DirectoryServices', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER "fts_services_ai" AFTER INSERT ON "DirectoryServices" BEGIN
    INSERT INTO "fts_services" (rowid, "Name", "Description") VALUES (new.rowid, new."Name", new."Description");
END;

CREATE TRIGGER "fts_services_ad" AFTER DELETE ON "DirectoryServices" BEGIN
    INSERT INTO "fts_services" ("fts_services", rowid, "Name", "Description") VALUES ('delete', old.rowid, old."Name", old."Description");
END;

CREATE TRIGGER "fts_services_au" AFTER UPDATE OF "Name", "Description" ON "DirectoryServices" BEGIN
    INSERT INTO "fts_services" ("fts_services", rowid, "Name", "Description") VALUES ('delete', old.rowid, old."Name", old."Description");
    INSERT INTO "fts_services" (rowid, "Name", "Description") VALUES (new.rowid, new."Name", new."Description");
END;
