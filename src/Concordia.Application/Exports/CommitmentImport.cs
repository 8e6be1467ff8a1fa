using Concordia.Application.Abstractions;
using Concordia.Application.FollowUp;
using Concordia.Domain;
using Concordia.Domain.FollowUp;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Exports;

/// <summary>What an import did: rows read, rows skipped as already present, every bad row by file and line.</summary>
public sealed record ImportReport(int Commitments, int StatusChanges, int AlreadyPresent, IReadOnlyList<RowError> Errors, bool DryRun, bool Applied);

/// <summary>
/// Imports commitments in the export's own CSV format (commitments.csv, and optionally status-history.csv), keeping
/// their ids so that an export imported elsewhere yields the same records. Commitments whose id is already stored are
/// left alone. All or nothing: any bad row, or a dry run, saves nothing.
/// </summary>
public sealed class CommitmentImport(IConcordiaDb db)
{
    public async Task<ImportReport> ImportAsync(TextReader commitmentsCsv, TextReader? historyCsv, bool dryRun, CancellationToken ct = default)
    {
        var rows = Table<CommitmentRow>.ReadCsvLines(commitmentsCsv);
        var stored = (await db.Commitments.Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var known = await KnownKeysAsync(ct);
        var errors = rows.Where(r => r.Error is not null).Select(r => new RowError(r.Line, r.Error!, CommitmentsFile)).ToList();
        var created = new Dictionary<Guid, Commitment>();
        var present = 0;
        foreach (var (line, row, _) in rows.Where(r => r.Row is not null))
        {
            if (stored.Contains(row!.Id) || created.ContainsKey(row.Id))
            {
                present++;
                continue;
            }

            var made = Create(row, known);
            if (made.IsSuccess) created[row.Id] = made.Value;
            else errors.AddRange(made.Errors.Select(e => new RowError(line, e, CommitmentsFile)));
        }

        var (history, historyErrors) = historyCsv is null ? ([], []) : StatusUpdateCsv.Parse(historyCsv);
        var ownHistory = history.Where(h => created.ContainsKey(h.CommitmentId)).ToList();
        var cited = StatusUpdatePlan.CitedDocuments(ownHistory);
        var documents = (await db.Documents.Where(d => cited.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        errors.AddRange(historyErrors.Concat(StatusUpdatePlan.Check(ownHistory, created))
            .Concat(StatusUpdatePlan.MissingDocuments(ownHistory, documents)).Select(e => e with { File = HistoryFile }));
        var ordered = errors.OrderBy(e => e.File == HistoryFile).ThenBy(e => e.Line).ToList();
        var report = new ImportReport(rows.Count, ownHistory.Count, present, ordered, dryRun, Applied: false);
        if (ordered.Count > 0 || dryRun) return report;
        foreach (var (id, commitment) in created)
        {
            db.Entry(commitment).Property(c => c.Id).CurrentValue = id;
            db.Commitments.Add(commitment);
        }

        StatusUpdatePlan.Apply(ownHistory, created);
        await db.SaveChangesAsync(ct);
        return report with { Applied = true };
    }

    public const string CommitmentsFile = "commitments.csv";
    public const string HistoryFile = "status-history.csv";

    private sealed record Keys(HashSet<string> Mechanisms, HashSet<Guid> Meetings, HashSet<string> Areas);

    private async Task<Keys> KnownKeysAsync(CancellationToken ct) =>
        new(await db.Mechanisms.Select(m => m.Id).ToHashSetAsync(ct),
            await db.Meetings.Select(m => m.Id).ToHashSetAsync(ct),
            await db.PriorityAreas.Select(a => a.Code).ToHashSetAsync(ct));

    private static Result<Commitment> Create(CommitmentRow row, Keys known)
    {
        var v = new Validator()
            .Require(Enum.TryParse<CommitmentKind>(row.Kind, ignoreCase: true, out var kind), "kind", "commitment.kind.unknown", $"'{row.Kind}' is not a commitment kind")
            .Require(DateOnly.TryParseExact(row.MadeOn, "yyyy-MM-dd", out var madeOn), "made_on", "csv.date.invalid", $"'{row.MadeOn}' is not YYYY-MM-DD")
            .Require(row.MechanismId is null || known.Mechanisms.Contains(row.MechanismId), "mechanism_id", "mechanism.not-found", $"no mechanism '{row.MechanismId}'")
            .Require(row.MeetingId is null || known.Meetings.Contains(row.MeetingId.Value), "meeting_id", "meeting.not-found", $"no meeting {row.MeetingId}")
            .Require(row.PriorityArea is null || known.Areas.Contains(row.PriorityArea), "priority_area", "priority-area.not-found", $"no priority area '{row.PriorityArea}'");
        var parties = RegistryRows.Split(row.Parties).Select(CountryCode.Parse).ToList();
        foreach (var bad in parties.Where(p => !p.IsSuccess)) v.Add(bad.Error!.WithField("parties"));
        var deadline = row.Deadline is null ? Result<PartialDate>.Ok(default) : PartialDate.Parse(row.Deadline);
        if (!deadline.IsSuccess) v.Add(deadline.Error!.WithField("deadline"));
        var target = FollowUpRows.Money(row.TargetAmount, row.TargetCurrency);
        v.Require(target is not null || (row.TargetAmount is null && row.TargetCurrency is null), "target_currency", "money.invalid", "a target needs an amount and a currency");
        if (!v.IsValid) return v.Failure<Commitment>();
        var details = new CommitmentDetails(row.Action, kind, row.MechanismId, row.MeetingId, parties.Select(p => p.Value).ToList(),
            row.PriorityArea, row.Deadline is null ? null : deadline.Value, target);
        return Commitment.Create(details, madeOn);
    }
}
