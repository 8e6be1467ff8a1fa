using Concordia.Domain.Values;
using Concordia.Text.Model;

namespace Concordia.Text.Assembly;

/// <summary>Every money amount, with the sentence it stands in as its subject.</summary>
internal static class AmountAssembler
{
    public static List<AmountFact> Assemble(Analysis a)
    {
        var list = new List<AmountFact>();
        foreach (var m in a.Money)
        {
            var sentence = a.Sentences[a.SentenceOf(m.Span.Start)];
            var subject = a.Slice(sentence);
            if (subject.Length > 200) subject = subject[..200];
            list.Add(new AmountFact(m.Value, subject, new FactSource([m.RuleId], a.ToOriginal(m.Span), 0.9)));
        }
        return list;
    }
}
