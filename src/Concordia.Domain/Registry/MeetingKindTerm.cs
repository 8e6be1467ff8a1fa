namespace Concordia.Domain.Registry;

/// <summary>The English and Vietnamese labels of a meeting kind, from the shipped vocabulary.</summary>
public sealed class MeetingKindTerm : Entity
{
    private MeetingKindTerm()
    {
        NameEn = "";
        NameVi = "";
    }

    public MeetingKind Kind { get; private set; }
    public string Slug => Kind.ToSlug();
    public string NameEn { get; private set; }
    public string NameVi { get; private set; }

    public static Result<MeetingKindTerm> Create(string? slug, string? nameEn, string? nameVi)
    {
        var kind = MeetingKinds.Parse(slug);
        var v = new Validator();
        if (!kind.IsSuccess) v.Add(kind.Error!);
        v.RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120);
        return v.Then(() => new MeetingKindTerm { Kind = kind.Value, NameEn = nameEn!.Trim(), NameVi = nameVi!.Trim() });
    }

    public Result<MeetingKindTerm> Relabel(string? nameEn, string? nameVi)
    {
        var v = new Validator().RequireText(nameEn, "nameEn", 120).RequireText(nameVi, "nameVi", 120);
        if (!v.IsValid) return v.Failure<MeetingKindTerm>();
        NameEn = nameEn!.Trim();
        NameVi = nameVi!.Trim();
        return this;
    }
}
