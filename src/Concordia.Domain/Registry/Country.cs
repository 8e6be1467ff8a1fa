using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>An ISO 3166-1 state, named in English and Vietnamese.</summary>
public sealed class Country : Entity
{
    private Country()
    {
        NameEn = "";
        NameVi = "";
    }

    public CountryCode Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameVi { get; private set; }

    public static Result<Country> Create(string? code, string? nameEn, string? nameVi)
    {
        var parsed = CountryCode.Parse(code);
        var v = new Validator();
        if (!parsed.IsSuccess) v.Add(parsed.Error!.WithField("code"));
        v.RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120);
        return v.Then(() => new Country { Code = parsed.Value, NameEn = nameEn!.Trim(), NameVi = nameVi!.Trim() });
    }

    public Result<Country> Rename(string? nameEn, string? nameVi)
    {
        var v = new Validator().RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120);
        if (!v.IsValid) return v.Then(this);
        NameEn = nameEn!.Trim();
        NameVi = nameVi!.Trim();
        return this;
    }
}
