namespace Concordia.Domain.Values;

/// <summary>A half-open character range [Start, Start + Length) in a text.</summary>
public readonly record struct Span
{
    public Span(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }
    public int Length { get; }
    public int End => Start + Length;

    public static Span FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    public Span Union(Span other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"{Start}..{End}";
}
