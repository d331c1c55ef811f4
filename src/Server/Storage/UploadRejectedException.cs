namespace AbiPortal.Server.Storage;

/// <summary>An upload the store refuses (empty, unrecognised, too large); the API answers with a ProblemDetails.</summary>
public sealed class UploadRejectedException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    /// <summary>The HTTP status to answer with (400, or 413 for too large).</summary>
    public int StatusCode { get; } = statusCode;
}
