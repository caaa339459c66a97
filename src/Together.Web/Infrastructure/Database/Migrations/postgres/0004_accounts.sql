-- Schema version 4: invitations to create an account, and when each person last signed in.
-- Generated from the model with 'schema-script postgres', then reviewed.
ALTER TABLE "AspNetUsers" ADD COLUMN "LastSignInAt" timestamp with time zone;

CREATE TABLE "Invitations" (
    "Id" uuid NOT NULL,
    "Email" character varying(256) NOT NULL,
    "DisplayName" character varying(200) NOT NULL,
    "OrganisationId" uuid,
    "Roles" character varying(400) NOT NULL,
    "InvitedById" character varying(450) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "SentAt" timestamp with time zone,
    "ExpiresAt" timestamp with time zone,
    "TokenHash" character varying(64),
    "AcceptedAt" timestamp with time zone,
    "AcceptedUserId" character varying(450),
    CONSTRAINT "PK_Invitations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Invitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);


CREATE INDEX "IX_Invitations_Email" ON "Invitations" ("Email");

CREATE INDEX "IX_Invitations_OrganisationId" ON "Invitations" ("OrganisationId");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
