-- Schema version 15: search insight for the directory: how many searches there were per UK day by category, by
-- locality and for words that found nothing (aggregate counts only, nothing about who searched).
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "DirectorySearchCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DirectorySearchCounts" PRIMARY KEY AUTOINCREMENT,
    "Day" TEXT NOT NULL,
    "Dimension" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "Count" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_DirectorySearchCounts_Day_Dimension_Value" ON "DirectorySearchCounts" ("Day", "Dimension", "Value");
