namespace DetainerDesk.Web.Features.PolicyAdmin;

public enum DiffKind
{
    Same = 0,
    Removed = 1,
    Added = 2,
}

public sealed record DiffRow(int? OldNumber, string? Old, int? NewNumber, string? New, DiffKind Kind);

/// <summary>
/// Side-by-side line comparison of two versions of a rule set (longest common subsequence of lines). Rule-set files
/// are a few hundred lines, so the quadratic table is small; past that the comparison falls back to line-by-line.
/// </summary>
public static class LineDiff
{
    private const int MaxCells = 4_000_000;

    public static IReadOnlyList<DiffRow> Compare(string oldText, string newText)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        if ((long)a.Length * b.Length > MaxCells) return Naive(a, b);

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var rows = new List<DiffRow>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                rows.Add(new DiffRow(x + 1, a[x], y + 1, b[y], DiffKind.Same));
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                rows.Add(new DiffRow(null, null, y + 1, b[y], DiffKind.Added));
                y++;
            }
            else
            {
                rows.Add(new DiffRow(x + 1, a[x], null, null, DiffKind.Removed));
                x++;
            }
        }
        return rows;
    }

    private static IReadOnlyList<DiffRow> Naive(string[] a, string[] b) =>
        [.. Enumerable.Range(0, Math.Max(a.Length, b.Length)).Select(i =>
        {
            var old = i < a.Length ? a[i] : null;
            var @new = i < b.Length ? b[i] : null;
            return new DiffRow(old is null ? null : i + 1, old, @new is null ? null : i + 1, @new,
                old == @new ? DiffKind.Same : @new is null ? DiffKind.Removed : DiffKind.Added);
        })];

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
