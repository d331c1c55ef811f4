using System.Text.Json;

namespace AbiPortal.Server.Errors;

/// <summary>
/// What a request that failed because of what the client sent is answered with: a 4xx status,
/// a title and a detail the client can act on. The one place that decides which exceptions are
/// the client's fault; everything else is a 500 and stays one.
/// </summary>
/// <param name="Status">The HTTP status (400, 408, 413, ...).</param>
/// <param name="Title">The ProblemDetails title.</param>
/// <param name="Detail">What was wrong, in words the client can act on.</param>
internal sealed record RequestFailure(int Status, string Title, string Detail)
{
    /// <summary>
    /// The client's mistake behind <paramref name="exception"/>, or null for a server fault.
    /// <list type="bullet">
    /// <item><see cref="BadHttpRequestException"/>: Kestrel's own (body over the limit: 413; a
    /// body that ends early; a slow client: 408), a minimal API parameter that does not bind
    /// (<c>page=abc</c>; <c>ThrowOnBadRequest</c> is on in every environment), and the portal's
    /// own refusals (a query value a page cannot read, see <c>QueryValues</c>; a malformed multipart body).</item>
    /// <item><see cref="InvalidDataException"/>: the form readers' limits (a multipart section's
    /// headers over 16 KB, too many form values).</item>
    /// <item><see cref="JsonException"/>: a JSON body that does not parse or does not fit the contract.</item>
    /// <item>PostgreSQL's <c>22021</c> (character not in repertoire): text from the request with a
    /// NUL in it, which PostgreSQL cannot store (labels, file names and query strings are refused
    /// before that; this is for the names inside a snapshot sent to <c>/api/check</c>).</item>
    /// </list>
    /// Framework exceptions raised while reading a form arrive wrapped once in another type (the
    /// form binder's), so the inner exception is looked at too.
    /// </summary>
    public static RequestFailure? Of(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case BadHttpRequestException bad:
                    return new RequestFailure(bad.StatusCode, TitleOf(bad.StatusCode), bad.Message);
                case InvalidDataException invalid:
                    return new RequestFailure(StatusCodes.Status400BadRequest, TitleOf(StatusCodes.Status400BadRequest), $"The request body is malformed: {invalid.Message}");
                case JsonException json:
                    return new RequestFailure(StatusCodes.Status400BadRequest, TitleOf(StatusCodes.Status400BadRequest), $"The JSON body is not valid: {json.Message}");
                case Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire }:
                    // Text from the request PostgreSQL cannot store: a NUL inside a snapshot's names.
                    return new RequestFailure(StatusCodes.Status400BadRequest, TitleOf(StatusCodes.Status400BadRequest), "The request carries text the database cannot store (a NUL character).");
            }
        }

        return null;
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => "Request timeout",
        StatusCodes.Status413PayloadTooLarge => "Request too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "Request headers too large",
        _ => "Bad request",
    };
}
