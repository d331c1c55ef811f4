CREATE TABLE lint_reports (
    "ArtifactId" bigint NOT NULL,
    "Engine" integer NOT NULL,
    "Json" text NOT NULL,
    CONSTRAINT "PK_lint_reports" PRIMARY KEY ("ArtifactId"),
    CONSTRAINT "FK_lint_reports_artifacts_ArtifactId" FOREIGN KEY ("ArtifactId") REFERENCES artifacts ("Id") ON DELETE CASCADE
);
