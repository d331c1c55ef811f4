using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Hosting;

/// <summary>
/// An endpoint's own request body limit, which routing hands to Kestrel before the endpoint runs
/// (<see cref="IRequestSizeLimitMetadata"/>): past it Kestrel stops reading and the answer is 413,
/// with or without a Content-Length. Kestrel's server-wide limit stays small
/// (<see cref="DefaultBytes"/>); only the upload endpoints raise theirs to the upload limit.
/// </summary>
public sealed class RequestBodyLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    /// <summary>Every endpoint without its own limit (forms, JSON): 1 MiB.</summary>
    public const long DefaultBytes = 1024 * 1024;

    /// <summary>Room for the multipart framing and label fields around an upload's file.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    /// <inheritdoc />
    public long? MaxRequestBodySize { get; } = maxBytes;

    /// <summary>The body limit of an upload endpoint: the configured upload limit plus the form around the file.</summary>
    public static long ForUploads(IEndpointRouteBuilder app)
        => app.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value.UploadLimitBytes + FormOverheadBytes;
}
