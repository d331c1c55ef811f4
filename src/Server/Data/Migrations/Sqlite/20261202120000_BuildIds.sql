CREATE TABLE "build_ids" (
    "ArtifactId" INTEGER NOT NULL CONSTRAINT "PK_build_ids" PRIMARY KEY,
    "BuildId" TEXT NOT NULL,
    "IsDebugFile" INTEGER NOT NULL,
    "HasAbi" INTEGER NOT NULL,
    "DebugFileId" INTEGER NULL,
    CONSTRAINT "FK_build_ids_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_build_ids_artifacts_DebugFileId" FOREIGN KEY ("DebugFileId") REFERENCES "artifacts" ("Id") ON DELETE SET NULL
);


CREATE INDEX "IX_build_ids_BuildId" ON "build_ids" ("BuildId");


CREATE INDEX "IX_build_ids_DebugFileId" ON "build_ids" ("DebugFileId");
