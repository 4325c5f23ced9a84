using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using CryptrecCheck.Tls.Scanning;
using CryptrecCheck.Tls.Wire;
using Xunit;
using static CryptrecCheck.Tests.Tls.OpenSslScanTests;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// TLS 1.3 signature schemes, enumerated with the scanner's own handshakes up to the server's CertificateVerify. Ground
/// truth: the <c>-sigalgs</c> list and key of each <c>openssl s_server</c>; each suite and key-share group of the
/// handshake (x25519, P-256, P-384, P-521; AES-GCM, ChaCha20-Poly1305, AES-CCM) is exercised against a real server.
/// </summary>
public class Tls13SignatureSchemeTests
{
    private static string[] Tls13Schemes(TlsScanResult r) =>
        r.SignatureSchemes.Where(s => s.SeenIn == "TLS1.3").Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    [Fact]
    public void X25519_Rfc7748Vectors_Match()
    {
        // RFC 7748 §5.2 (first vector) and §6.1 (Alice's public key and the shared secret with Bob).
        Assert.Equal("C3DA55379DE9C6908E94EA4DF28D084F32ECCF03491C71F754B4075577A28552", Convert.ToHexString(X25519.ScalarMult(
            Convert.FromHexString("A546E36BF0527C9D3B16154B82465EDD62144C0AC1FC5A18506A2244BA449AC4"),
            Convert.FromHexString("E6DB6867583030DB3594C1A424B15F7C726624EC26B3353B10A903A6D0AB1C4C"))));
        var alice = Convert.FromHexString("77076D0A7318A57D3C16C17251B26645DF4C2F87EBC0992AB177FBA51DB92C2A");
        Assert.Equal("8520F0098930A754748B7DDCB43EF75A0DBF3A0D26381AF4EBA4A98EAA9B4E6A", Convert.ToHexString(X25519.ScalarMult(alice, X25519.BasePoint)));
        var bobPublic = Convert.FromHexString("DE9EDB7D7B7DC1B4D35B61C2ECE435373F8343C85B78674DADFC7E146F882B4F");
        Assert.Equal("4A5D9D5BA4CE2DE1728E3BF480350F25E07E21C947D19E3376F09B3C1E161742", Convert.ToHexString(X25519.ScalarMult(alice, bobPublic)));
    }

    [Theory]
    [InlineData("TLS_AES_128_GCM_SHA256", "X25519")]
    [InlineData("TLS_AES_256_GCM_SHA384", "P-256")]
    [InlineData("TLS_CHACHA20_POLY1305_SHA256", "P-384")]
    [InlineData("TLS_AES_128_CCM_SHA256", "P-521")]
    [InlineData("TLS_AES_128_CCM_8_SHA256", "X25519")]
    public void Scan_Tls13Rsa_FindsExactlyTheConfiguredSchemes(string suite, string group)
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            $"-tls1_3 -ciphersuites {suite} -groups {group} -sigalgs rsa_pss_rsae_sha384:rsa_pss_rsae_sha256:rsa_pkcs1_sha256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        // rsa_pkcs1_sha256 is configured, but TLS 1.3 never signs CertificateVerify with PKCS#1 v1.5 (RFC 8446 §4.2.3).
        Assert.Equal(Sorted("rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384"), Tls13Schemes(r));
    }

    [Fact]
    public void Scan_Tls13Ecdsa_OnlyTheKeysCurve()
    {
        // TLS 1.3 binds ECDSA schemes to the curve: a P-256 key signs with ecdsa_secp256r1_sha256 only, whatever else is allowed.
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-tls1_3 -sigalgs ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:rsa_pss_rsae_sha256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "ecdsa_secp256r1_sha256" }, Tls13Schemes(r));
    }

    [Fact]
    public void Scan_Tls13Ed25519_AndTheChainFromTheOwnHandshake()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Ed25519, "-tls1_3");
        var noChain = Scan(server.Target, TlsScanOptions.Default with { RetrieveTls13Chain = false });
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "ed25519" }, Tls13Schemes(r));
        // The chain comes from the decrypted Certificate message of the scheme probes: no extra (SslStream) handshake.
        var expected = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(TestCertificates.Get(TestCertificates.Kind.Ed25519).Cert)).RawData;
        Assert.Equal(expected, Assert.Single(Assert.Single(r.CertificateChains)));
        Assert.Equal(noChain.Connections, r.Connections);
    }

    [Fact]
    public void Scan_Tls12And13_SchemesPerVersion_Judged()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-cipher ECDHE-RSA-AES128-GCM-SHA256 -sigalgs rsa_pss_rsae_sha512:rsa_pkcs1_sha384");
        var without = Scan(server.Target, TlsScanOptions.Default with { ProbeTls13SignatureSchemes = false });
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("rsa_pkcs1_sha384", "rsa_pss_rsae_sha512"), r.SignatureSchemes.Where(s => s.SeenIn == "TLS1.2").Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(new[] { "rsa_pss_rsae_sha512" }, Tls13Schemes(r));
        // Elimination: one handshake per scheme found, plus the refusal.
        Assert.Equal(without.Connections + 2, r.Connections);

        var judged = new TlsEvaluator(new EvaluationContext(TestCertificates.Today())).Evaluate(r);
        Assert.Contains(judged.Findings, f => f.Id == "tls.signature-scheme" && f.Asset == "rsa_pss_rsae_sha512");
    }

    [Fact]
    public void Scan_Tls12Only_NoTls13Probe()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256");
        var without = Scan(server.Target, TlsScanOptions.Default with { ProbeTls13SignatureSchemes = false });
        var r = Scan(server.Target);
        Assert.Empty(Tls13Schemes(r));
        Assert.Equal(without.Connections, r.Connections);
    }

    /// <summary>Reads from recorded bytes, discards writes (the hello); optionally records what an inner stream returns.</summary>
    private sealed class ReplayStream(Stream inner, MemoryStream? record = null) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            record?.Write(buffer, offset, n);
            return n;
        }
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            record?.Write(buffer.Span[..n]);
            return n;
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            record == null ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) { if (record != null) { inner.Write(buffer, offset, count); } }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task OwnHandshake_MutatedServerFlights_EndInTypedErrorsOnly()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-tls1_3 -ciphersuites TLS_AES_128_GCM_SHA256");
        var suites = new[] { 0x1301 };
        var schemes = CryptrecCheck.Tls.Scanning.HelloFactory.AllSignatureSchemes;
        byte[] seed;
        using (var client = new System.Net.Sockets.TcpClient())
        {
            client.Connect(System.Net.IPAddress.Loopback, server.Port);
            var recorded = new MemoryStream();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var ok = await Tls13Handshake.RunAsync(new ReplayStream(client.GetStream(), recorded), suites, schemes, null, TlsReadLimits.Default, cts.Token);
            Assert.Equal(0x0804, ok.SignatureScheme); // rsa_pss_rsae_sha256, OpenSSL's first choice for an RSA key
            seed = recorded.ToArray();
        }

        async Task<string> Replay(byte[] bytes)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                var r = await Tls13Handshake.RunAsync(new ReplayStream(new MemoryStream(bytes)), suites, schemes, null, TlsReadLimits.Default, cts.Token);
                return r.Refused ? "refused" : "scheme";
            }
            catch (TlsProtocolException e)
            {
                return e.Kind.ToString();
            }
        }

        // The same bytes against fresh keys: the first encrypted record no longer authenticates.
        Assert.Equal(nameof(TlsErrorKind.Malformed), await Replay(seed));
        var rng = new Random(20261202);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 300; i++)
        {
            var key = await Replay(RecordedHandshakeTests.Mutate(seed, rng));
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
        Assert.DoesNotContain("scheme", outcomes.Keys);
        Assert.True(outcomes.GetValueOrDefault(nameof(TlsErrorKind.Malformed)) > 100, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(nameof(TlsErrorKind.ConnectionClosed)) > 2, string.Join(", ", outcomes));
    }
}
