using System.Diagnostics;

namespace DetainerDesk.Bench.Processor;

/// <summary>
/// Real elapsed time laid over a chosen scenario start: the jobs are due at fixed scenario times, and the processor
/// sees them fall due at the real pace, so "completed − due" is a real lag in real seconds.
/// </summary>
public sealed class ScenarioClock : TimeProvider
{
    private DateTime _start = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private long _startTimestamp = Stopwatch.GetTimestamp();

    public void StartAt(DateTime scenarioUtc)
    {
        _start = scenarioUtc;
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTimestamp);

    public override DateTimeOffset GetUtcNow() => new(_start + Elapsed, TimeSpan.Zero);
}
