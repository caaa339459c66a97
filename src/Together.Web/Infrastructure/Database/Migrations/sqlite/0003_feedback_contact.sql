-- Schema version 3: "Is this page useful?" answers, Contact the Trust drafts and messages, and staff notes on messages.
-- Generated from the model with 'schema-script sqlite', then reviewed.
CREATE TABLE "ContactDrafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContactDrafts" PRIMARY KEY,
    "Message" TEXT NULL,
    "AboutPath" TEXT NULL,
    "Reply" TEXT NULL,
    "Name" TEXT NULL,
    "Email" TEXT NULL,
    "AgeBand" TEXT NULL,
    "AboutYouAnswered" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL
);

CREATE TABLE "PageFeedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PageFeedback" PRIMARY KEY,
    "Path" TEXT NOT NULL,
    "Useful" INTEGER NULL,
    "TryingToDo" TEXT NULL,
    "WentWrong" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CommentedAt" TEXT NULL,
    "ScreeningStatus" TEXT NOT NULL,
    "ScreeningConcerns" TEXT NULL
);

CREATE TABLE "ContactMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContactMessages" PRIMARY KEY,
    "ReceivedAt" TEXT NOT NULL,
    "Message" TEXT NOT NULL,
    "AboutPath" TEXT NULL,
    "Reply" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Email" TEXT NULL,
    "AgeBand" TEXT NULL,
    "Status" TEXT NOT NULL,
    "AssignedToUserId" TEXT NULL,
    "ScreeningStatus" TEXT NOT NULL,
    "ScreeningConcerns" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ContactMessages_AspNetUsers_AssignedToUserId" FOREIGN KEY ("AssignedToUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ContactNotes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContactNotes" PRIMARY KEY,
    "MessageId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "AuthorUserId" TEXT NULL,
    "AuthorName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "OutboxMessageId" TEXT NULL,
    CONSTRAINT "FK_ContactNotes_ContactMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "ContactMessages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ContactDrafts_UpdatedAt" ON "ContactDrafts" ("UpdatedAt");

CREATE INDEX "IX_ContactMessages_AssignedToUserId" ON "ContactMessages" ("AssignedToUserId");

CREATE INDEX "IX_ContactMessages_Status_ReceivedAt" ON "ContactMessages" ("Status", "ReceivedAt");

CREATE INDEX "IX_ContactNotes_MessageId" ON "ContactNotes" ("MessageId");

CREATE INDEX "IX_PageFeedback_CreatedAt" ON "PageFeedback" ("CreatedAt");

CREATE INDEX "IX_PageFeedback_Path_CreatedAt" ON "PageFeedback" ("Path", "CreatedAt");
