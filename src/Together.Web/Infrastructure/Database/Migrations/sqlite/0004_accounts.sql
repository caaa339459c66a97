-- Schema version 4: invitations to create an account, and when each person last signed in.
-- Generated from the model with 'schema-script sqlite', then reviewed.
ALTER TABLE "AspNetUsers" ADD COLUMN "LastSignInAt" TEXT NULL;

CREATE TABLE "Invitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Roles" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "ExpiresAt" TEXT NULL,
    "TokenHash" TEXT NULL,
    "AcceptedAt" TEXT NULL,
    "AcceptedUserId" TEXT NULL,
    CONSTRAINT "FK_Invitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE SET NULL
);


CREATE INDEX "IX_Invitations_Email" ON "Invitations" ("Email");

CREATE INDEX "IX_Invitations_OrganisationId" ON "Invitations" ("OrganisationId");

CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
