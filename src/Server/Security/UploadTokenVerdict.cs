namespace AbiPortal.Server.Security;

/// <summary>What <see cref="UploadTokens.Check"/> made of a request's token.</summary>
public enum UploadTokenVerdict
{
    /// <summary>One of the configured tokens, or none is required.</summary>
    Accepted,

    /// <summary>A token is required and none was sent.</summary>
    Missing,

    /// <summary>A token was sent but is not one of the configured tokens.</summary>
    Rejected,
}
