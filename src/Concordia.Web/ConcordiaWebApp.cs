using Concordia.Web.Infrastructure;
using Concordia.Web.Pages;
using Scalar.AspNetCore;

namespace Concordia.Web;

/// <summary>
/// The composition root: every service and endpoint of the product is wired here, for `concordia serve`,
/// for Program (dotnet run of the web project) and for the test hosts alike.
/// </summary>
public static class ConcordiaWebApp
{
    public static WebApplicationBuilder CreateBuilder(ConcordiaHostOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.WebHost.UseUrls(options.Urls);
        Configure(builder, options);
        return builder;
    }

    /// <summary>Registers the product's services on a builder made elsewhere (a test host's, for instance).</summary>
    public static void Configure(WebApplicationBuilder builder, ConcordiaHostOptions options)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Failed commands surface as exceptions; the migrator's probe for a missing history table is not an error.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddRazorPages();
        builder.Services.AddConcordiaServices(options, builder.Configuration);
    }

    /// <summary>Maps every endpoint; call after <see cref="InitializeAsync"/> or before running the app.</summary>
    public static WebApplication MapEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseConcordiaPortal();
        app.UseStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithTitle("Concordia API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapConcordiaApi();
        app.MapRazorPages();
        return app;
    }

    public static async Task<WebApplication> BuildAsync(ConcordiaHostOptions options, string[]? args = null, CancellationToken ct = default)
    {
        var app = CreateBuilder(options, args).Build();
        await InitializeAsync(app, ct);
        app.MapEndpoints();
        return app;
    }

    /// <summary>Migrates the database, loads the reference registry and, on a new database, the sample corpus.</summary>
    public static Task InitializeAsync(WebApplication app, CancellationToken ct = default) =>
        app.Services.InitializeConcordiaAsync(ct);
}
