using System.Globalization;
using System.Text;

namespace Concordia.Text.Duplicates;

/// <summary>
/// Flags near-duplicate documents across a corpus (one story from two outlets, a page saved twice) with MinHash
/// over word 5-grams: each document keeps a 64-number signature, so memory grows by 512 bytes a document.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const string RuleId = "xx.duplicate.minhash";
    private const int Hashes = 64;
    private const int Shingle = 5;

    private readonly List<(string Name, ulong[] Signature)> _documents = [];
    private readonly double _threshold;

    public NearDuplicateIndex(double threshold = 0.8) => _threshold = threshold;

    /// <summary>Adds a document; returns the earlier document it repeats (estimated Jaccard ≥ threshold) or null.</summary>
    public string? Add(string name, string text)
    {
        var signature = Signature(text);
        string? match = null;
        if (signature is not null)
        {
            foreach (var (other, sig) in _documents)
                if (Similarity(signature, sig) >= _threshold) { match = other; break; }
            _documents.Add((name, signature));
        }
        return match;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++) if (a[i] == b[i]) same++;
        return (double)same / Hashes;
    }

    /// <summary>
    /// The MinHash signature of a text (64 numbers), or null when it has fewer than five words; store it to compare
    /// documents across runs with <see cref="Similarity"/>.
    /// </summary>
    public static ulong[]? Signature(string text)
    {
        var words = Words(text);
        if (words.Count < Shingle) return null;
        var sig = new ulong[Hashes];
        Array.Fill(sig, ulong.MaxValue);
        var sb = new StringBuilder();
        for (var i = 0; i + Shingle <= words.Count; i++)
        {
            sb.Clear();
            for (var k = 0; k < Shingle; k++) sb.Append(words[i + k]).Append(' ');
            var h = Fnv1a(sb);
            for (var j = 0; j < Hashes; j++)
            {
                var v = Mix(h, (ulong)j);
                if (v < sig[j]) sig[j] = v;
            }
        }
        return sig;
    }

    private static ulong Fnv1a(StringBuilder sb)
    {
        var h = 14695981039346656037UL;
        foreach (var chunk in sb.GetChunks())
            foreach (var c in chunk.Span)
                h = (h ^ c) * 1099511628211UL;
        return h;
    }

    private static ulong Mix(ulong h, ulong seed)
    {
        var x = h ^ (seed * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
