-- Schema version 3: "Is this page useful?" answers, Contact the Trust drafts and messages, and staff notes on messages.
-- Generated from the model with 'schema-script postgres', then reviewed.
CREATE TABLE "ContactDrafts" (
    "Id" uuid NOT NULL,
    "Message" character varying(5000),
    "AboutPath" character varying(300),
    "Reply" character varying(20),
    "Name" character varying(200),
    "Email" character varying(254),
    "AgeBand" character varying(30),
    "AboutYouAnswered" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ContactDrafts" PRIMARY KEY ("Id")
);

CREATE TABLE "PageFeedback" (
    "Id" uuid NOT NULL,
    "Path" character varying(300) NOT NULL,
    "Useful" boolean,
    "TryingToDo" character varying(1200),
    "WentWrong" character varying(1200),
    "CreatedAt" timestamp with time zone NOT NULL,
    "CommentedAt" timestamp with time zone,
    "ScreeningStatus" character varying(20) NOT NULL,
    "ScreeningConcerns" character varying(500),
    CONSTRAINT "PK_PageFeedback" PRIMARY KEY ("Id")
);

CREATE TABLE "ContactMessages" (
    "Id" uuid NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "Message" character varying(5000) NOT NULL,
    "AboutPath" character varying(300),
    "Reply" character varying(20) NOT NULL,
    "Name" character varying(200),
    "Email" character varying(254),
    "AgeBand" character varying(30),
    "Status" character varying(20) NOT NULL,
    "AssignedToUserId" character varying(450),
    "ScreeningStatus" character varying(20) NOT NULL,
    "ScreeningConcerns" character varying(500),
    "UpdatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ContactMessages" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ContactMessages_AspNetUsers_AssignedToUserId" FOREIGN KEY ("AssignedToUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL
);

CREATE TABLE "ContactNotes" (
    "Id" uuid NOT NULL,
    "MessageId" uuid NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "AuthorUserId" character varying(450),
    "AuthorName" character varying(256) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Text" character varying(5000) NOT NULL,
    "OutboxMessageId" uuid,
    CONSTRAINT "PK_ContactNotes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ContactNotes_ContactMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "ContactMessages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ContactDrafts_UpdatedAt" ON "ContactDrafts" ("UpdatedAt");

CREATE INDEX "IX_ContactMessages_AssignedToUserId" ON "ContactMessages" ("AssignedToUserId");

CREATE INDEX "IX_ContactMessages_Status_ReceivedAt" ON "ContactMessages" ("Status", "ReceivedAt");

CREATE INDEX "IX_ContactNotes_MessageId" ON "ContactNotes" ("MessageId");

CREATE INDEX "IX_PageFeedback_CreatedAt" ON "PageFeedback" ("CreatedAt");

CREATE INDEX "IX_PageFeedback_Path_CreatedAt" ON "PageFeedback" ("Path", "CreatedAt");
