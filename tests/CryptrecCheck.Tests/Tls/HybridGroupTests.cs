using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>Group enumeration by HelloRetryRequest finds a hybrid post-quantum group when the server picks it
/// (scripted responder: no local TLS library offers X25519MLKEM768), and the evaluator judges it.</summary>
public class HybridGroupTests
{
    [Fact]
    public async Task Groups_ServerPrefersX25519MLKEM768_FoundFirstAndJudged()
    {
        var groups = new[] { 0x11EC, 0x001D, 0x0017 }; // X25519MLKEM768, x25519, secp256r1
        using var server = new ScriptedTls13Server(groups, new[] { 0x1302, 0x1301 });
        Assert.True(TlsTarget.TryParse(server.Target, out var t, out _));
        var r = await new TlsScanner(new TlsScanOptions { RetrieveTls13Chain = false, ReadTimeout = TimeSpan.FromSeconds(5) }).ScanAsync(t!);
        Assert.Equal(new[] { "X25519MLKEM768", "x25519", "secp256r1" }, r.Groups.Select(g => g.Name));
        Assert.Equal(new[] { "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256" }, r.Protocol(TlsProtocolVersion.Tls13)!.CipherSuites.Select(s => s.Name));
        var judged = new TlsEvaluator(new EvaluationContext(TestCertificates.Today())).Evaluate(r);
        var hybrid = Assert.Single(judged.Findings, f => f.Id == "tls.group" && f.Asset == "X25519MLKEM768");
        Assert.False(string.IsNullOrEmpty(hybrid.Citation));
        Assert.False(string.IsNullOrEmpty(hybrid.MessageJa));
    }
}
