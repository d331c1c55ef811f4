ALTER TABLE exports ADD "SortName" text GENERATED ALWAYS AS (COALESCE("Demangled", "Name")) STORED;

CREATE INDEX "IX_exports_ArtifactId_SortName_Id" ON exports ("ArtifactId", "SortName", "Id");
