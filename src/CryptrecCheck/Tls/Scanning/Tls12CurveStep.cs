using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// TLS 1.2 ECDHE curves of a server that also speaks TLS 1.3 (the group step then enumerates the TLS 1.3 groups by
/// HelloRetryRequest, and a server may allow different groups per version). Offers the accepted TLS 1.2 ECDHE suites
/// with the remaining curves; the named curve of the ServerKeyExchange is the server's choice; remove, repeat
/// (<see cref="LegacyCurveElimination"/>, which keeps an ECDSA certificate's curve on offer).
/// </summary>
internal static class Tls12CurveStep
{
    internal const string StepName = "TLS1.2 curves";

    internal static async Task<(IReadOnlyList<GroupScanResult> Curves, TlsScanError? Error)> RunAsync(TargetConnector conn, string? sni,
        IReadOnlyList<ProtocolScanResult> protocols, CancellationToken ct)
    {
        var found = new List<GroupScanResult>();
        // Without TLS 1.3 the group step already reads these curves from the highest TLS 1.0–1.2 version.
        if (protocols.FirstOrDefault(p => p.Version == TlsProtocolVersion.Tls13) is not { Supported: true }) { return (found, null); }
        var tls12 = protocols.FirstOrDefault(p => p.Version == TlsProtocolVersion.Tls12);
        var ecdhe = tls12?.CipherSuites.Where(s => s.Suite?.KeyExchange == "ECDHE").Select(s => s.Code).ToArray();
        if (tls12 is not { Supported: true } || ecdhe is not { Length: > 0 }) { return (found, null); }
        try
        {
            await LegacyCurveElimination.RunAsync(conn, TlsProtocolVersion.Tls12, "TLS1.2", ecdhe, sni, found, ct).ConfigureAwait(false);
            return (found, null);
        }
        catch (TlsProtocolException e)
        {
            return (found, new TlsScanError(StepName, e.Kind, e.Message));
        }
    }
}
