using Concordia.Text.Lexicons;

namespace Concordia.Text.Assembly;

/// <summary>
/// "promoting rural tourism" → "promote rural tourism", "stepping up" → "step up": the verb heading an undertaking in
/// its base form, as paraphrases write it (checked against the English lexicon).
/// </summary>
internal static class Gerunds
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "including", "according", "regarding", "concerning", "following", "during", "notwithstanding", "considering",
    };

    /// <summary>Only the head: the parts of a list after it keep the form that parallels the rest of the sentence.</summary>
    public static string BaseForm(string action)
    {
        var sp = action.IndexOf(' ');
        var head = sp < 0 ? action : action[..sp];
        var b = Base(head);
        return ReferenceEquals(b, head) ? action : b + action[head.Length..];
    }

    private static string Base(string word)
    {
        if (word.Length < 6 || !word.EndsWith("ing", StringComparison.Ordinal) || !word.All(char.IsLower) || Kept.Contains(word)) return word;
        var stem = word[..^3];
        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'e') && IsWord(stem[..^1])) return stem[..^1];
        if (IsWord(stem)) return stem;
        return IsWord(stem + "e") ? stem + "e" : word;
    }

    private static bool IsWord(string w) => RuleSet.Instance.Splitter.IsWord(w);
}
