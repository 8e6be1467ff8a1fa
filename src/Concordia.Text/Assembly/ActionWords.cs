using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Concordia.Text.Assembly;

/// <summary>
/// The words of undertakings as sorted ids, for telling the same undertaking reported twice: lower case, split at
/// spaces and , . ; -, only words longer than three letters; figures are the words with a digit. Ids are given per
/// document (one instance per <see cref="CommitmentAssembler"/> run), so comparing two undertakings merges two short
/// sorted arrays instead of hashing strings.
/// </summary>
internal sealed class ActionWords
{
    private readonly WordNumbers _ids;

    // Reused between calls: one instance serves one document.
    private readonly List<int> _words = [];
    private readonly List<int> _figures = [];

    /// <summary>For undertakings of <paramref name="chars"/> characters in all.</summary>
    public ActionWords(int chars = 256) => _ids = new WordNumbers(chars);

    public (int[] Words, int[] Figures) Of(string action)
    {
        var buffer = action.Length <= 512 ? stackalloc char[action.Length] : new char[action.Length];
        action.AsSpan().ToLowerInvariant(buffer);
        ReadOnlySpan<char> lower = buffer;
        _words.Clear();
        _figures.Clear();
        while (!lower.IsEmpty)
        {
            var end = lower.IndexOfAny(Separators);
            var word = end < 0 ? lower : lower[..end];
            lower = end < 0 ? [] : lower[(end + 1)..];
            if (word.Length <= 3) continue;
            var id = _ids.NumberOf(word);
            _words.Add(id);
            if (HasDigit(word)) _figures.Add(id);
        }
        return (SortedDistinct(_words), SortedDistinct(_figures));
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create(" ,.;-");

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        if (word.ContainsAnyInRange('0', '9')) return true;
        if (Ascii.IsValid(word)) return false;
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Shared words over all distinct words (Jaccard), 0 when either has none.</summary>
    public static double Similarity(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) (i, j, common) = (i + 1, j + 1, common + 1);
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        if (ids.Count == 0) return [];
        ids.Sort();
        var n = 0;
        for (var i = 0; i < ids.Count; i++)
            if (n == 0 || ids[i] != ids[n - 1]) ids[n++] = ids[i];
        return [.. CollectionsMarshal.AsSpan(ids)[..n]];
    }
}
