using AbiPortal.Client.Contracts;
using AbiPortal.Server.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace AbiPortal.Server.Uploads;

/// <summary>
/// Reads a multipart upload section by section: the <c>file</c> part streams into the store's
/// <c>tmp/</c> (hashed as it goes, never buffered whole, not even in a temp file of ASP.NET's),
/// the small label fields are read as text. Nothing reaches the store itself: the caller commits
/// <see cref="File"/> once it has judged the labels, and disposing the form drops the file.
/// A body that is not well-formed multipart (no closing boundary, cut short, another boundary,
/// empty, section headers over 16 KB) is the client's mistake: 400, never a 500.
/// </summary>
internal sealed class UploadForm : IAsyncDisposable
{
    /// <summary>The form field ASP.NET Core's antiforgery puts in the page's forms.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The label fields (and a check's <c>against</c>, the upload page's antiforgery token), by form name.</summary>
    private static readonly string[] TextFields = ["library", "version", "platform", "channel", "pr", "commit", "against", AntiforgeryField];

    /// <summary>The received file, not yet committed to the store.</summary>
    public PendingBlob? File { get; private set; }

    public string FileName { get; private set; } = "upload";

    public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the request. <paramref name="beforeFile"/>, when given, runs when the file section
    /// starts, before a byte of it is read (the upload page checks its antiforgery token there).
    /// Throws <see cref="UploadRejectedException"/> for a form without a file or a refused file,
    /// and <see cref="BadHttpRequestException"/> (400) for a malformed body.
    /// </summary>
    public static async Task<UploadForm> ReadAsync(HttpRequest request, ArtifactStore store, Func<UploadForm, Task>? beforeFile, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UploadRejectedException("Send multipart/form-data with the binary in a field named 'file'.");
        }

        // No per-section cap here: the store enforces the upload limit while streaming. Section
        // headers keep MultipartReader's own limits (16 KB, 16 headers).
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var form = new UploadForm();
        try
        {
            MultipartSection? section;
            while ((section = await ClientBodyStream.TranslateAsync(() => reader.ReadNextSectionAsync(cancellationToken))) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    throw new UploadRejectedException("A form section has no Content-Disposition.");
                }

                string name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (name == "file")
                {
                    if (form.File is not null)
                    {
                        throw new UploadRejectedException("Send one file per upload.");
                    }

                    string? fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    if (LabelRules.ValidateFileName(fileName) is { } problem)
                    {
                        throw new UploadRejectedException(problem);
                    }

                    if (!string.IsNullOrWhiteSpace(fileName))
                    {
                        form.FileName = fileName;
                    }

                    // Labels sent before the file (the upload page's order; curl's when given
                    // first) are judged before a byte of it is read; later ones before it is kept.
                    if (LabelRules.Validate(form.Labels()) is { } labelProblem)
                    {
                        throw new UploadRejectedException(labelProblem);
                    }

                    if (beforeFile is not null)
                    {
                        await beforeFile(form);
                    }

                    form.File = await store.ReceiveAsync(new ClientBodyStream(section.Body), cancellationToken);
                }
                else if (TextFields.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    form.Fields[name] = await ReadFieldAsync(new ClientBodyStream(section.Body), name, cancellationToken);
                }
            }

            if (form.File is null)
            {
                throw new UploadRejectedException("The form has no 'file' field.");
            }

            return form;
        }
        catch
        {
            await form.DisposeAsync();
            throw;
        }
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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            await File.DisposeAsync();
        }
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        // Labels are short; read one character past the limit so LabelRules can refuse long ones
        // without this reading an unbounded field into memory. (The antiforgery token is shorter.)
        using var text = new StreamReader(body);
        char[] buffer = new char[LabelRules.MaxLength + 1];
        int length = await text.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (length > LabelRules.MaxLength)
        {
            throw new UploadRejectedException($"{name} must be at most {LabelRules.MaxLength} characters.");
        }

        return new string(buffer, 0, length);
    }
}
