namespace AbiPortal.Server.Ui;

/// <summary>
/// A 303 See Other redirect: the answer to a form POST that a browser must follow with a GET
/// (RFC 9110 §15.4.4). The framework's redirect results give 301/302/307/308 only.
/// </summary>
internal sealed class SeeOtherResult(string location) : IResult
{
    /// <summary>Where the browser goes next (a local path).</summary>
    public string Location { get; } = location;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = Location;
        return Task.CompletedTask;
    }
}
