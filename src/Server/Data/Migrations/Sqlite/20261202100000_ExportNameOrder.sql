CREATE INDEX "IX_exports_ArtifactId_Name_Id" ON "exports" ("ArtifactId", "Name", "Id");
