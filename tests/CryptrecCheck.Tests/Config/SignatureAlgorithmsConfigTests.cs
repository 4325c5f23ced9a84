using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CryptrecCheck.Config;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>
/// OpenSSL's SignatureAlgorithms in configurations (nginx ssl_conf_command), judged against the real OpenSSL: for each value
/// and security level, the schemes the audit says the server accepts are exactly the ones OpenSSL's own client puts in its
/// ClientHello for the same value and level (same parser, same built-in list, same security filter inside OpenSSL), and a
/// value OpenSSL rejects is an invalid value. The client talks to a loopback listener that only reads the ClientHello.
/// </summary>
public sealed partial class SignatureAlgorithmsConfigTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [GeneratedRegex(@"\(0x([0-9a-fA-F]{4})\)")]
    private static partial Regex CodeInParens();

    /// <summary>The signature_algorithms code points of the ClientHello `openssl s_client` sends with this value (null: no
    /// -sigalgs, the built-in list) at this security level; null when OpenSSL rejects the value.</summary>
    private static List<int>? OpenSslSends(string? value, int level)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        // Read what the client sends, then close: the client has printed its ClientHello by then.
        var server = Task.Run(async () =>
        {
            using var c = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(20));
            c.ReceiveTimeout = 5000;
            var buf = new byte[16 * 1024];
            try { await c.GetStream().ReadAsync(buf).AsTask().WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception e) when (e is IOException or TimeoutException) { }
        });
        var args = new List<string> { "s_client", "-connect", $"127.0.0.1:{port}", "-tls1_2", "-trace", "-cipher", $"DEFAULT@SECLEVEL={level}" };
        if (value != null) { args.Add("-sigalgs"); args.Add(value); }
        var (_, output, err) = OpenSslPeer.Run(args.ToArray());
        if ((output + err).Contains("SSL_CONF_cmd(-sigalgs", StringComparison.Ordinal)) { return null; }
        try { server.Wait(TimeSpan.FromSeconds(20)); } catch (AggregateException) { }
        var start = output.IndexOf("extension_type=signature_algorithms", StringComparison.Ordinal);
        Assert.True(start >= 0, "no signature_algorithms in the ClientHello:\n" + output + err);
        var end = output.IndexOf("extension_type=", start + 10, StringComparison.Ordinal);
        var block = output[(output.IndexOf('\n', start) + 1)..(end < 0 ? output.Length : end)];
        return CodeInParens().Matches(block).Select(m => Convert.ToInt32(m.Groups[1].Value, 16)).ToList();
    }

    private DirectiveResult Audit(string? value, int level)
    {
        var conf = _kit.Write($"ng-{Guid.NewGuid():N}/nginx.conf",
            "http {\n  server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/site.pem;\n"
            + (value == null ? string.Empty : $"    ssl_conf_command SignatureAlgorithms {value};\n") + "  }\n}\n");
        var scanner = new ConfigScanner(new ConfigAuditor(ConfigTestKit.Engine, level));
        var r = scanner.ScanFile(conf)!;
        // The server block's entry: what its handshakes use.
        return r.Directives.Single(d => d.Directive.Directive.EndsWith("): ssl_conf_command SignatureAlgorithms", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(null, 1)]
    [InlineData(null, 2)]
    [InlineData(null, 3)]
    [InlineData(null, 4)]
    [InlineData("ECDSA+SHA256:RSA-PSS+SHA256:PSS+SHA384:rsa_pss_pss_sha512:ed25519:ed448", 2)]
    [InlineData("ECDSA+SHA1:RSA+SHA1:ECDSA+SHA224:RSA+SHA224:DSA+SHA256:RSA+sha512:ed25519", 0)]
    [InlineData("ECDSA+SHA1:RSA+SHA1:ECDSA+SHA224:RSA+SHA224:DSA+SHA256:RSA+sha512:ed25519", 2)]
    [InlineData("ECDSA+SHA384:ECDSA+SHA512:RSA+SHA256:ECDSA+SHA256", 4)]
    [InlineData("SHA256+ECDSA:sha384+RSA:SHA512+PSS:rsa_pss_pss_sha256", 2)]
    public void AcceptedSchemes_AreWhatOpenSslItselfUses(string? value, int level)
    {
        if (!OpenSslPeer.Available()) { Assert.Fail("openssl is not installed (.ci/run installs it)"); }
        var sent = OpenSslSends(value, level);
        Assert.NotNull(sent);
        var d = Audit(value, level);
        Assert.Equal(value == null, d.Directive.IsDefault);
        Assert.Null(d.Error);
        var ours = d.Selected.Select(s => Convert.ToInt32(Regex.Match(s.Resolved!, @"0x([0-9A-F]{4})").Groups[1].Value, 16)).ToList();
        Assert.Equal(sent, ours);
    }

    [Theory]
    [InlineData("ecdsa+sha256", "not a signature algorithm OpenSSL knows")]
    [InlineData("FOO+SHA256", "not a signature algorithm OpenSSL knows")]
    [InlineData("RSA-PSS+SHA1", "not a signature algorithm OpenSSL knows")]
    [InlineData("RSA+MD5", "not a signature algorithm OpenSSL knows")]
    [InlineData("no_such_scheme", "not a signature algorithm OpenSSL knows")]
    [InlineData("ECDSA+SHA256:", "empty entry")]
    [InlineData("RSA+SHA1:rsa_pkcs1_sha1", "a second time")]
    [InlineData("ECDSA+SHA256:ecdsa_secp256r1_sha256", "a second time")]
    [InlineData("ECDSA_SECP256R1_SHA256", "does not accept the name")]
    [InlineData("ED25519", "does not accept the name")]
    [InlineData("ecdsa_sha1", "does not accept the name")]
    [InlineData("dsa_sha256", "does not accept the name")]
    [InlineData("ecdsa_brainpoolP256r1tls13_sha256", "does not accept the name")]
    [InlineData("RSA+Sha256", "not a signature algorithm OpenSSL knows")]
    [InlineData("RSA+SHA256+ECDSA", "not a signature algorithm OpenSSL knows")]
    public void ValuesOpenSslRejects_AreInvalidValues(string value, string expected)
    {
        if (!OpenSslPeer.Available()) { Assert.Fail("openssl is not installed (.ci/run installs it)"); }
        Assert.Null(OpenSslSends(value, 2));
        var d = Audit(value, 2);
        Assert.NotNull(d.Error);
        Assert.Contains(expected, d.Error);
    }

    [Fact]
    public void BuiltInList_FailsEveryType_OnSha224_AndAListWithoutItPasses()
    {
        // OpenSSL's built-in list keeps ECDSA-SHA224 and RSA-SHA224 at the usual security levels 1 and 2: SHA-224 is not on
        // the CRYPTREC list, which is what `tls` reports against an OpenSSL server left at its defaults.
        var byDefault = Audit(null, 2);
        Assert.Equal(ListStatus.NotListed, byDefault.Status);
        Assert.Contains("ecdsa_sha224", byDefault.Selected.Where(s => s.Status == ListStatus.NotListed).Select(s => s.Name));
        Assert.All(byDefault.Tls!, t => Assert.False(t.Allowed));
        Assert.Contains(byDefault.Directive.Notes, n => n.Contains("built-in list", StringComparison.Ordinal));

        var set = Audit("ECDSA+SHA256:ECDSA+SHA384:ECDSA+SHA512:RSA-PSS+SHA256:RSA-PSS+SHA384:RSA-PSS+SHA512:RSA+SHA256:RSA+SHA384:RSA+SHA512", 2);
        Assert.False(set.Directive.IsDefault);
        Assert.All(set.Selected, s => Assert.Equal(ListStatus.Recommended, s.Status));
        Assert.True(set.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
    }
}

/// <summary>
/// Per server block, against a running nginx: the audit's verdict on each scheme a server block accepts agrees with a
/// handshake in which OpenSSL's client offers only that scheme. nginx uses a server block's own ssl_conf_command lines
/// instead of the http block's (not merged), and the security level comes from the server's cipher string.
/// </summary>
public sealed class SignatureAlgorithmsNginxTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void PerServerVerdicts_AgreeWithTheRunningNginx()
    {
        if (!OpenSslPeer.Available()) { Assert.Fail("openssl is not installed (.ci/run installs it)"); }
        var dir = CryptrecCheck.Tests.Tls.Infrastructure.DaemonServer.NewDirectory("nginx-sigalgs");
        var (cert, key) = CryptrecCheck.Tests.Tls.Infrastructure.TestCertificates.Get(CryptrecCheck.Tests.Tls.Infrastructure.TestCertificates.Kind.EcdsaP256);
        Directory.CreateDirectory(Path.Combine(dir, "tmp"));
        var ports = CryptrecCheck.Tests.Tls.Infrastructure.DaemonServer.FreePorts(4);
        var conf = Path.Combine(dir, "nginx.conf");
        File.WriteAllText(conf, CryptrecCheck.Tests.Tls.Infrastructure.NginxServer.Configuration(dir, $$"""
              ssl_certificate {{cert}};
              ssl_certificate_key {{key}};
              ssl_protocols TLSv1.2 TLSv1.3;
              ssl_conf_command SignatureAlgorithms ECDSA+SHA256;
              server {
                listen 127.0.0.1:{{ports[0]}} ssl;
                server_name own-commands;
                ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;
              }
              server {
                listen 127.0.0.1:{{ports[1]}} ssl;
                server_name inherits;
              }
              server {
                listen 127.0.0.1:{{ports[2]}} ssl;
                server_name level-zero;
                ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:@SECLEVEL=0;
                ssl_conf_command SignatureAlgorithms ECDSA+SHA256:ECDSA+SHA1;
              }
              server {
                listen 127.0.0.1:{{ports[3]}} ssl;
                server_name tls13-only;
                ssl_protocols TLSv1.3;
                ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;
              }
            """));
        using var nginx = CryptrecCheck.Tests.Tls.Infrastructure.DaemonServer.Start("/usr/sbin/nginx", $"-p {dir} -c {conf} -e {dir}/error.log", dir, ports);
        var r = new ConfigScanner(new ConfigAuditor(ConfigTestKit.Engine)).ScanFile(conf)!;
        var servers = new[] { "own-commands", "inherits", "level-zero", "tls13-only" };
        foreach (var (server, i) in servers.Select((s, i) => (s, i)))
        {
            var d = r.Directives.Single(x => x.Directive.Directive.StartsWith($"server {server} ", StringComparison.Ordinal)
                && x.Directive.Directive.EndsWith(": ssl_conf_command SignatureAlgorithms", StringComparison.Ordinal));
            foreach (var (offer, scheme) in new[] { ("ECDSA+SHA256", "ecdsa_secp256r1_sha256"), ("ECDSA+SHA224", "ecdsa_sha224"), ("ECDSA+SHA1", "ecdsa_sha1") })
            {
                var ours = d.Selected.Any(s => s.Name == scheme);
                var (_, output, _) = OpenSslPeer.Run("s_client", "-connect", $"127.0.0.1:{ports[i]}", server == "tls13-only" ? "-tls1_3" : "-tls1_2", "-sigalgs", offer, "-cipher", "DEFAULT@SECLEVEL=0");
                var real = output.Contains("Peer signing digest:", StringComparison.Ordinal);
                Assert.True(ours == real, $"server {server}, client offering only {offer}: nginx {(real ? "signs with it" : "refuses")}, the audit says it is {(ours ? "" : "not ")}accepted ({d.Directive.Directive}: {string.Join(", ", d.Selected.Select(s => s.Name))}; notes: {string.Join("; ", d.Notes)})");
            }
        }
        // What that means for the verdicts: the server with its own commands and the level-0 one fail, the inheriting one passes.
        bool Recommended(string server) => r.Directives.Single(x => x.Directive.Directive.StartsWith($"server {server} ", StringComparison.Ordinal)
            && x.Directive.Directive.EndsWith(": ssl_conf_command SignatureAlgorithms", StringComparison.Ordinal)).Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed;
        Assert.False(Recommended("own-commands"));
        Assert.True(Recommended("inherits"));
        Assert.False(Recommended("level-zero"));
        // Built-in list, but TLS 1.3 alone: the SHA-224 and SHA-1 pairs are never used, and what is left passes.
        Assert.True(Recommended("tls13-only"));
    }
}
