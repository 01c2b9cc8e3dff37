using DetainerDesk.Data.Imports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DetainerDesk.Cli.Commands;

/// <summary>A Spectre.Console bar per file: position in the file for the percentage and time left, rows and rows/s in the label. Nothing when the output is not a terminal.</summary>
internal static class ImportProgressDisplay
{
    public static async Task RunAsync(bool show, Func<IProgress<ImportProgress>?, Task> work)
    {
        if (!show || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            await work(null);
            return;
        }
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RowsColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<string, (ProgressTask Task, System.Diagnostics.Stopwatch Clock)>();
                await work(new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var entry))
                        tasks[p.File] = entry = (ctx.AddTask(Markup.Escape(Short(p.File)), maxValue: Math.Max(1, p.Length)), System.Diagnostics.Stopwatch.StartNew());
                    entry.Task.Value = p.BytesRead;
                    RowsColumn.Set(entry.Task, p.Rows, entry.Clock.Elapsed);
                }));
            });
    }

    private static string Short(string file) => file.Length <= 28 ? file : file[..12] + "…" + file[^15..];

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>Rows so far and rows per second; the bar itself measures bytes, which is what time left needs.</summary>
    private sealed class RowsColumn : ProgressColumn
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProgressTask, string> Labels = new();

        public static void Set(ProgressTask task, long rows, TimeSpan elapsed) =>
            Labels.AddOrUpdate(task, $"{rows:N0} rows · {(elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0):N0}/s");

        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(Labels.TryGetValue(task, out var label) ? label : "", new Style(Color.Grey));
    }
}
