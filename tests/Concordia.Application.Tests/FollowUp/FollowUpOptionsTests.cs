using Concordia.Application.FollowUp;
using Concordia.Domain.Values;
using Microsoft.Extensions.Configuration;

namespace Concordia.Application.Tests.FollowUp;

public sealed class FollowUpOptionsTests : IDisposable
{
    private readonly string _rates = Path.GetTempFileName();

    [Fact]
    public void FromConfiguration_PublicUrlEditedRatesAndPublisher_Applied()
    {
        File.WriteAllText(_rates, "# edited\ncurrency\tyear\tunits_per_usd\nJPY\t2023\t100\n");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Concordia:PublicUrl"] = "https://portal.example.org/concordia",
            ["Concordia:Finance:RatesPath"] = _rates,
            ["Concordia:Iati:PublisherRef"] = "XM-DAC-000",
        }).Build();

        var options = FollowUpOptions.FromConfiguration(config);

        Assert.Equal("https://portal.example.org/concordia/", options.Export.BaseUrl.ToString());
        Assert.Equal("XM-DAC-000", options.Export.Publisher.Ref);
        Assert.Equal(10m, options.Valuation().Rates.ToUsd(new Money(1000m, Currency.Jpy), 2023).Value);
    }

    [Fact]
    public void Valuation_BrokenEditedTable_ThrowsNamingTheLine()
    {
        File.WriteAllText(_rates, "currency\tyear\tunits_per_usd\nJPY\tlast year\t100\n");

        var e = Assert.Throws<InvalidOperationException>(() => new FollowUpOptions { RatesPath = _rates }.Valuation());

        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_rates);
}
