namespace AbiPortal.Server.Parsing;

/// <summary>A job a worker now holds.</summary>
/// <param name="ArtifactId">The artifact to parse.</param>
/// <param name="Attempts">Claims so far, this one included.</param>
/// <param name="Sha256">Its content hash (the stored file's name).</param>
/// <param name="FileName">The uploaded file name, recorded in the snapshot.</param>
/// <param name="WorkerId">Who holds it.</param>
public sealed record ParseClaim(long ArtifactId, int Attempts, string Sha256, string FileName, string WorkerId);
