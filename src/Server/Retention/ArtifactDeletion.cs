namespace AbiPortal.Server.Retention;

/// <summary>What became of a request to delete one artifact.</summary>
public enum ArtifactDeletion
{
    /// <summary>The artifact, its rows and its file are gone.</summary>
    Deleted,

    /// <summary>There is no artifact with that id (perhaps another request deleted it first).</summary>
    NotFound,

    /// <summary>A worker is parsing it right now; deleting it would pull the rows out from under the worker.</summary>
    Parsing,
}
