using BenchmarkDotNet.Running;
using DetainerDesk.Bench.Common;
using DetainerDesk.Bench.Policy;
using DetainerDesk.Bench.Processor;

namespace DetainerDesk.Bench;

/// <summary>
/// Benchmarks run in Release. BenchmarkDotNet: `dotnet run -c Release --project bench/DetainerDesk.Bench -- --filter '*'`.
/// Scripted runs that print their own table: `… -- processor [--options]` and `… -- policy [--options]` (bench/README.md).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "processor" => await ProcessorRun.RunAsync(new Options(args.Skip(1))),
        "policy" => PolicyRun.Run(new Options(args.Skip(1))),
        "linkage" => DetainerDesk.Bench.Linkage.LinkageBenchRun.Run(new Options(args.Skip(1))),
        "import" => await Import.ImportRun.RunAsync(new Options(args.Skip(1))),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
