using System.Diagnostics;

namespace DetainerDesk.Bench.Import;

/// <summary>
/// Wall time, CPU time, allocation and peak working set of one phase run inside this process. The process's own
/// PeakWorkingSet64 only ever grows, so it cannot tell the phases of one run apart: a background sampler reads the
/// working set every 20 ms instead and keeps the highest value seen during the phase.
/// </summary>
public sealed class PhaseMeter : IAsyncDisposable
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuStart;
    private readonly long _allocatedStart;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peak;

    private PhaseMeter()
    {
        using var process = Process.GetCurrentProcess();
        _cpuStart = process.TotalProcessorTime;
        _allocatedStart = GC.GetTotalAllocatedBytes(precise: true);
        _peak = Environment.WorkingSet;
        _sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
                Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet));
        });
    }

    public static PhaseMeter Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return new PhaseMeter();
    }

    public async Task<PhaseResult> StopAsync()
    {
        _wall.Stop();
        await _stop.CancelAsync();
        try { await _sampler; } catch (OperationCanceledException) { }
        using var process = Process.GetCurrentProcess();
        return new PhaseResult(_wall.Elapsed.TotalSeconds, (process.TotalProcessorTime - _cpuStart).TotalSeconds,
            Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet), GC.GetTotalAllocatedBytes(precise: true) - _allocatedStart);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        try { await _sampler; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}

/// <summary>What one phase cost. <see cref="AllocatedBytes"/> is null for a child process (not .NET).</summary>
public sealed record PhaseResult(double Seconds, double CpuSeconds, long PeakWorkingSetBytes, long? AllocatedBytes);
