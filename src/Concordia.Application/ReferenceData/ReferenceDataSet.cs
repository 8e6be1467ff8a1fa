using System.Globalization;
using System.Reflection;
using Concordia.Domain;
using Concordia.Domain.Values;

namespace Concordia.Application.ReferenceData;

public sealed record CountryRow(string Code, string NameEn, string NameVi);

public sealed record MechanismRow(string Id, string Name, string ShortName, IReadOnlyList<CountryCode> Members, string? Notes);

/// <summary>When a country joined a mechanism.</summary>
public sealed record MembershipDateRow(string MechanismId, CountryCode Country, PartialDate Since);

public sealed record MeetingKindRow(string Slug, string NameEn, string NameVi);

public sealed record PriorityAreaRow(string Code, string NameEn, string NameVi, IReadOnlyList<int> Sdgs);

/// <summary>The shipped reference registry (data/reference/*.tsv), parsed but not yet validated as entities.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<CountryRow> Countries,
    IReadOnlyList<MechanismRow> Mechanisms,
    IReadOnlyList<MeetingKindRow> MeetingKinds,
    IReadOnlyList<PriorityAreaRow> PriorityAreas,
    IReadOnlyList<MembershipDateRow> MembershipDates)
{
    public const string CountriesFile = "countries.tsv";
    public const string MechanismsFile = "mechanisms.tsv";
    public const string MeetingKindsFile = "meeting-kinds.tsv";
    public const string PriorityAreasFile = "priority-areas.tsv";
    public const string MembershipDatesFile = "membership-dates.tsv";

    /// <summary>The date a country joined a mechanism, when the files give one.</summary>
    public PartialDate? SinceOf(string mechanismId, CountryCode country) =>
        MembershipDates.FirstOrDefault(d => d.MechanismId == mechanismId && d.Country == country)?.Since;

    /// <summary>The copy embedded in this assembly at build time, so no data folder is needed at run time.</summary>
    public static Result<ReferenceDataSet> Embedded() => Parse(name =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("reference/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Reads the four files from a folder (a data/reference checkout, for editing without rebuilding).</summary>
    public static Result<ReferenceDataSet> FromDirectory(string directory) => Parse(name =>
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    });

    /// <summary>Parses the files that <paramref name="read"/> returns by name (null when a file is missing).</summary>
    public static Result<ReferenceDataSet> Parse(Func<string, string?> read)
    {
        var errors = new List<Error>();
        var countries = Rows(read, CountriesFile, 3, errors, r => new CountryRow(r[0], r[1], r[2]));
        var mechanisms = Rows(read, MechanismsFile, 4, errors, r => Mechanism(r, errors));
        var kinds = Rows(read, MeetingKindsFile, 3, errors, r => new MeetingKindRow(r[0], r[1], r[2]));
        var areas = Rows(read, PriorityAreasFile, 4, errors, r => Area(r, errors));
        var dates = Rows(read, MembershipDatesFile, 3, errors, r => Since(r, errors));
        return errors.Count > 0
            ? Result<ReferenceDataSet>.Fail(errors)
            : new ReferenceDataSet(countries!, mechanisms!.OfType<MechanismRow>().ToList(), kinds!, areas!.OfType<PriorityAreaRow>().ToList(),
                dates!.OfType<MembershipDateRow>().ToList());
    }

    private static List<T>? Rows<T>(Func<string, string?> read, string file, int minColumns, List<Error> errors, Func<string[], T> map)
    {
        var text = read(file);
        if (text is null)
        {
            errors.Add(new Error("reference.missing", $"{file} was not found", file));
            return null;
        }

        var rows = new List<T>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = lines[i].Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Length < minColumns)
                errors.Add(new Error("reference.columns", $"{file} line {i + 1} has {cells.Length} columns, needs {minColumns}", $"{file}:{i + 1}"));
            else rows.Add(map(cells));
        }

        return rows;
    }

    private static MechanismRow? Mechanism(string[] r, List<Error> errors)
    {
        var members = new List<CountryCode>();
        foreach (var code in r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parsed = CountryCode.Parse(code);
            if (parsed.IsSuccess) members.Add(parsed.Value);
            else errors.Add(parsed.Error!.WithField($"{MechanismsFile}:{r[0]}"));
        }

        return new MechanismRow(r[0], r[1], r[2], members, r.Length > 4 && r[4].Length > 0 ? r[4] : null);
    }

    private static MembershipDateRow? Since(string[] r, List<Error> errors)
    {
        var country = CountryCode.Parse(r[1]);
        var since = PartialDate.Parse(r[2]);
        var field = $"{MembershipDatesFile}:{r[0]}/{r[1]}";
        if (!country.IsSuccess) errors.Add(country.Error!.WithField(field));
        if (!since.IsSuccess) errors.Add(since.Error!.WithField(field));
        return country.IsSuccess && since.IsSuccess ? new MembershipDateRow(r[0], country.Value, since.Value) : null;
    }

    private static PriorityAreaRow? Area(string[] r, List<Error> errors)
    {
        var sdgs = new List<int>();
        foreach (var goal in r[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) sdgs.Add(n);
            else errors.Add(new Error("reference.sdg", $"'{goal}' is not an SDG number", $"{PriorityAreasFile}:{r[0]}"));
        }

        return new PriorityAreaRow(r[0], r[1], r[2], sdgs);
    }
}
