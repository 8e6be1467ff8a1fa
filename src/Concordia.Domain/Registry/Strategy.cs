using Concordia.Domain.Values;

namespace Concordia.Domain.Registry;

/// <summary>An adopted programme of a mechanism with a period and pillars (MJC Strategy 2024: 5 years, 3 pillars).</summary>
public sealed class Strategy : IdentifiedEntity
{
    private readonly List<Pillar> _pillars = [];

    private Strategy()
    {
        MechanismId = "";
        Name = "";
    }

    public string MechanismId { get; private set; }
    public string Name { get; private set; }
    public PartialDate? Adopted { get; private set; }
    public PartialDate? PeriodFrom { get; private set; }
    public PartialDate? PeriodTo { get; private set; }
    public Guid? AdoptedAtMeetingId { get; private set; }
    public IReadOnlyList<Pillar> Pillars => _pillars.OrderBy(p => p.Number).ToList();

    public static Result<Strategy> Create(string? mechanismId, string? name, PartialDate? periodFrom, PartialDate? periodTo,
        PartialDate? adopted = null, Guid? adoptedAtMeetingId = null)
    {
        var v = Validate(mechanismId, name, periodFrom, periodTo);
        return v.Then(() => new Strategy
        {
            MechanismId = mechanismId!, Name = name!.Trim(), PeriodFrom = periodFrom, PeriodTo = periodTo,
            Adopted = adopted, AdoptedAtMeetingId = adoptedAtMeetingId,
        });
    }

    public Result<Strategy> Update(string? name, PartialDate? periodFrom, PartialDate? periodTo, PartialDate? adopted)
    {
        var v = Validate(MechanismId, name, periodFrom, periodTo);
        if (!v.IsValid) return v.Then(this);
        Name = name!.Trim();
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Adopted = adopted;
        return this;
    }

    /// <summary>Appends a pillar, numbered from 1 in order of addition.</summary>
    public Result<Pillar> AddPillar(string? title, IEnumerable<string>? priorityAreaCodes = null)
    {
        var codes = priorityAreaCodes?.ToArray() ?? [];
        var v = new Validator().RequireText(title, "title", 300);
        foreach (var c in codes.Where(c => !Slug.IsValid(c))) v.Add(Slug.Invalid("priorityAreas", c));
        if (!v.IsValid) return v.Failure<Pillar>();
        var pillar = new Pillar(_pillars.Count + 1, title!.Trim(), codes);
        _pillars.Add(pillar);
        return pillar;
    }

    private static Validator Validate(string? mechanismId, string? name, PartialDate? from, PartialDate? to)
    {
        var v = new Validator();
        if (!Slug.IsValid(mechanismId)) v.Add(Slug.Invalid("mechanismId", mechanismId));
        return v.RequireText(name, "name", 300).Period(from, to, "periodTo");
    }
}

/// <summary>One pillar of a strategy, with the priority areas it covers.</summary>
public sealed class Pillar
{
    private string[] _priorityAreas = [];

    private Pillar() => Title = "";

    internal Pillar(int number, string title, string[] priorityAreas)
    {
        Number = number;
        Title = title;
        _priorityAreas = priorityAreas;
    }

    public int Number { get; private set; }
    public string Title { get; private set; }
    public IReadOnlyList<string> PriorityAreas => _priorityAreas;
}
