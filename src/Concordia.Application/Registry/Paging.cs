using Concordia.Domain;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Application.Registry;

/// <summary>Which page of a list to return: numbered from 1, at most <see cref="MaxSize"/> items.</summary>
public sealed record PageRequest(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static PageRequest First { get; } = new(1, DefaultSize);

    public static Result<PageRequest> Create(int? number, int? size)
    {
        var v = new Validator()
            .Require(number is null or >= 1, "page", "page.range", "page is numbered from 1")
            .Require(size is null or >= 1 and <= MaxSize, "pageSize", "page-size.range", $"pageSize is from 1 to {MaxSize}");
        return v.Then(() => new PageRequest(number ?? 1, size ?? DefaultSize));
    }

    public int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + Size - 1) / Size;

    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Number, Size, Total);
}

public static class PagingExtensions
{
    /// <summary>Counts the query and reads one page of it; the query must already be ordered.</summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<T>(items, page.Number, page.Size, total);
    }

    /// <summary>Pages a list already in memory (after a filter the database cannot run).</summary>
    public static Page<T> ToPage<T>(this IReadOnlyList<T> all, PageRequest page) =>
        new(all.Skip(page.Skip).Take(page.Size).ToList(), page.Number, page.Size, all.Count);
}
