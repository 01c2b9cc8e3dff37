namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>
/// The app's clock for browser tests: the real time plus an offset a test can move. The server keeps running in real
/// time (Kestrel, timers, the job processor's polling), so a journey can jump past a hold's 48 hours and watch the
/// real job processor record the expiry. A test that moves it puts it back when it ends.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
