CREATE TABLE "lint_reports" (
    "ArtifactId" INTEGER NOT NULL CONSTRAINT "PK_lint_reports" PRIMARY KEY,
    "Engine" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    CONSTRAINT "FK_lint_reports_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES "artifacts" ("Id") ON DELETE CASCADE
);
