using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AbiPortal.Client.Contracts;

/// <summary>
/// Numbers from a query string, as the pages read them. Pages take their query values as text and
/// parse them here, because a typed <c>[SupplyParameterFromQuery]</c> throws an
/// <see cref="InvalidOperationException"/> for <c>page=abc</c>, which no handler can tell from a
/// bug. A value that is not a number throws <see cref="BadHttpRequestException"/> (400), the same
/// exception the JSON API's parameter binding throws, so one exception handler answers both: a
/// ProblemDetails on the API, the portal's error page in the UI.
/// </summary>
public static class QueryValues
{
    /// <summary>The whole number in <paramref name="text"/> (blank: null), or a 400 naming the parameter.</summary>
    public static int? Int32(string? text, string name)
        => string.IsNullOrWhiteSpace(text) ? null
            : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value
            : throw NotANumber(name, text);

    /// <summary>The whole number in <paramref name="text"/> (blank: null), or a 400 naming the parameter.</summary>
    public static long? Int64(string? text, string name)
        => string.IsNullOrWhiteSpace(text) ? null
            : long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value
            : throw NotANumber(name, text);

    /// <summary>The 400 for a query value a page cannot use (a word that names nothing), to be thrown.</summary>
    public static BadHttpRequestException Invalid(string problem) => new(problem, StatusCodes.Status400BadRequest);

    private static BadHttpRequestException NotANumber(string name, string text)
        => new($"{name} must be a whole number, not '{(text.Length > 40 ? text[..40] + "…" : text)}'.", StatusCodes.Status400BadRequest);
}
