using Concordia.Domain.Values;
using Concordia.Text.Model;

namespace Concordia.Text.Assembly;

/// <summary>Every money amount, with the words around it in its sentence as its subject.</summary>
internal static class AmountAssembler
{
    public static List<AmountFact> Assemble(Analysis a)
    {
        var list = new List<AmountFact>();
        foreach (var m in a.Money)
        {
            var sentence = a.Sentences[a.SentenceOf(m.Span.Start)];
            var window = Span.FromBounds(Math.Max(sentence.Start, m.Span.Start - 120), Math.Min(sentence.End, m.Span.End + 80));
            var subject = a.Slice(window);
            list.Add(new AmountFact(m.Value, subject, new FactSource([m.RuleId], a.ToOriginal(m.Span), 0.9)));
        }
        return list;
    }
}
