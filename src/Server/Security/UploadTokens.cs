using System.Security.Cryptography;
using System.Text;
using AbiPortal.Server.Hosting;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Security;

/// <summary>
/// The configured upload tokens (<see cref="PortalOptions.UploadTokens"/>), held only as SHA-256
/// hashes, and the one place that decides whether a presented token is one of them.
/// </summary>
public sealed partial class UploadTokens
{
    private readonly byte[][] hashes;
    private readonly ILogger<UploadTokens> logger;

    /// <summary>Hashes the non-blank configured tokens (trimmed, as HTTP trims header values).</summary>
    public UploadTokens(IOptions<PortalOptions> options, ILogger<UploadTokens> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        hashes = [.. options.Value.UploadTokens.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Hash(t.Trim()))];
        this.logger = logger;
    }

    /// <summary>True when writes need a token (at least one non-blank token is configured).</summary>
    public bool Required => hashes.Length > 0;

    /// <summary>Judges a presented token (null or blank: none was sent). Always accepted when no token is required.</summary>
    public UploadTokenVerdict Check(string? presented)
    {
        if (!Required)
        {
            return UploadTokenVerdict.Accepted;
        }

        if (string.IsNullOrWhiteSpace(presented))
        {
            return UploadTokenVerdict.Missing;
        }

        // Both sides are hashed first so the comparison runs over 32 bytes whatever the lengths,
        // and FixedTimeEquals takes the same time wherever the first difference is: the answer's
        // timing tells an attacker nothing about how much of a guess was right. Every configured
        // token is compared, so the timing does not say which one matched either.
        byte[] candidate = Hash(presented.Trim());
        bool accepted = false;
        foreach (byte[] hash in hashes)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(candidate, hash);
        }

        return accepted ? UploadTokenVerdict.Accepted : UploadTokenVerdict.Rejected;
    }

    /// <summary>Records a refused write: the method, the path and why, never the token.</summary>
    internal void LogRefused(HttpRequest request, UploadTokenVerdict verdict)
        => Refused(logger, request.Method, request.Path, verdict == UploadTokenVerdict.Missing ? "no upload token" : "upload token not accepted");

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: {Reason}")]
    private static partial void Refused(ILogger logger, string method, PathString path, string reason);
}
