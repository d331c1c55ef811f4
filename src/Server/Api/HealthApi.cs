using AbiPortal.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Api;

/// <summary><c>/healthz</c>: up, and the database answers.</summary>
public static class HealthApi
{
    /// <summary>Maps the health check.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync).WithName("Health").WithTags("Health").WithSummary("Liveness and database reachability");
        return app;
    }

    internal static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> CheckAsync(PortalDbContext db, CancellationToken cancellationToken)
        => await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(new HealthStatus("ok", db.Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite"))
            : TypedResults.Problem("The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
