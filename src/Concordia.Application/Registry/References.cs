using System.Linq.Expressions;
using Concordia.Application.Abstractions;
using Concordia.Domain;
using Concordia.Domain.Values;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>
/// Checks that the records an input points at exist, adding a field error when one does not. A reference to a
/// missing record is a bad field of the request (400), unlike a missing resource in the URL (404).
/// </summary>
internal sealed class References(IConcordiaDb db, Validator v)
{
    public async Task<References> MechanismAsync(string? id, string field, CancellationToken ct)
    {
        if (id is null || !Slug.IsValid(id)) return this;
        return await ExistsAsync(db.Mechanisms, m => m.Id == id, field, "mechanism.unknown", $"there is no mechanism '{id}'", ct);
    }

    public async Task<References> CountryAsync(CountryCode? code, string field, CancellationToken ct)
    {
        if (code is not { } c) return this;
        return await ExistsAsync(db.Countries, x => x.Code == c, field, "country.unknown", $"'{c}' is not a known country", ct);
    }

    public async Task<References> MeetingAsync(Guid? id, string field, CancellationToken ct) =>
        id is not { } m ? this : await ExistsAsync(db.Meetings, x => x.Id == m, field, "meeting.unknown", $"there is no meeting {m}", ct);

    public async Task<References> PersonAsync(Guid? id, string field, CancellationToken ct) =>
        id is not { } p ? this : await ExistsAsync(db.People, x => x.Id == p, field, "person.unknown", $"there is no person {p}", ct);

    public async Task<References> DocumentAsync(Guid? id, string field, CancellationToken ct) =>
        id is not { } d ? this : await ExistsAsync(db.Documents, x => x.Id == d, field, "document.unknown", $"there is no document {d}", ct);

    public async Task<References> FundAsync(Guid? id, string field, CancellationToken ct) =>
        id is not { } f ? this : await ExistsAsync(db.Funds, x => x.Id == f, field, "fund.unknown", $"there is no fund {f}", ct);

    public async Task<References> FlowAsync(Guid? id, string field, CancellationToken ct) =>
        id is not { } f ? this : await ExistsAsync(db.Flows, x => x.Id == f, field, "flow.unknown", $"there is no flow {f}", ct);

    public async Task<References> PriorityAreaAsync(string? code, string field, CancellationToken ct)
    {
        if (code is null || !Slug.IsValid(code)) return this;
        return await ExistsAsync(db.PriorityAreas, a => a.Code == code, field, "priority-area.unknown", $"'{code}' is not a priority area", ct);
    }

    private async Task<References> ExistsAsync<T>(IQueryable<T> set, Expression<Func<T, bool>> match, string field, string code,
        string message, CancellationToken ct)
    {
        if (!await set.AnyAsync(match, ct)) v.Add(new Error(code, message, field));
        return this;
    }
}
