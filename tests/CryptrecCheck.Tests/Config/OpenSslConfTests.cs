using CryptrecCheck.Config;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>openssl.cnf: the SSL settings OpenSSL applies to every TLS context (openssl_conf → ssl_conf → system_default),
/// read as OpenSSL reads them; the installed OpenSSL, given the same file, is the reference for which section applies.</summary>
public sealed class OpenSslConfTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private const string Chained = """
        # an OpenSSL configuration as distributions write it
        openssl_conf = my_init

        [ my_init ]
        ssl_conf = my_ssl

        [my_ssl]
        system_default = my_defaults
        mail = mail_sect

        [my_defaults]
        MinProtocol = TLSv1.2
        CipherString = ECDHE+AESGCM:!aNULL
        Ciphersuites = TLS_AES_256_GCM_SHA384
        Options = ServerPreference

        [mail_sect]
        CipherString = DEFAULT

        [unused]
        CipherString = RC4
        """;

    [Fact]
    public void SystemDefault_IsTheSectionOpenSslApplies()
    {
        if (!OpenSslPeer.Available())
        {
            Assert.Fail("openssl is not installed: .ci/run installs it (apt-get install -y openssl); install it to run this test locally.");
        }
        var path = _kit.Write("ssl/openssl.cnf", Chained);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Empty(scanner.Errors);
        Assert.Equal(ConfigType.OpenSslConf, r.Type);

        // What OpenSSL itself makes of the file: `openssl ciphers -s` with no string lists a new context's suites, after
        // the configuration's system_default commands were applied to it.
        var (code, output, err) = OpenSslPeer.RunWithConfig(path, "ciphers", "-s", "-stdname");
        Assert.True(code == 0, err);
        var listed = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split(" - ", 2)[0].Trim()).ToList();
        Assert.Equal(listed.Where(n => n.Contains("_WITH_", StringComparison.Ordinal)),
            ConfigTestKit.One(r, "system_default: CipherString").Selected.Select(s => s.Name));
        Assert.Equal(listed.Where(n => !n.Contains("_WITH_", StringComparison.Ordinal)), ConfigTestKit.One(r, "system_default: Ciphersuites").Selected.Select(s => s.Name));
        Assert.Equal(new[] { "TLS 1.2", "TLS 1.3" },
            ConfigTestKit.One(r, "system_default: MinProtocol").Selected.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal));

        // Another configuration name applies only where an application asks for it, and says so; a section nothing points
        // to is not read (its RC4 is not OpenSSL's either: the list above has none).
        var mail = ConfigTestKit.One(r, "mail: CipherString");
        Assert.Contains(mail.Notes.Concat(mail.Directive.Notes), n => n.Contains("only to applications that load the SSL configuration \"mail\"", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Directives, d => d.Directive.Value == "RC4");
        Assert.DoesNotContain(listed, n => n.Contains("RC4", StringComparison.Ordinal));
        // Options is not a choice of cryptography: not judged.
        Assert.DoesNotContain(r.Directives, d => d.Directive.Directive.EndsWith("Options", StringComparison.Ordinal));
    }

    [Fact]
    public void WeakSystemDefault_IsReported_AndBadValuesAreInvalidNotCrashes()
    {
        var path = _kit.Write("etc/openssl.cnf", """
            openssl_conf = init
            .include /etc/ssl/openssl.cnf.d
            [init]
            ssl_conf = ssl
            [ssl]
            system_default = sys
            broken = no_such_section
            [sys]
            MinProtocol = TLSv1
            MaxProtocol = TLSv9
            CipherString = "DEFAULT:@SECLEVEL=0"
            """);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Empty(scanner.Errors);
        Assert.Contains(r.Findings, f => f.Id == "config.tls-protocol" && f.Asset == "TLS 1.0" && f.Location!.Line == 9);
        Assert.Contains(r.Findings, f => f.Id == "config.invalid-value" && f.Location!.Line == 10);
        Assert.Equal("DEFAULT:@SECLEVEL=0", ConfigTestKit.One(r, "system_default: CipherString").Directive.Value);
        Assert.Contains(r.Directives[0].Directive.Notes, n => n.Contains(".include /etc/ssl/openssl.cnf.d", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("openssl_conf = nowhere\n")]
    [InlineData("openssl_conf = init\n[init]\nssl_conf = missing\n")]
    [InlineData("[init\nssl_conf = ssl\n[ssl]\nsystem_default = sys\n[sys]\nMinProtocol = TLSv1.3\n")]
    [InlineData("openssl_conf\n=\n[]\n[[[\n= x\n")]
    public void BrokenChains_GiveNoDirectives(string text)
    {
        var path = _kit.Write("broken/openssl.cnf", text);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Equal(ConfigType.OpenSslConf, r.Type);
        Assert.Empty(r.Directives);
    }

    [Fact]
    public void Detected_ByContent_UnderAnotherName()
    {
        Assert.Equal(ConfigType.OpenSslConf, ConfigDetector.Detect("/etc/pki/tls/custom.cnf", "openssl_conf = init\n[init]\nssl_conf = s\n"));
        Assert.Equal(ConfigType.OpenSslConf, ConfigDetector.Detect("x.conf", "[s]\nsystem_default = d\n[i]\nssl_conf = s\n"));
        Assert.True(ConfigTypeNames.TryParse("openssl-conf", out var t) && t == ConfigType.OpenSslConf);
    }
}
