namespace AbiPortal.Client.Contracts;

/// <summary>What happened to an upload.</summary>
public enum UploadOutcome
{
    /// <summary>New bytes: stored and queued for parsing (HTTP 202).</summary>
    Created,

    /// <summary>The same bytes were uploaded before: the existing artifact (HTTP 200).</summary>
    Existing,

    /// <summary>Refused: empty, or no reader recognises the format (HTTP 400). Nothing is kept.</summary>
    Rejected,
}
