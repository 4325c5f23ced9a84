using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Scanning;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls;

/// <summary>
/// Scans TLS endpoints with hellos built by <see cref="ClientHelloBuilder"/>: protocol versions, accepted suites by
/// elimination, server order, groups, certificate chains and protocol features. Each step is a unit with its own
/// error status; a failing step never loses the others. Facts only: evaluation happens afterwards
/// (<see cref="TlsEvaluator"/>).
/// </summary>
public sealed class TlsScanner
{
    private static readonly TlsProtocolVersion[] LegacyVersions =
        { TlsProtocolVersion.Ssl30, TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12 };

    private readonly TlsScanOptions _options;
    private readonly ConnectionRateLimiter? _rate;

    public TlsScanner(TlsScanOptions? options = null)
    {
        _options = options ?? TlsScanOptions.Default;
        _rate = _options.RatePerSecond is double r ? new ConnectionRateLimiter(r) : null;
    }

    /// <summary>Scans many targets, at most <see cref="TlsScanOptions.MaxHosts"/> at a time; results in input order.
    /// <paramref name="onResult"/> is called as each target finishes (for progress).</summary>
    public async Task<IReadOnlyList<TlsScanResult>> ScanManyAsync(IReadOnlyList<TlsTarget> targets, Action<TlsScanResult>? onResult = null, CancellationToken ct = default)
    {
        var results = new TlsScanResult?[targets.Count];
        await ScanStreamAsync(targets, (i, r) =>
        {
            results[i] = r;
            onResult?.Invoke(r);
            return ValueTask.CompletedTask;
        }, ct).ConfigureAwait(false);
        // Targets never started because of cancellation are reported as cancelled, so that every target has a result.
        return results.Select((r, i) => r ?? Failed(targets[i], TlsErrorKind.Cancelled, "the scan was cancelled before this target")).ToArray();
    }

    /// <summary>
    /// Scans targets as they are enumerated, at most <see cref="TlsScanOptions.MaxHosts"/> at a time, and hands each
    /// result (with its input index) to <paramref name="onResult"/> as soon as it is done; nothing is retained, so
    /// memory stays flat in the number of targets. Calls to <paramref name="onResult"/> are serialised. After
    /// cancellation no new target is started.
    /// </summary>
    public async Task ScanStreamAsync(IEnumerable<TlsTarget> targets, Func<int, TlsScanResult, ValueTask> onResult, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(onResult);
        using var gate = new SemaphoreSlim(1, 1);
        var indexed = targets.Select((t, i) => (Target: t, Index: i));
        await Parallel.ForEachAsync(indexed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxHosts) }, async (item, _) =>
        {
            if (ct.IsCancellationRequested) { return; }
            TlsScanResult r;
            try
            {
                r = await ScanAsync(item.Target, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The other targets go on whatever happened to this one.
                r = Failed(item.Target, e is OperationCanceledException ? TlsErrorKind.Cancelled : TlsErrorKind.Internal, $"{e.GetType().Name}: {e.Message}");
            }
            await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try { await onResult(item.Index, r).ConfigureAwait(false); }
            finally { gate.Release(); }
        }).ConfigureAwait(false);
    }

    private static TlsScanResult Failed(TlsTarget t, TlsErrorKind kind, string message) => new()
    {
        Target = t,
        Protocols = AllVersions().Select(v => new ProtocolScanResult(v, false, Array.Empty<AcceptedSuite>(), null, null)).ToArray(),
        Errors = new[] { new TlsScanError("scan", kind, message) },
    };

    /// <summary>Scans one target. Never throws for network or protocol trouble: errors are in the result.</summary>
    public async Task<TlsScanResult> ScanAsync(TlsTarget target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var clock = Stopwatch.StartNew();
        IPAddress address;
        try
        {
            address = await ResolveAsync(target.Host, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or ArgumentException or OperationCanceledException)
        {
            var kind = e is OperationCanceledException ? TlsErrorKind.Cancelled : TlsErrorKind.ConnectFailed;
            return new TlsScanResult
            {
                Target = target,
                Protocols = AllVersions().Select(v => new ProtocolScanResult(v, false, Array.Empty<AcceptedSuite>(), null, null)).ToArray(),
                Errors = new[] { new TlsScanError("resolve", kind, $"cannot resolve {target.Host}: {e.Message}") },
                Elapsed = clock.Elapsed,
            };
        }

        using var conn = new TargetConnector(target, address, _options, _rate);
        var run = new ScanRun(conn, target.Sni, ct);

        // Phase 1: versions and suites, one elimination per version in parallel (bounded by the per-host slots).
        var ssl2 = _options.ProbeSsl2 ? run.Ssl2Async() : Task.FromResult(new ProtocolScanResult(TlsProtocolVersion.Ssl20, false, Array.Empty<AcceptedSuite>(), null, null));
        var legacy = LegacyVersions.Select(run.EliminateLegacyAsync).ToArray();
        var tls13 = run.EliminateTls13Async();
        await Task.WhenAll(legacy.Cast<Task>().Append(ssl2).Append(tls13)).ConfigureAwait(false);

        var protocols = new List<ProtocolScanResult> { ssl2.Result };
        protocols.AddRange(legacy.Select(t => t.Result));
        protocols.Add(tls13.Result);

        // Phase 2: what depends on phase 1, again in parallel.
        var order = protocols.Where(p => p.Supported && p.CipherSuites.Count >= 2 && p.Version != TlsProtocolVersion.Ssl20)
            .Select(p => (p.Version, Task: run.ServerOrderAsync(p))).ToArray();
        var groups = run.GroupsAsync(protocols);
        var fallback = run.FallbackScsvAsync(protocols);
        var compression = run.CompressionAsync(protocols);
        var schemes = run.SignatureSchemesAsync(protocols);
        var schemes13 = _options.ProbeTls13SignatureSchemes
            ? Tls13SignatureSchemeStep.RunAsync(conn, target.Sni, protocols, _options.Limits, ct)
            : Task.FromResult<(IReadOnlyList<GroupScanResult>, TlsScanError?, IReadOnlyList<byte[]>)>((Array.Empty<GroupScanResult>(), null, Array.Empty<byte[]>()));
        // The TLS 1.3 signature-scheme handshakes decrypt the server's Certificate: that chain spares the SslStream handshake.
        var chain = schemes13.ContinueWith(t =>
        {
            if (_options.RetrieveTls13Chain && t.IsCompletedSuccessfully) { run.UseTls13Chain(t.Result.Item3); }
            return run.Tls13ChainAsync(protocols, _options.RetrieveTls13Chain);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();
        var curves12 = Tls12CurveStep.RunAsync(conn, target.Sni, protocols, ct);
        await Task.WhenAll(order.Select(o => (Task)o.Task).Append(groups).Append(fallback).Append(compression).Append(chain).Append(schemes).Append(schemes13).Append(curves12)).ConfigureAwait(false);
        if (schemes13.Result.Item2 is { } schemes13Error) { run.Errors.Add(schemes13Error); }
        if (curves12.Result.Error is { } curves12Error) { run.Errors.Add(curves12Error); }

        for (var i = 0; i < protocols.Count; i++)
        {
            var o = order.FirstOrDefault(x => x.Version == protocols[i].Version);
            if (o.Task != null) { protocols[i] = protocols[i] with { ServerOrder = o.Task.Result }; }
            else if (protocols[i].Supported && protocols[i].CipherSuites.Count == 1) { protocols[i] = protocols[i] with { ServerOrder = null }; }
        }

        var result = new TlsScanResult
        {
            Target = target,
            Ip = address.ToString(),
            Protocols = protocols,
            Groups = groups.Result.Concat(curves12.Result.Curves).ToArray(),
            SignatureSchemes = schemes.Result.Concat(schemes13.Result.Item1).ToArray(),
            DhePrimeBits = run.DhePrimeBits.Keys.OrderBy(b => b).ToArray(),
            CertificateChains = run.Chains(),
            Features = run.Features(fallback.Result, compression.Result),
            Errors = run.Errors.OrderBy(e => e.Step, StringComparer.Ordinal).ToArray(),
            Connections = conn.Connections,
            Elapsed = clock.Elapsed,
        };

        // Phase 3: the steps that need complete handshakes (HSTS, session resumption); see FollowUpSteps.
        return await FollowUpSteps.RunAsync(result, conn, _options, clock, ct).ConfigureAwait(false);
    }

    private static IEnumerable<TlsProtocolVersion> AllVersions() =>
        new[] { TlsProtocolVersion.Ssl20 }.Concat(LegacyVersions).Append(TlsProtocolVersion.Tls13);

    private static async Task<IPAddress> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host, out var ip)) { return ip; }
        var all = await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        if (all.Length == 0) { throw new SocketException((int)SocketError.HostNotFound); }
        return all.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? all[0];
    }

    /// <summary>The state of one target's scan shared by its steps (thread-safe collections; steps run in parallel).</summary>
    private sealed class ScanRun
    {
        private readonly TargetConnector _conn;
        private readonly string? _sni;
        private readonly CancellationToken _ct;
        private readonly ConcurrentQueue<(TlsProtocolVersion Version, ProbeResponse Response)> _hellos = new();

        internal ScanRun(TargetConnector conn, string? sni, CancellationToken ct)
        {
            _conn = conn;
            _sni = sni;
            _ct = ct;
        }

        internal ConcurrentBag<TlsScanError> Errors { get; } = new();

        internal ConcurrentDictionary<int, bool> DhePrimeBits { get; } = new();

        internal async Task<ProtocolScanResult> Ssl2Async()
        {
            try
            {
                var r = await _conn.ExchangeSsl2Async(Ssl2ClientHello.Build(HelloFactory.Ssl2Kinds), _ct).ConfigureAwait(false);
                if (r.Outcome != ProbeOutcome.Ssl2ServerHello || r.Ssl2 is not { } h || h.Version != 0x0002)
                {
                    return new ProtocolScanResult(TlsProtocolVersion.Ssl20, false, Array.Empty<AcceptedSuite>(), null, null);
                }
                var kinds = h.CipherKinds.Where(k => HelloFactory.Ssl2Kinds.Contains(k)).Select(AcceptedSuite.Of).ToArray();
                return new ProtocolScanResult(TlsProtocolVersion.Ssl20, true, kinds, null, null);
            }
            catch (TlsProtocolException e) when (e.Kind is TlsErrorKind.Malformed or TlsErrorKind.ConnectionClosed or TlsErrorKind.UnexpectedMessage)
            {
                // A TLS-only server may answer an SSL 2.0 hello with anything; none of that is SSL 2.0 support.
                return new ProtocolScanResult(TlsProtocolVersion.Ssl20, false, Array.Empty<AcceptedSuite>(), null, null);
            }
            catch (TlsProtocolException e)
            {
                var err = new TlsScanError("SSL2.0", e.Kind, e.Message);
                Errors.Add(err);
                return new ProtocolScanResult(TlsProtocolVersion.Ssl20, false, Array.Empty<AcceptedSuite>(), null, err);
            }
        }

        /// <summary>Offers every remaining candidate, removes the one chosen, repeats: accepted + 1 connections.</summary>
        internal async Task<ProtocolScanResult> EliminateLegacyAsync(TlsProtocolVersion version)
        {
            var step = VersionNames.Id(version);
            var accepted = new List<AcceptedSuite>();
            var remaining = HelloFactory.LegacySuites.ToList();
            try
            {
                foreach (var chunk in Chunks(remaining))
                {
                    var left = chunk.ToList();
                    while (left.Count > 0)
                    {
                        var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Legacy(version, left, _sni)), _ct).ConfigureAwait(false);
                        if (r.Outcome != ProbeOutcome.ServerHello || r.Hello is not { } h) { break; }
                        if (h.Version != (int)version) { break; } // the server answered with another version: this one is not supported
                        if (!left.Remove(h.CipherSuite))
                        {
                            throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose suite 0x{h.CipherSuite:X4}, which was not offered");
                        }
                        accepted.Add(AcceptedSuite.Of(h.CipherSuite));
                        Record(version, r);
                    }
                }
                return new ProtocolScanResult(version, accepted.Count > 0, accepted, null, null);
            }
            catch (TlsProtocolException e)
            {
                var err = new TlsScanError(step, e.Kind, e.Message);
                Errors.Add(err);
                return new ProtocolScanResult(version, accepted.Count > 0, accepted, null, err);
            }
        }

        internal async Task<ProtocolScanResult> EliminateTls13Async()
        {
            var accepted = new List<AcceptedSuite>();
            var left = HelloFactory.Tls13Suites.ToList();
            try
            {
                while (left.Count > 0)
                {
                    var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Tls13(left, _sni)), _ct).ConfigureAwait(false);
                    if (r.Outcome is not (ProbeOutcome.ServerHello or ProbeOutcome.HelloRetryRequest) || r.Hello is not { } h) { break; }
                    if (h.Version != 0x0304) { break; }
                    if (!left.Remove(h.CipherSuite))
                    {
                        throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose TLS 1.3 suite 0x{h.CipherSuite:X4}, which was not offered");
                    }
                    accepted.Add(AcceptedSuite.Of(h.CipherSuite));
                    Record(TlsProtocolVersion.Tls13, r);
                }
                return new ProtocolScanResult(TlsProtocolVersion.Tls13, accepted.Count > 0, accepted, null, null);
            }
            catch (TlsProtocolException e)
            {
                var err = new TlsScanError("TLS1.3", e.Kind, e.Message);
                Errors.Add(err);
                return new ProtocolScanResult(TlsProtocolVersion.Tls13, accepted.Count > 0, accepted, null, err);
            }
        }

        /// <summary>Offers the accepted suites in reverse registry order: if the server still picks its first choice
        /// of the elimination (made from registry order), it imposes its own order. One connection.</summary>
        internal async Task<bool?> ServerOrderAsync(ProtocolScanResult p)
        {
            var first = p.CipherSuites[0].Code;
            var reversed = p.CipherSuites.Select(s => s.Code).OrderByDescending(c => c).ToArray();
            try
            {
                var spec = p.Version == TlsProtocolVersion.Tls13 ? HelloFactory.Tls13(reversed, _sni) : HelloFactory.Legacy(p.Version, reversed, _sni);
                var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(spec), _ct).ConfigureAwait(false);
                if (r.Hello is not { } h || r.Outcome is not (ProbeOutcome.ServerHello or ProbeOutcome.HelloRetryRequest))
                {
                    Errors.Add(new TlsScanError(p.VersionName + " order", TlsErrorKind.UnexpectedMessage, "the server refused a hello with only suites it had accepted"));
                    return null;
                }
                return h.CipherSuite == first;
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError(p.VersionName + " order", e.Kind, e.Message));
                return null;
            }
        }

        /// <summary>Groups: for TLS 1.3 by HelloRetryRequest (empty key_share; the server names its choice; remove, repeat),
        /// otherwise by the named curve of ECDHE ServerKeyExchange messages (<see cref="LegacyCurveElimination"/>).</summary>
        internal async Task<IReadOnlyList<GroupScanResult>> GroupsAsync(IReadOnlyList<ProtocolScanResult> protocols)
        {
            var found = new List<GroupScanResult>();
            var tls13 = protocols.First(p => p.Version == TlsProtocolVersion.Tls13);
            var left = HelloFactory.AllGroups.ToList();
            try
            {
                if (tls13.Supported)
                {
                    var suites = tls13.CipherSuites.Select(s => s.Code).ToArray();
                    while (left.Count > 0)
                    {
                        var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Tls13(suites, _sni, left, emptyKeyShare: true)), _ct).ConfigureAwait(false);
                        if (r.Hello is not { KeyShareGroup: int g } || !left.Remove(g)) { break; }
                        found.Add(new GroupScanResult(g, TlsRegistry.FindGroup(g)?.Name ?? $"unknown_0x{g:X4}", "TLS1.3"));
                    }
                    return found;
                }
                var legacy = protocols.Where(p => p.Supported && p.Version is >= TlsProtocolVersion.Tls10 and <= TlsProtocolVersion.Tls12)
                    .OrderByDescending(p => p.Version).FirstOrDefault();
                var ecdhe = legacy?.CipherSuites.Where(s => s.Suite?.KeyExchange == "ECDHE").Select(s => s.Code).ToArray();
                if (legacy == null || ecdhe is not { Length: > 0 }) { return found; }
                await LegacyCurveElimination.RunAsync(_conn, legacy.Version, legacy.VersionName, ecdhe, _sni, found, _ct).ConfigureAwait(false);
                return found;
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError("groups", e.Kind, e.Message));
                return found;
            }
        }

        /// <summary>TLS 1.2 signature schemes: offer the signed (EC)DHE suites the server accepted with the remaining
        /// schemes, read the scheme of the ServerKeyExchange signature, remove it, repeat. Accepted + 1 connections.</summary>
        internal async Task<IReadOnlyList<GroupScanResult>> SignatureSchemesAsync(IReadOnlyList<ProtocolScanResult> protocols)
        {
            var found = new List<GroupScanResult>();
            var tls12 = protocols.First(p => p.Version == TlsProtocolVersion.Tls12);
            var signed = tls12.CipherSuites.Where(s => s.Suite is { KeyExchange: "ECDHE" or "DHE", Authentication: "RSA" or "DSS" or "ECDSA" })
                .Select(s => s.Code).ToArray();
            if (!tls12.Supported || signed.Length == 0) { return found; }
            var left = HelloFactory.AllSignatureSchemes.ToList();
            try
            {
                while (left.Count > 0)
                {
                    var spec = HelloFactory.Legacy(TlsProtocolVersion.Tls12, signed, _sni) with { SignatureAlgorithms = left.ToArray() };
                    var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(spec), _ct).ConfigureAwait(false);
                    if (r.KeyExchange is not { SignatureScheme: int s } || !left.Remove(s)) { break; }
                    found.Add(new GroupScanResult(s, TlsRegistry.FindSignatureScheme(s)?.Name ?? $"unknown_0x{s:X4}", "TLS1.2"));
                }
                return found;
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError("signature-schemes", e.Kind, e.Message));
                return found;
            }
        }

        /// <summary>A hello one version below the highest, with TLS_FALLBACK_SCSV: inappropriate_fallback means protection.</summary>
        internal async Task<bool?> FallbackScsvAsync(IReadOnlyList<ProtocolScanResult> protocols)
        {
            var tls = protocols.Where(p => p.Supported && p.Version >= TlsProtocolVersion.Ssl30).OrderByDescending(p => p.Version).ToArray();
            if (tls.Length < 2) { return null; }
            var lower = tls[1];
            try
            {
                var suites = lower.CipherSuites.Select(s => s.Code).Append(Tls13Constants.FallbackScsv).ToArray();
                var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(HelloFactory.Legacy(lower.Version, suites, _sni)), _ct).ConfigureAwait(false);
                if (r.Outcome == ProbeOutcome.Alert) { return r.Alert!.Description == AlertDescriptions.InappropriateFallback ? true : null; }
                return r.Outcome == ProbeOutcome.ServerHello ? false : null;
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError("fallback-scsv", e.Kind, e.Message));
                return null;
            }
        }

        /// <summary>Offers DEFLATE and null compression on the highest TLS 1.0–1.2 version.</summary>
        internal async Task<bool?> CompressionAsync(IReadOnlyList<ProtocolScanResult> protocols)
        {
            var p = protocols.Where(x => x.Supported && x.Version is >= TlsProtocolVersion.Ssl30 and <= TlsProtocolVersion.Tls12).OrderByDescending(x => x.Version).FirstOrDefault();
            if (p == null) { return null; }
            try
            {
                var spec = HelloFactory.Legacy(p.Version, p.CipherSuites.Select(s => s.Code).ToArray(), _sni) with { CompressionMethods = new byte[] { 1, 0 } };
                var r = await _conn.ExchangeAsync(ClientHelloBuilder.Build(spec), _ct).ConfigureAwait(false);
                return r.Hello is { } h ? h.CompressionMethod != 0 : null;
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError("compression", e.Kind, e.Message));
                return null;
            }
        }

        /// <summary>When no TLS 1.0–1.2 handshake showed a certificate (TLS 1.3 only), a full handshake captures the chain.</summary>
        internal async Task Tls13ChainAsync(IReadOnlyList<ProtocolScanResult> protocols, bool enabled)
        {
            if (!enabled || _tls13Chain != null || !_hellos.IsEmpty && _hellos.Any(h => h.Response.Certificates is { Count: > 0 })) { return; }
            if (!protocols.Any(p => p.Version == TlsProtocolVersion.Tls13 && p.Supported)) { return; }
            try
            {
                var chain = await _conn.CaptureChainAsync(_ct).ConfigureAwait(false);
                if (chain.Count > 0) { _tls13Chain = chain; }
            }
            catch (TlsProtocolException e)
            {
                Errors.Add(new TlsScanError("certificate", e.Kind, e.Message));
            }
        }

        private IReadOnlyList<byte[]>? _tls13Chain;

        /// <summary>A TLS 1.3 chain read by the scanner's own handshake; kept when no TLS 1.0–1.2 handshake showed one.</summary>
        internal void UseTls13Chain(IReadOnlyList<byte[]> chain)
        {
            if (chain.Count == 0 || _hellos.Any(h => h.Response.Certificates is { Count: > 0 })) { return; }
            _tls13Chain = chain;
        }

        internal IReadOnlyList<IReadOnlyList<byte[]>> Chains()
        {
            var chains = new List<IReadOnlyList<byte[]>>();
            foreach (var (_, r) in _hellos.OrderByDescending(h => h.Version))
            {
                if (r.Certificates is not { Count: > 0 } c) { continue; }
                if (chains.Any(x => x[0].AsSpan().SequenceEqual(c[0]))) { continue; }
                chains.Add(c);
            }
            if (_tls13Chain != null && !chains.Any(x => x[0].AsSpan().SequenceEqual(_tls13Chain[0]))) { chains.Add(_tls13Chain); }
            return chains;
        }

        internal TlsFeatures Features(bool? fallback, bool? compression)
        {
            var legacy = _hellos.Where(h => h.Version <= TlsProtocolVersion.Tls12 && h.Response.Hello != null).Select(h => h.Response).ToArray();
            bool? Any(Func<ProbeResponse, bool> f) => legacy.Length == 0 ? null : legacy.Any(f);
            var cbc = legacy.Where(r => TlsRegistry.FindSuite(r.Hello!.CipherSuite) is { IsAead: false, Cipher: not "NULL" }).ToArray();
            return new TlsFeatures
            {
                SecureRenegotiation = Any(r => r.Hello!.SecureRenegotiation),
                ExtendedMasterSecret = Any(r => r.Hello!.ExtendedMasterSecret),
                EncryptThenMac = cbc.Length == 0 ? null : cbc.Any(r => r.Hello!.EncryptThenMac),
                SessionTicket = Any(r => r.Hello!.SessionTicket),
                OcspStapling = Any(r => r.OcspStapled || r.Hello!.StatusRequest),
                FallbackScsv = fallback,
                Compression = compression,
            };
        }

        private void Record(TlsProtocolVersion v, ProbeResponse r)
        {
            _hellos.Enqueue((v, r));
            if (r.KeyExchange is { DhPrimeBits: int bits }) { DhePrimeBits.TryAdd(bits, true); }
        }

        private static IEnumerable<IReadOnlyList<int>> Chunks(IReadOnlyList<int> all)
        {
            for (var i = 0; i < all.Count; i += HelloFactory.MaxSuitesPerHello)
            {
                yield return all.Skip(i).Take(HelloFactory.MaxSuitesPerHello).ToArray();
            }
        }
    }
}
