using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls.Scanning;
using CryptrecCheck.Tls.Wire;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// Parsers on handshakes recorded at test time from a real <c>openssl s_server</c> (the bytes are captured, then parsed
/// from memory), and on mutations of those recordings: every mutation ends in a result or a
/// <see cref="TlsProtocolException"/>, never in another exception.
/// </summary>
public class RecordedHandshakeTests
{
    private static readonly Lazy<(byte[] Tls12Ecdhe, byte[] Tls12Dhe, byte[] Tls13, byte[] Hrr, byte[] Alert, byte[] Cert)> Captures = new(() =>
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-cipher ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384 -ciphersuites TLS_AES_256_GCM_SHA384 -groups secp384r1:x25519 -dhparam " + DhParams());
        byte[] Hello(ClientHelloSpec spec) => RawCapture.Exchange(server.Port, ClientHelloBuilder.Build(spec));
        var ecdhe = Hello(HelloFactory.Legacy(TlsProtocolVersion.Tls12, new[] { 0xC02F }, "localhost"));
        var dhe = Hello(HelloFactory.Legacy(TlsProtocolVersion.Tls12, new[] { 0x009F }, "localhost"));
        var tls13 = Hello(HelloFactory.Tls13(new[] { 0x1302 }, "localhost"));
        var hrr = Hello(HelloFactory.Tls13(new[] { 0x1302 }, "localhost", new[] { 0x0017, 0x0018 }, emptyKeyShare: true));
        var alert = Hello(HelloFactory.Legacy(TlsProtocolVersion.Tls12, new[] { 0x000A }, "localhost"));
        var cert = Convert.FromBase64String(string.Concat(File.ReadAllLines(TestCertificates.Get(TestCertificates.Kind.Rsa2048).Cert).Where(l => !l.StartsWith("-----", StringComparison.Ordinal))));
        return (ecdhe, dhe, tls13, hrr, alert, cert);
    });

    private static string DhParams()
    {
        var path = Path.Combine(Path.GetTempPath(), "cryptrec-tls-ffdhe3072.pem");
        if (!File.Exists(path)) { ExternalTool.Run("openssl", $"genpkey -genparam -algorithm DH -pkeyopt group:ffdhe3072 -out {path}"); }
        return path;
    }

    private static ProbeResponse Read(byte[] capture)
    {
        var reader = new HandshakeReader(new TlsRecordReader(new MemoryStream(capture)));
        return ServerFlight.ReadAsync(reader, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public void Tls12Ecdhe_Recorded_ParsesHelloCertificateAndCurve()
    {
        var r = Read(Captures.Value.Tls12Ecdhe);
        Assert.Equal(ProbeOutcome.ServerHello, r.Outcome);
        Assert.Equal(0x0303, r.Hello!.Version);
        Assert.Equal(0xC02F, r.Hello.CipherSuite);
        Assert.True(r.Hello.SecureRenegotiation);
        Assert.True(r.Hello.ExtendedMasterSecret);
        Assert.Equal(Captures.Value.Cert, r.Certificates![0]);
        Assert.Equal(0x0018, r.KeyExchange!.NamedGroup); // secp384r1, the server's first group
    }

    [Fact]
    public void Tls12Dhe_Recorded_ParsesPrimeSize()
    {
        var r = Read(Captures.Value.Tls12Dhe);
        Assert.Equal(0x009F, r.Hello!.CipherSuite);
        Assert.Equal(3072, r.KeyExchange!.DhPrimeBits);
    }

    [Fact]
    public void Tls13_Recorded_StopsAfterServerHello()
    {
        var r = Read(Captures.Value.Tls13);
        Assert.Equal(ProbeOutcome.ServerHello, r.Outcome); // x25519 share offered and accepted: no retry
        Assert.False(r.Hello!.IsHelloRetryRequest);
        Assert.Equal(0x0304, r.Hello.Version);
        Assert.Equal(0x0303, r.Hello.LegacyVersion);
        Assert.Equal(0x1302, r.Hello.CipherSuite);
        Assert.Equal(0x001D, r.Hello.KeyShareGroup);
        Assert.Null(r.Certificates); // encrypted in TLS 1.3
    }

    [Fact]
    public void HelloRetryRequest_Recorded_NamesTheGroup()
    {
        var r = Read(Captures.Value.Hrr);
        Assert.True(r.Hello!.IsHelloRetryRequest);
        Assert.Equal(0x0018, r.Hello.KeyShareGroup);
    }

    [Fact]
    public void Alert_Recorded_IsHandshakeFailure()
    {
        var r = Read(Captures.Value.Alert);
        Assert.Equal(ProbeOutcome.Alert, r.Outcome);
        Assert.Equal(AlertDescriptions.HandshakeFailure, r.Alert!.Description);
        Assert.True(r.Alert.IsFatal);
    }

    [Fact]
    public void Mutations_OfRecordedHandshakes_EndInTypedErrorsOnly()
    {
        var rng = new Random(20261202);
        var seeds = new[] { Captures.Value.Tls12Ecdhe, Captures.Value.Tls12Dhe, Captures.Value.Tls13, Captures.Value.Hrr, Captures.Value.Alert };
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 6000; i++)
        {
            var seed = seeds[i % seeds.Length];
            var m = Mutate(seed, rng);
            string key;
            try
            {
                key = Read(m).Outcome.ToString();
            }
            catch (TlsProtocolException e)
            {
                key = e.Kind.ToString();
            }
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
        // The mutations must reach the error paths, not only the happy ones.
        Assert.True(outcomes.GetValueOrDefault(nameof(TlsErrorKind.Malformed)) > 100, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(nameof(TlsErrorKind.ConnectionClosed)) > 100, string.Join(", ", outcomes));
    }

    internal static byte[] Mutate(byte[] seed, Random rng)
    {
        var b = (byte[])seed.Clone();
        switch (rng.Next(5))
        {
            case 0: // flip bits
                for (var k = 0; k < 1 + rng.Next(4); k++) { b[rng.Next(b.Length)] ^= (byte)(1 << rng.Next(8)); }
                return b;
            case 1: // truncate
                return b.AsSpan(0, rng.Next(b.Length)).ToArray();
            case 2: // random byte in the first 200 (headers and lengths live there)
                b[rng.Next(Math.Min(200, b.Length))] = (byte)rng.Next(256);
                return b;
            case 3: // insert garbage
                var at = rng.Next(b.Length);
                var junk = new byte[1 + rng.Next(8)];
                rng.NextBytes(junk);
                return b.Take(at).Concat(junk).Concat(b.Skip(at)).ToArray();
            default: // set a length-looking byte pair to 0xFFFF
                var p = rng.Next(Math.Max(1, b.Length - 1));
                b[p] = 0xFF;
                b[p + 1 < b.Length ? p + 1 : p] = 0xFF;
                return b;
        }
    }
}
