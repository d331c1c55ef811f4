ALTER TABLE "exports" ADD "SortName" AS (COALESCE("Demangled", "Name"));

CREATE INDEX "IX_exports_ArtifactId_SortName_Id" ON "exports" ("ArtifactId", "SortName", "Id");
