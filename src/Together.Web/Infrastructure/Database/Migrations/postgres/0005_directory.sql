-- Schema version 5: the directory of services (Open Referral UK, HSDS 3.0 UK profile): organisations, services,
-- locations, schedules, costs, languages, service areas, contacts, taxonomies, the change trail and places for distance search.
-- Generated from the model with 'schema-script postgres', then reviewed; the full-text search objects at the end are hand-written.
CREATE TABLE "DirectoryLocations" (
    "Id" uuid NOT NULL,
    "LocationType" character varying(20) NOT NULL,
    "Name" character varying(200),
    "Description" character varying(2000),
    "Latitude" double precision,
    "Longitude" double precision,
    "LastModified" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_DirectoryLocations" PRIMARY KEY ("Id")
);

CREATE TABLE "DirectoryMetadata" (
    "Id" uuid NOT NULL,
    "ResourceId" uuid NOT NULL,
    "ResourceType" character varying(50) NOT NULL,
    "LastActionDate" timestamp with time zone NOT NULL,
    "LastActionType" character varying(50) NOT NULL,
    "FieldName" character varying(100) NOT NULL,
    "PreviousValue" character varying(4000),
    "ReplacementValue" character varying(4000),
    "UpdatedBy" character varying(200) NOT NULL,
    CONSTRAINT "PK_DirectoryMetadata" PRIMARY KEY ("Id")
);

CREATE TABLE "DirectoryPlaces" (
    "Key" character varying(80) NOT NULL,
    "Display" character varying(80) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Latitude" double precision NOT NULL,
    "Longitude" double precision NOT NULL,
    "IsApproximate" boolean NOT NULL,
    "Source" character varying(50) NOT NULL,
    CONSTRAINT "PK_DirectoryPlaces" PRIMARY KEY ("Key")
);

CREATE TABLE "DirectoryTaxonomies" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "Uri" character varying(500),
    "Version" character varying(50),
    CONSTRAINT "PK_DirectoryTaxonomies" PRIMARY KEY ("Id")
);

CREATE TABLE "DirectoryAccessibility" (
    "Id" uuid NOT NULL,
    "LocationId" uuid NOT NULL,
    "Description" character varying(1000),
    "Details" character varying(1000),
    "Url" character varying(500),
    CONSTRAINT "PK_DirectoryAccessibility" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryAccessibility_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryAddresses" (
    "Id" uuid NOT NULL,
    "LocationId" uuid NOT NULL,
    "Attention" character varying(200),
    "Address1" character varying(200) NOT NULL,
    "Address2" character varying(200),
    "City" character varying(100) NOT NULL,
    "Region" character varying(100),
    "StateProvince" character varying(100) NOT NULL,
    "PostalCode" character varying(10) NOT NULL,
    "Country" character varying(2) NOT NULL,
    "AddressType" character varying(20) NOT NULL,
    CONSTRAINT "PK_DirectoryAddresses" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryAddresses_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryTaxonomyTerms" (
    "Id" uuid NOT NULL,
    "TaxonomyId" uuid NOT NULL,
    "ParentId" uuid,
    "Code" character varying(100) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "TermUri" character varying(500),
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_DirectoryTaxonomyTerms" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryTaxonomyTerms_DirectoryTaxonomies_TaxonomyId" FOREIGN KEY ("TaxonomyId") REFERENCES "DirectoryTaxonomies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryTaxonomyTerms_DirectoryTaxonomyTerms_ParentId" FOREIGN KEY ("ParentId") REFERENCES "DirectoryTaxonomyTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryOrganizations" (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" character varying(4000) NOT NULL,
    "Email" character varying(254),
    "Website" character varying(500),
    "OwnerOrganisationId" uuid,
    "LastModified" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_DirectoryOrganizations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryOrganizations_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryServices" (
    "Id" uuid NOT NULL,
    "OrganizationId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" character varying(4000) NOT NULL,
    "Url" character varying(500),
    "Email" character varying(254),
    "Status" character varying(30) NOT NULL,
    "Fees" character varying(1000),
    "Accreditations" character varying(1000),
    "MinimumAge" integer,
    "MaximumAge" integer,
    "EligibilityDescription" character varying(1000),
    "ApplicationProcess" character varying(2000),
    "SendSupport" character varying(1000),
    "DeliveredInPerson" boolean NOT NULL,
    "DeliveredOnline" boolean NOT NULL,
    "DeliveredByPhone" boolean NOT NULL,
    "Alert" character varying(1000),
    "AssuredDate" timestamp with time zone,
    "AssurerEmail" character varying(254),
    "LastModified" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_DirectoryServices" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryServices_DirectoryOrganizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "DirectoryOrganizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryAttributes" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "TaxonomyTermId" uuid NOT NULL,
    "Value" character varying(200),
    CONSTRAINT "PK_DirectoryAttributes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryAttributes_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DirectoryAttributes_DirectoryTaxonomyTerms_TaxonomyTermId" FOREIGN KEY ("TaxonomyTermId") REFERENCES "DirectoryTaxonomyTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DirectoryContacts" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "Name" character varying(200),
    "Title" character varying(200),
    "Department" character varying(200),
    "Email" character varying(254),
    CONSTRAINT "PK_DirectoryContacts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryContacts_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryCostOptions" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "Option" character varying(200),
    "Amount" double precision,
    "AmountDescription" character varying(500),
    "ValidFrom" timestamp with time zone,
    "ValidTo" timestamp with time zone,
    CONSTRAINT "PK_DirectoryCostOptions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryCostOptions_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryLanguages" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Code" character varying(10),
    "Note" character varying(200),
    CONSTRAINT "PK_DirectoryLanguages" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryLanguages_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryPhones" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "Number" character varying(30) NOT NULL,
    "Type" character varying(20),
    "Description" character varying(200),
    CONSTRAINT "PK_DirectoryPhones" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryPhones_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceAreas" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "AreaId" character varying(80),
    "Uri" character varying(500),
    CONSTRAINT "PK_DirectoryServiceAreas" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryServiceAreas_Areas_AreaId" FOREIGN KEY ("AreaId") REFERENCES "Areas" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryServiceAreas_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectoryServiceAtLocations" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid NOT NULL,
    "LocationId" uuid NOT NULL,
    "Description" character varying(1000),
    CONSTRAINT "PK_DirectoryServiceAtLocations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectoryServiceAtLocations_DirectoryLocations_LocationId" FOREIGN KEY ("LocationId") REFERENCES "DirectoryLocations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DirectoryServiceAtLocations_DirectoryServices_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "DirectoryServices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DirectorySchedules" (
    "Id" uuid NOT NULL,
    "ServiceId" uuid,
    "ServiceAtLocationId" uuid,
    "ValidFrom" timestamp with time zone,
    "ValidTo" timestamp with time zone,
    "DtStart" timestamp with time zone,
    "Frequency" character varying(10) NOT NULL,
    "Interval" integer,
    "ByDay" character varying(50),
    "ByMonthDay" character varying(50),
    "OpensAt" character varying(5),
    "ClosesAt" character varying(5),
    "Description" character varying(500),
    "Notes" character varying(500),
    "AttendingType" character varying(50),
    CONSTRAINT "PK_DirectorySchedules" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_DirectorySchedules_DirectoryServiceAtLocations_ServiceAtLoc~" FOREIGN KEY ("ServiceAtLocationId") REFERENCES "DirectoryServiceAtLocations" ("Id") ON DELETE CASCADE,
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
-- English stemming; the name weighs more (A) than the description (B). ServiceSearch uses exactly this expression.
CREATE INDEX "fts_directory_services" ON "DirectoryServices" USING GIN ((setweight(to_tsvector('english', "Name"), 'A') || setweight(to_tsvector('english', "Description"), 'B')));
