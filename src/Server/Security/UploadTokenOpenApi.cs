using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AbiPortal.Server.Security;

/// <summary>
/// Declares the bearer scheme in the OpenAPI document, and on each endpoint that carries an
/// <see cref="UploadTokenRequirement"/>, when this server requires upload tokens. A server with
/// open writes describes none: the document says what this server wants.
/// </summary>
internal static class UploadTokenOpenApi
{
    /// <summary>The security scheme's name under <c>components/securitySchemes</c>.</summary>
    public const string SchemeName = "UploadToken";

    /// <summary>Registers the operation transformer.</summary>
    public static OpenApiOptions AddUploadTokenScheme(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddOperationTransformer(TransformAsync);
    }

    private static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document
            || !context.ApplicationServices.GetRequiredService<UploadTokens>().Required
            || !context.Description.ActionDescriptor.EndpointMetadata.OfType<UploadTokenRequirement>().Any())
        {
            return Task.CompletedTask;
        }

        if (document.Components?.SecuritySchemes?.ContainsKey(SchemeName) != true)
        {
            document.AddComponent<IOpenApiSecurityScheme>(SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "One of the server's upload tokens (AbiPortal:UploadTokens). Writes only; reads are open.",
            });
        }

        // The requirement names the scheme by reference; Microsoft.OpenApi resolves it against the
        // document's components when writing (an unresolved reference would be dropped silently).
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        operation.Responses ??= [];
        operation.Responses[StatusCodes.Status401Unauthorized.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
            new OpenApiResponse { Description = "No upload token, or one this server does not accept (ProblemDetails)" };
        return Task.CompletedTask;
    }
}
