using BenchmarkDotNet.Running;

namespace DetainerDesk.Bench;

/// <summary>Benchmarks run in Release: `dotnet run -c Release --project bench/DetainerDesk.Bench -- --filter '*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
