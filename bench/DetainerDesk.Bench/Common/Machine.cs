using System.Runtime.InteropServices;

namespace DetainerDesk.Bench.Common;

/// <summary>What a scripted run ran on, printed with its results so that numbers are never quoted without the machine.</summary>
public static class Machine
{
    public static string Describe(string database)
    {
        var cpu = ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadProc("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var ram = long.TryParse(memKb, out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : "unknown";
        var os = ReadOsRelease() ?? RuntimeInformation.OSDescription;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return $"""
                CPU       {cpu}, {Environment.ProcessorCount} logical cores
                RAM       {ram}
                OS        {os} ({RuntimeInformation.OSDescription.Trim()})
                Runtime   {RuntimeInformation.FrameworkDescription}
                Database  {database}
                Load avg  {load} (1/5/15 min, at start; other work shares this machine)
                """;
    }

    private static string? ReadProc(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;

    private static string? ReadOsRelease() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
            : null;
}
