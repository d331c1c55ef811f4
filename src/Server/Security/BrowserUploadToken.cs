using Microsoft.AspNetCore.DataProtection;

namespace AbiPortal.Server.Security;

/// <summary>
/// The upload token of a person using the browser, kept in a cookie: a plain HTML form cannot send
/// an <c>Authorization</c> header, and a token field in the upload form itself arrives only after
/// the server has read the whole body. So the upload page asks for the token once, on a small form
/// of its own (<c>POST /ui/token</c>), and keeps it in this cookie; the upload endpoint's filter
/// reads the cookie, a header, before a byte of the body, and refuses without it.
/// The cookie is <c>HttpOnly</c> (no script reads it), <c>SameSite=Lax</c> (a cross-site POST
/// never carries it; the upload form also has its antiforgery token), <c>Secure</c> over HTTPS,
/// and holds the token encrypted and time-limited by ASP.NET Core Data Protection, never in clear.
/// </summary>
public sealed class BrowserUploadToken(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "abiportal-upload-token";

    /// <summary>How long a browser keeps an entered token before asking again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("AbiPortal.BrowserUploadToken").ToTimeLimitedDataProtector();

    /// <summary>The token in the request's cookie, or null (none, expired, or not one this server sealed).</summary>
    public string? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } sealedToken)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(sealedToken, out _);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired, tampered with, or sealed under keys this server does not have.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="token"/> in the browser.</summary>
    public void Write(HttpContext context, string token)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, protector.Protect(token, time.GetUtcNow() + Lifetime), Options(context));
    }

    /// <summary>Makes the browser forget the token.</summary>
    public void Clear(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(CookieName, Options(context));
    }

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = "/",
        MaxAge = Lifetime,
        IsEssential = true,
    };
}
