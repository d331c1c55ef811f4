CREATE TABLE "artifacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_artifacts" PRIMARY KEY AUTOINCREMENT,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "DetectedFormat" TEXT NOT NULL,
    "Library" TEXT NULL,
    "Version" TEXT NULL,
    "Platform" TEXT NULL,
    "Channel" TEXT NULL,
    "PullRequest" INTEGER NULL,
    "Commit" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "ClaimedBy" TEXT NULL,
    "LeaseExpiresAt" INTEGER NULL,
    "UploadedAt" TEXT NOT NULL,
    "ParsedAt" TEXT NULL,
    "Error" TEXT NULL,
    "Format" TEXT NULL,
    "Arch" TEXT NULL,
    "Bits" INTEGER NULL,
    "Endian" TEXT NULL,
    "Kind" TEXT NULL,
    "IdentityName" TEXT NULL,
    "IdentityJson" TEXT NULL,
    "HasSymbolTable" INTEGER NULL,
    "ExportCount" INTEGER NOT NULL,
    "ImportCount" INTEGER NOT NULL,
    "DiagnosticCount" INTEGER NOT NULL,
    "ErrorCount" INTEGER NOT NULL,
    "MemberCount" INTEGER NOT NULL
);


CREATE TABLE "dependencies" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "RequiredVersions" TEXT NULL,
    "CurrentVersion" TEXT NULL,
    "CompatibilityVersion" TEXT NULL,
    "Member" TEXT NULL,
    CONSTRAINT "PK_dependencies" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_dependencies_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "diagnostics" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Severity" INTEGER NOT NULL,
    "Offset" INTEGER NULL,
    "Message" TEXT NOT NULL,
    "Member" TEXT NULL,
    CONSTRAINT "PK_diagnostics" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_diagnostics_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "exports" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "NameKey" TEXT NULL,
    "Demangled" TEXT NULL,
    "DemangledKey" TEXT NULL,
    "Version" TEXT NULL,
    "DefaultVersion" INTEGER NULL,
    "Kind" INTEGER NOT NULL,
    "Binding" INTEGER NULL,
    "Visibility" INTEGER NULL,
    "Address" INTEGER NULL,
    "Size" INTEGER NULL,
    "Ordinal" INTEGER NULL,
    "Forwarder" TEXT NULL,
    "Section" TEXT NULL,
    "Member" TEXT NULL,
    "InSymbolTable" INTEGER NULL,
    "Library" TEXT NULL,
    "ImportedName" TEXT NULL,
    "Flags" TEXT NULL,
    CONSTRAINT "PK_exports" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_exports_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "imports" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "Demangled" TEXT NULL,
    "Version" TEXT NULL,
    "Library" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "Binding" INTEGER NULL,
    "Ordinal" INTEGER NULL,
    "Hint" INTEGER NULL,
    "Member" TEXT NULL,
    "Flags" TEXT NULL,
    CONSTRAINT "PK_imports" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_imports_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "members" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Arch" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "ExportCount" INTEGER NOT NULL,
    "ImportCount" INTEGER NOT NULL,
    "DiagnosticCount" INTEGER NOT NULL,
    CONSTRAINT "PK_members" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_members_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "snapshots" (
    "ArtifactId" INTEGER NOT NULL CONSTRAINT "PK_snapshots" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    CONSTRAINT "FK_snapshots_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "version_nodes" (
    "ArtifactId" INTEGER NOT NULL,
    "Id" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "VersionIndex" INTEGER NOT NULL,
    "IsBase" INTEGER NOT NULL,
    "IsWeak" INTEGER NOT NULL,
    "Parents" TEXT NULL,
    "Member" TEXT NULL,
    CONSTRAINT "PK_version_nodes" PRIMARY KEY ("ArtifactId", "Id"),
    CONSTRAINT "FK_version_nodes_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_artifacts_Library_Id" ON "artifacts" ("Library", "Id");


CREATE UNIQUE INDEX "IX_artifacts_Sha256" ON "artifacts" ("Sha256");


CREATE INDEX "IX_artifacts_Status_Id" ON "artifacts" ("Status", "Id");


CREATE INDEX "IX_exports_DemangledKey" ON "exports" ("DemangledKey");


CREATE INDEX "IX_exports_NameKey" ON "exports" ("NameKey");


