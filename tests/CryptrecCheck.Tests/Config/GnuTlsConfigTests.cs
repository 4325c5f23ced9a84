using CryptrecCheck.Config;
using CryptrecCheck.Config.GnuTls;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>GnuTLS priority strings where configurations hold them (Exim, mod_gnutls, /etc/gnutls/config, a priority file)
/// and pasted into explain; each expanded as GnuTLS 3.7 does and judged item by item.</summary>
public sealed class GnuTlsConfigTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void Exim_GnuTlsPriorityWithMacro_JudgedAsVersionsSuitesAndGroups()
    {
        var path = _kit.Write("exim4/exim4.conf", """
            # TLS for the SMTP server
            MY_CIPHERS = NORMAL:-VERS-TLS1.3:-VERS-TLS1.1:%SERVER_PRECEDENCE
            tls_advertise_hosts = *
            tls_require_ciphers = MY_CIPHERS

            begin transports
            remote_smtp:
              driver = smtp
              tls_require_ciphers = SECURE256:\
                                    -VERS-ALL:+VERS-TLS1.2
            """);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Empty(scanner.Errors);
        Assert.Equal(ConfigType.Exim, r.Type);
        var main = r.Directives[0];
        Assert.Equal(4, main.Directive.Line);
        Assert.Equal(DirectiveKind.GnuTlsPriority, main.Directive.Kind);
        var expected = GnuTlsPriorityString.Expand("NORMAL:-VERS-TLS1.3:-VERS-TLS1.1:%SERVER_PRECEDENCE");
        Assert.Equal(new[] { "TLS 1.2", "TLS 1.0" }, main.Selected.Where(s => s.ItemKind == DirectiveKind.TlsProtocols).Select(s => s.Name));
        Assert.Equal(expected.Suites.Select(s => s.StandardName), main.Selected.Where(s => s.ItemKind == DirectiveKind.TlsCipherString).Select(s => s.Name));
        Assert.Contains(main.Selected, s => s.ItemKind == DirectiveKind.TlsGroups && s.Name == "x25519");
        Assert.Contains(main.Notes, n => n.Contains("SERVER_PRECEDENCE", StringComparison.Ordinal));
        // TLS 1.0 and the RSA key-transport suites keep it out of the recommended type.
        Assert.False(main.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
        Assert.Contains("TLS 1.0", main.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).NotAllowed);
        Assert.Contains(r.Findings, f => f.Id == "config.tls-protocol" && f.Asset == "TLS 1.0" && f.Location!.Line == 4);
        Assert.Contains(r.Findings, f => f.Id == "config.tls-cipher" && f.Asset == "TLS_RSA_WITH_AES_128_CBC_SHA");

        var transport = r.Directives[1];
        Assert.Equal(9, transport.Directive.Line);
        Assert.Equal("SECURE256:-VERS-ALL:+VERS-TLS1.2", transport.Directive.Value);
        Assert.Equal(new[] { "TLS 1.2" }, transport.Selected.Where(s => s.ItemKind == DirectiveKind.TlsProtocols).Select(s => s.Name));
    }

    [Fact]
    public void Exim_OpenSslValueAndRejectedPriority_AreReadHonestly()
    {
        var path = _kit.Write("exim.conf", """
            tls_require_ciphers = HIGH:!aNULL:!MD5
            tls_require_ciphers = NORMAL:+VERS-TLS9.9
            tls_require_ciphers = ${if eq{$received_port}{465}{NORMAL}{SECURE128}}
            """);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Equal(DirectiveKind.TlsCipherString, r.Directives[0].Directive.Kind);
        Assert.Contains(r.Directives[0].Notes, n => n.Contains("OpenSSL", StringComparison.Ordinal));
        Assert.NotNull(r.Directives[1].Error);
        Assert.Contains("+VERS-TLS9.9", r.Directives[1].Error!, StringComparison.Ordinal);
        Assert.Contains(r.Findings, f => f.Id == "config.invalid-value" && f.Location!.Line == 2);
        Assert.Empty(r.Directives[2].Selected);
        Assert.Contains(r.Directives[2].Notes, n => n.Contains("expansion", StringComparison.Ordinal));
    }

    [Fact]
    public void ModGnutls_PrioritiesInApacheConfig_AreExpanded()
    {
        var path = _kit.Write("apache2/sites-enabled/tls.conf", """
            <VirtualHost *:443>
                GnuTLSEnable On
                GnuTLSPriorities NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-SECP256R1
            </VirtualHost>
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.Apache, r.Type);
        var d = ConfigTestKit.One(r, "GnuTLSPriorities");
        Assert.Equal(new[] { "TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "secp256r1" }, d.Selected.Select(s => s.Name));
        Assert.All(d.Tls!, t => Assert.True(t.Allowed, string.Join(",", t.NotAllowed)));
        Assert.Equal(ListStatus.Recommended, d.Status);
    }

    [Fact]
    public void GnuTlsSystemConfig_PrioritiesAndOverrides_AreRead()
    {
        var path = _kit.Write("etc/gnutls/config", """
            [global]
            override-mode = blocklist

            [priorities]
            SYSTEM = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1
            LEGACYAPP = LEGACY:+3DES-CBC

            [overrides]
            tls-disabled-cipher = CAMELLIA-256-CBC
            default-priority-string = SECURE128:-VERS-TLS-ALL:+VERS-TLS1.3
            """);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(path)!;
        Assert.Empty(scanner.Errors);
        Assert.Equal(ConfigType.GnuTlsPriority, r.Type);
        Assert.Equal(new[] { "[priorities] SYSTEM", "[priorities] LEGACYAPP", "[overrides] default-priority-string" }, r.Directives.Select(d => d.Directive.Directive));
        Assert.Contains(ConfigTestKit.One(r, "[priorities] LEGACYAPP").Selected, s => s.Name == "TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        Assert.Equal(new[] { "TLS 1.3" }, ConfigTestKit.One(r, "[overrides] default-priority-string").Selected.Where(s => s.ItemKind == DirectiveKind.TlsProtocols).Select(s => s.Name));
        Assert.All(r.Directives, d => Assert.Contains(d.Notes, n => n.Contains("tls-disabled-cipher", StringComparison.Ordinal)));
    }

    [Fact]
    public void PriorityFile_ForcedType_OneStringPerLine()
    {
        var path = _kit.Write("prio.txt", "# priorities\nPFS:-VERS-TLS1.0\n\nNORMAL:+BOGUS\n");
        var scanner = ConfigTestKit.Scanner(ConfigType.GnuTlsPriority);
        var r = scanner.ScanFile(path)!;
        Assert.Equal(2, r.Directives.Count);
        Assert.Null(r.Directives[0].Error);
        Assert.DoesNotContain(r.Directives[0].Selected, s => s.Name.StartsWith("TLS_RSA_", StringComparison.Ordinal)); // PFS: no RSA key transport
        Assert.NotNull(r.Directives[1].Error);
        Assert.Equal(4, r.Directives[1].Directive.Line);
    }

    [Fact]
    public void PastedInput_PriorityString_BecomesVersionsSuitesAndGroups()
    {
        var items = PastedInput.Expand("NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-X25519").ToList();
        Assert.Equal(new[] { "TLS 1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "x25519" }, items);
        Assert.True(GnuTlsPriorityString.LooksLikePriorityString("NORMAL:-VERS-TLS1.0"));
        Assert.True(GnuTlsPriorityString.LooksLikePriorityString("SECURE256:+SECURE128"));
        Assert.False(GnuTlsPriorityString.LooksLikePriorityString("HIGH:!aNULL:!MD5"));
        Assert.False(GnuTlsPriorityString.LooksLikePriorityString("SUITEB128"));
        // OpenSSL strings still go to OpenSSL.
        Assert.Contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", PastedInput.Expand("ECDHE+AESGCM"));
    }
}
