using Concordia.Application.Exports;
using Concordia.Application.Finance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Application.FollowUp;

/// <summary>Settings of follow-up, finance and exports: public address, editable rate tables, IATI publisher.</summary>
public sealed record FollowUpOptions
{
    public ExportOptions Export { get; init; } = new();

    /// <summary>A replacement for data/rates/units-per-usd.tsv; the shipped copy is used when null.</summary>
    public string? RatesPath { get; init; }

    /// <summary>A replacement for data/rates/fiscal-years.tsv; the shipped copy is used when null.</summary>
    public string? FiscalYearsPath { get; init; }

    /// <summary>
    /// Reads Concordia:PublicUrl, Concordia:Finance:RatesPath, Concordia:Finance:FiscalYearsPath,
    /// Concordia:Iati:PublisherRef and Concordia:Iati:PublisherName.
    /// </summary>
    public static FollowUpOptions FromConfiguration(IConfiguration configuration)
    {
        var c = configuration.GetSection("Concordia");
        var export = new ExportOptions();
        if (Uri.TryCreate(c["PublicUrl"], UriKind.Absolute, out var url)) export = export with { BaseUrl = WithSlash(url) };
        if (c["Iati:PublisherRef"] is { Length: > 0 } iatiRef) export = export with { Publisher = export.Publisher with { Ref = iatiRef } };
        if (c["Iati:PublisherName"] is { Length: > 0 } name) export = export with { Publisher = export.Publisher with { Name = name } };
        return new FollowUpOptions { Export = export, RatesPath = Blank(c["Finance:RatesPath"]), FiscalYearsPath = Blank(c["Finance:FiscalYearsPath"]) };
    }

    /// <summary>The valuation from the configured tables; a broken edited table stops start-up with its bad lines.</summary>
    public FlowValuation Valuation()
    {
        var rates = RatesPath is null ? CurrencyRates.Default : CurrencyRates.Load(RatesPath);
        var years = FiscalYearsPath is null ? FiscalYears.Default : FiscalYears.Load(FiscalYearsPath);
        if (!rates.IsSuccess || !years.IsSuccess)
            throw new InvalidOperationException("Invalid finance table: " + string.Join("; ", rates.Errors.Concat(years.Errors).Select(e => e.Message)));
        return new FlowValuation(rates.Value, years.Value);
    }

    public static Uri WithSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

public static class FollowUpRegistration
{
    /// <summary>Registers the follow-up, finance and export services (scoped, over <c>IConcordiaDb</c>) and their settings.</summary>
    public static IServiceCollection AddConcordiaFollowUp(this IServiceCollection services, FollowUpOptions? options = null)
    {
        options ??= new FollowUpOptions();
        services.AddSingleton(options);
        services.AddSingleton(options.Export);
        services.AddSingleton(_ => options.Valuation());
        services.AddScoped<FollowUpService>();
        services.AddScoped<FinanceService>();
        services.AddScoped<ExportService>();
        services.AddScoped<CommitmentImport>();
        return services;
    }
}
