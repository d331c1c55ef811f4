CREATE TABLE "diffs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_diffs" PRIMARY KEY AUTOINCREMENT,
    "BaseId" INTEGER NOT NULL,
    "HeadId" INTEGER NOT NULL,
    "Engine" INTEGER NOT NULL,
    "Verdict" TEXT NOT NULL,
    "ChangeCount" INTEGER NOT NULL,
    "OldEvidence" TEXT NULL,
    "NewEvidence" TEXT NULL,
    "Notes" TEXT NULL,
    "Pinned" INTEGER NOT NULL,
    "ComputedAt" TEXT NOT NULL,
    CONSTRAINT "FK_diffs_artifacts_BaseId" FOREIGN KEY ("BaseId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_diffs_artifacts_HeadId" FOREIGN KEY ("HeadId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "diff_changes" (
    "DiffId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Severity" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Member" TEXT NULL,
    "Symbol" TEXT NULL,
    "Demangled" TEXT NULL,
    "Version" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Detail" TEXT NULL,
    "Type" TEXT NULL,
    "Item" TEXT NULL,
    "ExportCount" INTEGER NULL,
    "Rationale" TEXT NULL,
    "SymbolCount" INTEGER NOT NULL,
    "Suppressed" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "PK_diff_changes" PRIMARY KEY ("DiffId", "Id"),
    CONSTRAINT "FK_diff_changes_diffs_DiffId" FOREIGN KEY ("DiffId") REFERENCES "diffs" ("Id") ON DELETE CASCADE
);


CREATE TABLE "diff_counts" (
    "DiffId" INTEGER NOT NULL,
    "Severity" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_diff_counts" PRIMARY KEY ("DiffId", "Severity", "Kind"),
    CONSTRAINT "FK_diff_counts_diffs_DiffId" FOREIGN KEY ("DiffId") REFERENCES "diffs" ("Id") ON DELETE CASCADE
);


CREATE TABLE "diff_symbols" (
    "DiffId" INTEGER NOT NULL,
    "ChangeId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Demangled" TEXT NULL,
    "Path" TEXT NULL,
    CONSTRAINT "PK_diff_symbols" PRIMARY KEY ("DiffId", "ChangeId", "Id"),
    CONSTRAINT "FK_diff_symbols_diffs_DiffId" FOREIGN KEY ("DiffId") REFERENCES "diffs" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_diff_changes_DiffId_Severity_Kind_Id" ON "diff_changes" ("DiffId", "Severity", "Kind", "Id");


CREATE UNIQUE INDEX "IX_diffs_BaseId_HeadId" ON "diffs" ("BaseId", "HeadId");


CREATE INDEX "IX_diffs_HeadId" ON "diffs" ("HeadId");
