CREATE TABLE build_ids (
    "ArtifactId" bigint NOT NULL,
    "BuildId" character varying(128) NOT NULL,
    "IsDebugFile" boolean NOT NULL,
    "HasAbi" boolean NOT NULL,
    "DebugFileId" bigint,
    CONSTRAINT "PK_build_ids" PRIMARY KEY ("ArtifactId"),
    CONSTRAINT "FK_build_ids_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES artifacts ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_build_ids_artifacts_DebugFileId" FOREIGN KEY ("DebugFileId") REFERENCES artifacts ("Id") ON DELETE SET NULL
);


CREATE INDEX "IX_build_ids_BuildId" ON build_ids ("BuildId");


CREATE INDEX "IX_build_ids_DebugFileId" ON build_ids ("DebugFileId");
