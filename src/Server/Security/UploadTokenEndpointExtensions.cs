namespace AbiPortal.Server.Security;

/// <summary>Marks write endpoints as needing an upload token (when any is configured).</summary>
public static class UploadTokenEndpointExtensions
{
    /// <summary>
    /// Adds the <see cref="UploadTokenRequirement"/> (default: bearer header only) as metadata and
    /// its <see cref="UploadTokenFilter"/>. Every write endpoint calls this; reads never do.
    /// </summary>
    public static RouteHandlerBuilder RequireUploadToken(this RouteHandlerBuilder builder, UploadTokenRequirement? requirement = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        requirement ??= UploadTokenRequirement.Bearer;
        return builder.WithMetadata(requirement).AddEndpointFilter(new UploadTokenFilter(requirement));
    }
}
