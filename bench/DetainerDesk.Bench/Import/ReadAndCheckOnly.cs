using DetainerDesk.Data.Imports;

namespace DetainerDesk.Bench.Import;

/// <summary>
/// Diagnostic, not a baseline: the importer's reading and checking without any database, to split its time into
/// "read, check, map" and "write". Uses the pipeline's public parts (TabularFile, ColumnMap, CellChecks, the kind's
/// Map) in the order <see cref="ImportPipeline"/> runs them; its private row check is repeated here in short (width,
/// every value through <see cref="CellChecks.Problem"/>, then Map), and the SHA-256 of the file is taken as it does.
/// </summary>
public static class ReadAndCheckOnly
{
    public static async Task<(PhaseResult Result, long Good, long Bad)> RunAsync(string csv)
    {
        await using var meter = PhaseMeter.Start();
        await using (var stream = File.OpenRead(csv))
            await System.Security.Cryptography.SHA256.HashDataAsync(stream);
        var kind = IceDetainerImport.FromShippedReferenceData();
        using var file = TabularFile.Open(csv);
        using var rows = file.Rows().GetEnumerator();
        var top = new List<SourceRow>();
        while (top.Count < ImportLimits.HeaderSearchRows && rows.MoveNext()) top.Add(rows.Current);
        var columns = ColumnMap.Find(kind.Columns, top, Path.GetFileName(csv));
        var context = new ImportRowContext(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var problems = new List<RejectReason>();
        var sourceId = Guid.CreateVersion7();
        long good = 0, bad = 0;
        foreach (var row in top.Where(r => r.Line > columns.HeaderLine).Concat(Rest(rows)))
        {
            problems.Clear();
            if (row.Cells.Length < columns.Width) { bad++; continue; }
            for (var c = 0; c < columns.Columns.Count; c++)
                if (columns.Value(row, c) is { } value && CellChecks.Problem(value) is { } problem)
                    problems.Add(new RejectReason(columns.Columns[c].Name, value, problem));
            if (problems.Count == 0 && kind.Map(row, columns, sourceId, context, problems) is not null) good++;
            else bad++;
        }
        return (await meter.StopAsync(), good, bad);
    }

    private static IEnumerable<SourceRow> Rest(IEnumerator<SourceRow> rows)
    {
        while (rows.MoveNext()) yield return rows.Current;
    }
}
