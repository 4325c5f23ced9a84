namespace CryptrecCheck.Tls.Scanning;

/// <summary>Spaces new connections evenly: at most <c>rate</c> per second across every target of a scan.</summary>
public sealed class ConnectionRateLimiter
{
    private readonly long _intervalTicks;
    private readonly object _gate = new();
    private long _next;

    public ConnectionRateLimiter(double perSecond)
    {
        if (!(perSecond > 0) || double.IsInfinity(perSecond)) { throw new ArgumentOutOfRangeException(nameof(perSecond), perSecond, "The rate must be a positive number of connections per second."); }
        _intervalTicks = (long)(TimeSpan.TicksPerSecond / perSecond);
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        long wait;
        lock (_gate)
        {
            var now = DateTime.UtcNow.Ticks;
            var slot = Math.Max(now, _next);
            _next = slot + _intervalTicks;
            wait = slot - now;
        }
        if (wait > 0) { await Task.Delay(TimeSpan.FromTicks(wait), ct).ConfigureAwait(false); }
    }
}
