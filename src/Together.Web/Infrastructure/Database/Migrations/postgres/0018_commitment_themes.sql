-- Schema version 18: a "we did" commitment names the themes of what people said (from a consultation's codebook)
-- that it answers. Links only: removing a theme or a commitment removes its links.
-- Generated from the model with 'schema-script postgres', then reviewed.

CREATE TABLE "CommitmentThemes" (
    "CommitmentId" uuid NOT NULL,
    "ThemeId" uuid NOT NULL,
    CONSTRAINT "PK_CommitmentThemes" PRIMARY KEY ("CommitmentId", "ThemeId"),
    CONSTRAINT "FK_CommitmentThemes_Commitments_CommitmentId" FOREIGN KEY ("CommitmentId") REFERENCES "Commitments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CommitmentThemes_ConsultationThemes_ThemeId" FOREIGN KEY ("ThemeId") REFERENCES "ConsultationThemes" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CommitmentThemes_ThemeId" ON "CommitmentThemes" ("ThemeId");
