namespace AbiPortal.Client.Contracts;

/// <summary>Stores uploads (the JSON API and the UI's plain HTML form both go through this).</summary>
public interface IArtifactUploads
{
    /// <summary>
    /// True when this server takes uploads only with an upload token (its operators configured
    /// some): the upload form then asks for one. Storing through this interface needs none; the
    /// HTTP endpoints check it.
    /// </summary>
    bool RequiresToken { get; }

    /// <summary>
    /// True when this request may upload: no token is required, or it carries an accepted one (a
    /// bearer header, or the token the upload page keeps in the browser's cookie). The upload page
    /// shows the upload form then, and asks for the token otherwise.
    /// </summary>
    bool AcceptsUploadsFrom(Microsoft.AspNetCore.Http.HttpContext context);

    /// <summary>
    /// Streams <paramref name="content"/> to the content-addressed store, hashing as it goes, and
    /// queues new bytes for parsing. The same bytes again give the existing artifact.
    /// </summary>
    /// <param name="content">The file's bytes, read once, never buffered whole.</param>
    /// <param name="fileName">The client's file name (kept for display only).</param>
    /// <param name="labels">Labels for a new artifact (an existing one keeps its own).</param>
    /// <param name="cancellationToken">Aborts the upload; partial files are removed.</param>
    Task<UploadResult> UploadAsync(Stream content, string fileName, ArtifactLabels labels, CancellationToken cancellationToken);
}
