using System.Globalization;
using Concordia.Application.Portal;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Concordia.Web.Pages;

/// <summary>The portal's services and middleware: read models, English and Vietnamese cultures, security headers.</summary>
public static class PortalSetup
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("en-GB"), new("vi-VN")];

    /// <summary>Pages may not load anything from elsewhere, nor run inline script: a document's own markup stays inert.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddConcordiaPortal(this IServiceCollection services)
    {
        services.AddPortalQueries();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = [.. Cultures];
            o.SupportedUICultures = [.. Cultures];
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // A host whose entry assembly is not this one (the CLI, a test runner) still finds the compiled pages.
        services.AddRazorPages().ConfigureApplicationPartManager(AddThisAssembly);
        return services;
    }

    public static WebApplication UseConcordiaPortal(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The API reference UI (/docs) ships its own inline bootstrap script; every other response gets the policy.
            if (!context.Request.Path.StartsWithSegments("/docs"))
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
            }

            await next(context);
        });
        app.UseRequestLocalization();
        return app;
    }

    private static void AddThisAssembly(ApplicationPartManager manager)
    {
        var assembly = typeof(PortalSetup).Assembly;
        if (manager.ApplicationParts.Any(p => p is AssemblyPart a && a.Assembly == assembly)) return;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            manager.ApplicationParts.Add(part);
    }
}
