using AbiPortal.Client.Contracts;
using AbiPortal.Server.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AbiPortal.Server.Api;

/// <summary>
/// Reads a multipart upload section by section: the <c>file</c> part streams straight into the
/// store (hashing as it goes, never buffered whole, not even in a temp file of ASP.NET's), the
/// small label fields are read as text.
/// </summary>
internal sealed class UploadForm
{
    /// <summary>The label fields (and a check's <c>against</c>), by form name.</summary>
    private static readonly string[] LabelFields = ["library", "version", "platform", "channel", "pr", "commit", "against"];

    public StoredBlob? Blob { get; private set; }

    public string FileName { get; private set; } = "upload";

    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the request; throws <see cref="UploadRejectedException"/> for a malformed form or refused file.</summary>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, ArtifactStore store, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UploadRejectedException("Send multipart/form-data with the binary in a field named 'file'.");
        }

        // No per-section cap here: the store enforces the upload limit while streaming.
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var form = new UploadForm();
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                throw new UploadRejectedException("A form section has no Content-Disposition.");
            }

            string name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
            if (name == "file")
            {
                if (form.Blob is not null)
                {
                    throw new UploadRejectedException("Send one file per upload.");
                }

                form.Blob = await store.StoreAsync(section.Body, cancellationToken);
                string? fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (!string.IsNullOrWhiteSpace(fileName))
                {
                    form.FileName = fileName;
                }
            }
            else if (LabelFields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                form.Fields[name] = await ReadFieldAsync(section.Body, name, cancellationToken);
            }
        }

        if (form.Blob is null)
        {
            throw new UploadRejectedException("The form has no 'file' field.");
        }

        return form;
    }

    /// <summary>The labels, or an exception naming the bad field.</summary>
    public ArtifactLabels Labels()
    {
        int? pr = null;
        if (Fields.TryGetValue("pr", out var prText) && !string.IsNullOrWhiteSpace(prText))
        {
            pr = int.TryParse(prText.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number)
                ? number
                : throw new UploadRejectedException("pr must be a pull-request number.");
        }

        return new ArtifactLabels(Fields.GetValueOrDefault("library"), Fields.GetValueOrDefault("version"), Fields.GetValueOrDefault("platform"), Fields.GetValueOrDefault("channel"), pr, Fields.GetValueOrDefault("commit"));
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        // Labels are short; read one character past the limit so LabelRules can refuse long ones
        // without this reading an unbounded field into memory.
        using var text = new StreamReader(body);
        char[] buffer = new char[Uploads.LabelRules.MaxLength + 1];
        int length = await text.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > Uploads.LabelRules.MaxLength)
        {
            throw new UploadRejectedException($"{name} must be at most {Uploads.LabelRules.MaxLength} characters.");
        }

        return new string(buffer, 0, length);
    }
}
