namespace Concordia.Domain.Registry;

/// <summary>A controlled-vocabulary area of cooperation ("digital-transformation"), mapped to Sustainable Development Goals.</summary>
public sealed class PriorityArea : Entity
{
    private int[] _sdgs = [];

    private PriorityArea()
    {
        Code = "";
        NameEn = "";
        NameVi = "";
    }

    public string Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameVi { get; private set; }

    /// <summary>The SDG numbers (1–17) the area serves.</summary>
    public IReadOnlyList<int> Sdgs => _sdgs;

    public static Result<PriorityArea> Create(string? code, string? nameEn, string? nameVi, IEnumerable<int> sdgs)
    {
        var goals = sdgs.Distinct().Order().ToArray();
        var v = new Validator();
        if (!Slug.IsValid(code)) v.Add(Slug.Invalid("code", code));
        v.RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120)
            .Require(goals.All(g => g is >= 1 and <= 17), "sdgs", "sdg.range", "SDGs are numbered 1 to 17");
        return v.Then(() => new PriorityArea { Code = code!, NameEn = nameEn!.Trim(), NameVi = nameVi!.Trim(), _sdgs = goals });
    }

    public Result<PriorityArea> Update(string? nameEn, string? nameVi, IEnumerable<int> sdgs)
    {
        var goals = sdgs.Distinct().Order().ToArray();
        var v = new Validator().RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120)
            .Require(goals.All(g => g is >= 1 and <= 17), "sdgs", "sdg.range", "SDGs are numbered 1 to 17");
        if (!v.IsValid) return v.Failure<PriorityArea>();
        NameEn = nameEn!.Trim();
        NameVi = nameVi!.Trim();
        if (!goals.SequenceEqual(_sdgs)) _sdgs = goals;
        return this;
    }
}
