using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Concordia.Text.Duplicates;

/// <summary>
/// Flags near-duplicate documents across a corpus (one story from two outlets, a page saved twice) with MinHash
/// over word 5-grams: each document keeps a 64-number signature (512 bytes). Candidates are found by locality-
/// sensitive hashing, not by comparing with every earlier document: the signature is cut into 16 bands of 4
/// numbers and only documents sharing a whole band are compared. Two documents 80 % alike share a band with
/// probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998, so adding stays near constant time however large the corpus grows.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const string RuleId = "xx.duplicate.minhash";
    public const int Hashes = 64;
    private const int Shingle = 5;
    private const int Bands = 16;
    private const int Rows = Hashes / Bands;

    private readonly List<(string Name, ulong[] Signature)> _documents = [];
    private readonly Dictionary<ulong, List<int>>[] _bands = Enumerable.Range(0, Bands).Select(_ => new Dictionary<ulong, List<int>>()).ToArray();
    private readonly double _threshold;

    public NearDuplicateIndex(double threshold = 0.8) => _threshold = threshold;

    public int Count => _documents.Count;

    /// <summary>Adds a document; returns the earliest earlier document it repeats (estimated Jaccard ≥ threshold) or null.</summary>
    public string? Add(string name, string text) => Add(name, Signature(text));

    /// <summary>Adds a document by a signature made earlier with <see cref="Signature"/> (null: too short to compare).</summary>
    public string? Add(string name, ulong[]? signature)
    {
        if (signature is null) return null;
        if (signature.Length != Hashes) throw new ArgumentException($"a signature has {Hashes} numbers", nameof(signature));
        var earliest = int.MaxValue;
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            keys[b] = BandKey(signature, b);
            if (!_bands[b].TryGetValue(keys[b], out var members)) continue;
            foreach (var i in members)
                if (i < earliest && Similarity(signature, _documents[i].Signature) >= _threshold) earliest = i;
        }

        var index = _documents.Count;
        _documents.Add((name, signature));
        for (var b = 0; b < Bands; b++)
        {
            if (!_bands[b].TryGetValue(keys[b], out var members)) _bands[b][keys[b]] = members = [];
            members.Add(index);
        }

        return earliest == int.MaxValue ? null : _documents[earliest].Name;
    }

    /// <summary>A signature as bytes for storage (little-endian), and back; null stays null.</summary>
    public static byte[]? ToBytes(ulong[]? signature)
    {
        if (signature is null) return null;
        var bytes = new byte[signature.Length * sizeof(ulong)];
        for (var i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), signature[i]);
        return bytes;
    }

    /// <summary>A stored signature; null when it is missing or not <see cref="Hashes"/> numbers long.</summary>
    public static ulong[]? FromBytes(byte[]? bytes)
    {
        if (bytes is not { Length: Hashes * sizeof(ulong) }) return null;
        var signature = new ulong[Hashes];
        for (var i = 0; i < Hashes; i++) signature[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        return signature;
    }

    private static ulong BandKey(ulong[] signature, int band)
    {
        var h = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++) h = Mix(h ^ signature[band * Rows + r], (ulong)band);
        return h;
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
