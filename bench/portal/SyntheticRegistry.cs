using System.Diagnostics;
using System.Globalization;
using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Documents;
using Concordia.Domain.Finance;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Registry;
using Concordia.Domain.Values;
using Concordia.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Bench.Portal;

/// <summary>
/// Writes a synthetic registry through the real storage: at scale 1, 1,000 mechanisms, 100,000 meetings (100 a
/// mechanism, in three series), 5,000 people, 20,000 commitments, 100,000 documents and 1,000,000 facts (10 a
/// document, one accepted as the source of a meeting). Also writes DB.urls.tsv, the pages the load runner asks for.
/// </summary>
public static class SyntheticRegistry
{
    private const int Chunk = 100;
    private static readonly string[] Countries = ["VN", "JP", "KH", "LA", "MM", "TH", "KR", "CN", "US", "IN", "AU", "ID", "MY", "PH", "SG", "BN", "NZ", "FR", "DE", "GB"];
    private static readonly string[] Areas = ["connectivity", "digital-transformation", "water-resources", "innovation"];
    private static readonly (MeetingKind Kind, int Count, int FirstYear, int Step)[] Series =
        [(MeetingKind.ForeignMinisters, 50, 1978, 1), (MeetingKind.Summit, 30, 1966, 2), (MeetingKind.SeniorOfficials, 20, 2007, 1)];

    public static async Task<int> FillAsync(string path, double scale)
    {
        var clock = Stopwatch.StartNew();
        await using var services = new ServiceCollection().AddLogging().AddConcordiaStorage(StorageOptions.ForSqlite(path)).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync();

        var random = new Random(20261123);
        var mechanisms = Enumerable.Range(1, (int)(1000 * scale)).Select(i => $"synthetic-{i:D4}").ToList();
        var people = await WriteAsync(services, Enumerable.Range(1, (int)(5000 * scale)).Select(i => Person(i, random)), p => p.Id);
        await WriteAsync(services, mechanisms.Select(id => Mechanism(id, random)), m => m.Id);
        var meetings = await WriteAsync(services, mechanisms.SelectMany(id => Meetings(id, people, random)), m => (m.Id, m.MechanismId!));
        await WriteAsync(services, meetings.Where((_, i) => i % 5 == 0).Select(m => Commitment(m.Id, m.Item2, random)), c => c.Id);
        var documents = await WriteAsync(services, meetings.Select((m, i) => Document(i, m.Id)), d => d.Id);
        Console.Error.WriteLine($"filled {path} in {clock.Elapsed.TotalSeconds:F0} s");

        await WriteUrlsAsync(path + ".urls.tsv", mechanisms, meetings.Select(m => m.Id).ToList(), documents, people, random);
        return 0;
    }

    /// <summary>Saves records in chunks through a fresh context each time, so the change tracker stays small (the version
    /// stamp looks up each owned row's owner among all tracked rows, which grows with the square of a chunk).</summary>
    private static async Task<List<TKey>> WriteAsync<T, TKey>(IServiceProvider services, IEnumerable<T> records, Func<T, TKey> key) where T : class
    {
        var keys = new List<TKey>();
        var saving = TimeSpan.Zero;
        foreach (var chunk in records.Chunk(Chunk))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var record in chunk)
            {
                if (record is Written w) db.AddRange(w.Entities);
                else db.Add(record);
                keys.Add(key(record));
            }

            var t0 = Stopwatch.GetTimestamp();
            await db.SaveChangesAsync();
            saving += Stopwatch.GetElapsedTime(t0);
        }

        Console.Error.WriteLine($"  {keys.Count,9:N0} {typeof(T).Name} ({saving.TotalSeconds:F1} s saving)");
        return keys;
    }

    private static Person Person(int i, Random random)
    {
        var person = Ok(Concordia.Domain.Registry.Person.Create($"Synthetic Person {i}", CountryCode.Of(Countries[random.Next(Countries.Length)])));
        Ok(person.AddRole("Minister of Foreign Affairs", PartialDate.OfYear(2000 + random.Next(25))));
        return person;
    }

    private static Mechanism Mechanism(string id, Random random)
    {
        var mechanism = Ok(Concordia.Domain.Registry.Mechanism.Create(id, $"Synthetic Cooperation {id[^4..]}", $"SC{id[^4..]}"));
        foreach (var code in Countries.OrderBy(_ => random.Next()).Take(6))
            Ok(mechanism.AddMembership(CountryCode.Of(code), PartialDate.OfYear(1990 + random.Next(30)), null));
        return mechanism;
    }

    private static IEnumerable<Meeting> Meetings(string mechanism, List<Guid> people, Random random)
    {
        foreach (var (kind, count, first, step) in Series)
            for (var n = 1; n <= count; n++)
            {
                var year = first + (n - 1) * step;
                var meeting = Ok(Meeting.Create(new MeetingDetails(mechanism, kind, n, PartialDate.OfDay(year, 1 + random.Next(12), 1 + random.Next(28)),
                    null, "Capital City", CountryCode.Of(Countries[random.Next(Countries.Length)]), null,
                    year > 2026 ? MeetingStatus.Planned : MeetingStatus.Held)));
                var chairs = new[] { people[random.Next(people.Count)], people[random.Next(people.Count)] }.Distinct().ToList();
                Ok(meeting.SetCoChairs(chairs, _ => true));
                yield return meeting;
            }
    }

    private static Commitment Commitment(Guid meeting, string mechanism, Random random) =>
        Ok(Concordia.Domain.FollowUp.Commitment.Create(new CommitmentDetails($"Undertake synthetic programme {random.Next(1_000_000)}",
            CommitmentKind.Agreed, mechanism, meeting, [], Areas[random.Next(Areas.Length)], PartialDate.OfYear(2015 + random.Next(15))),
            new DateOnly(2014, 1, 1)));

    /// <summary>A document reporting one meeting: ten facts, the first accepted and cited as the meeting's source.</summary>
    private static Written Document(int i, Guid meeting)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Synthetic statement {i}. The ministers met for the {i % 50 + 1}th meeting and reviewed cooperation on connectivity, water resources, " +
            $"digital transformation and human resources. They agreed to hold the next meeting in {2027 + i % 5}, welcomed contributions of " +
            $"USD {i % 90 + 10} million to the cooperation fund, and noted the progress of {i % 400 + 1} projects in the Mekong sub-region. ");
        var document = Ok(Concordia.Domain.Documents.Document.Create(text, "en", $"synthetic://{i}", PartialDate.OfYear(2000 + i % 26), $"Synthetic statement {i}"));
        var facts = Enumerable.Range(0, 10).Select(k => Ok(Fact.Create(document.Id, (FactKind)(k % 4), "{\"n\":" + k + "}",
            new Span(k * 20, 18), ["synthetic.rule"], 0.8))).ToList();
        Ok(facts[0].Accept("bench", DateTimeOffset.UnixEpoch, meeting));
        var source = Ok(RecordSource.FromFact(facts[0], RecordKind.Meeting, meeting));
        return new Written(document.Id, [document, .. facts, source]);
    }

    private static async Task WriteUrlsAsync(string path, List<string> mechanisms, List<Guid> meetings, List<Guid> documents, List<Guid> people, Random random)
    {
        var lines = new List<string> { "home\t/", "finance\t/finance", "review\t/review" };
        lines.AddRange(mechanisms.Select(m => $"mechanism\t/mechanisms/{m}"));
        lines.AddRange(mechanisms.Select(m => $"commitments\t/commitments?mechanism={m}"));
        lines.AddRange(Sample(meetings, 2000, random).Select(id => $"meeting\t/meetings/{id}"));
        lines.AddRange(Sample(documents, 2000, random).Select(id => $"document\t/documents/{id}"));
        lines.AddRange(Sample(people, 1000, random).Select(id => $"person\t/people/{id}"));
        lines.AddRange(Enumerable.Range(0, 500).Select(_ => random.Next(5) switch
        {
            0 => $"search\t/search?q=synthetic+statement+{random.Next(100_000)}",
            1 => $"search\t/search?q=synthetic+person+{random.Next(5_000)}",
            2 => "search\t/search?q=water+resources",
            3 => "search\t/search?q=mekong",
            _ => $"search\t/search?q=cooperation+{random.Next(1_000):D4}",
        }));
        // The worst case, apart: the last word only partly typed, a prefix of a word in nearly every record.
        lines.AddRange(new[] { "connect", "water+res", "synthetic+statem", "coop" }.Select(q => $"search-partial\t/search?q={q}"));
        await File.WriteAllLinesAsync(path, lines);
    }

    private static IEnumerable<T> Sample<T>(List<T> items, int count, Random random) => items.OrderBy(_ => random.Next()).Take(count);

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);

    /// <summary>Records written together: a document, its facts and the source one of them became.</summary>
    private sealed record Written(Guid Id, object[] Entities);
}
