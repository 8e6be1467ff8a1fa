using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.E2E.Infrastructure;
using Concordia.Web.Localization;
using Concordia.Web.Pages;

namespace Concordia.E2E;

/// <summary>Every string the pages localise has a Vietnamese translation (English strings are their own keys).</summary>
public sealed partial class InterfaceStringsTests
{
    [Fact]
    public void Pages_EveryLocalisedString_HasAVietnameseTranslation()
    {
        var pages = Path.Combine(RepositoryPaths.Root, "src", "Concordia.Web", "Pages");
        var keys = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => LocalisedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .Concat(EnumLabels())
            .Distinct()
            .ToList();
        var vietnamese = new ResourceManager(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly)
            .GetResourceSet(new CultureInfo("vi"), createIfNotExists: true, tryParents: false);

        Assert.NotNull(vietnamese);
        Assert.True(keys.Count > 50, $"only {keys.Count} keys found under {pages}");
        var missing = keys.Where(k => string.IsNullOrWhiteSpace(vietnamese.GetString(k))).ToList();
        Assert.True(missing.Count == 0, "no Vietnamese for: " + string.Join(" | ", missing));
    }

    private static IEnumerable<string> EnumLabels() =>
        Enum.GetValues<CommitmentStatus>().Select(Display.Status)
            .Concat(Enum.GetValues<CommitmentKind>().Select(Display.Kind))
            .Concat(Enum.GetValues<FlowType>().Select(Display.Kind))
            .Concat(Enum.GetValues<FactKind>().Select(Display.Kind))
            .Concat(Enum.GetValues<ReviewState>().Select(Display.State))
            .Concat(Enum.GetValues<MembershipKind>().Select(Display.Kind))
            .Concat(Enum.GetValues<MeetingStatus>().Select(s => s.ToString()))
            .Concat(new[] { "en", "vi" }.Select(Display.Language));

    /// <summary>L["..."] or L["...", args] in a Razor page; the key may hold C#-escaped quotes.</summary>
    [GeneratedRegex("""L\["((?:[^"\\]|\\.)*)"[,\]]""")]
    private static partial Regex LocalisedKey();
}
