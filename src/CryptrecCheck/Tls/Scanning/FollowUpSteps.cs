using System.Diagnostics;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// The steps that need complete handshakes, run after the enumeration (they depend on what it found): HSTS for HTTPS
/// targets and session resumption. They run side by side under the same per-host bound; each has its own error status.
/// </summary>
internal static class FollowUpSteps
{
    internal static async Task<TlsScanResult> RunAsync(TlsScanResult result, TargetConnector conn, TlsScanOptions options, Stopwatch clock, CancellationToken ct)
    {
        var reached = result.Protocols.Any(p => p.Supported);
        var errors = new List<TlsScanError>();

        async Task<HstsResult?> Hsts()
        {
            if (!reached || !HstsProbe.Applies(result.Target, options)) { return null; }
            try { return await HstsProbe.RunAsync(conn, ct).ConfigureAwait(false); }
            catch (TlsProtocolException e) { lock (errors) { errors.Add(new TlsScanError("hsts", e.Kind, e.Message)); } return null; }
        }

        async Task<ResumptionProbe.Outcome?> Resumption()
        {
            if (!options.SessionResumption || ResumptionProbe.Choose(result.Protocols) is not { } choice) { return null; }
            try { return await ResumptionProbe.RunAsync(conn, choice.Version, choice.Suites, ct).ConfigureAwait(false); }
            catch (TlsProtocolException e) { lock (errors) { errors.Add(new TlsScanError("session resumption", e.Kind, e.Message)); } return null; }
        }

        var hsts = Hsts();
        var resumption = Resumption();
        await Task.WhenAll(hsts, resumption).ConfigureAwait(false);
        if (hsts.Result == null && resumption.Result == null && errors.Count == 0) { return result; }
        return result with
        {
            Hsts = hsts.Result,
            Features = result.Features with
            {
                SessionResumptionId = resumption.Result?.ById,
                SessionResumptionTicket = resumption.Result?.ByTicket,
            },
            Errors = result.Errors.Concat(errors).OrderBy(e => e.Step, StringComparer.Ordinal).ToArray(),
            Connections = conn.Connections,
            Elapsed = clock.Elapsed,
        };
    }
}
