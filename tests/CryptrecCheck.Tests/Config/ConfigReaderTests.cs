using CryptrecCheck.Config;
using CryptrecCheck.Config.OpenSsl;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>Each reader on configurations written here, with the findings they must give; bad input per file.</summary>
public sealed class ConfigReaderTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public void Nginx_DirectivesAndIncludes_JudgedWithLinesAndGuidelineTypes()
    {
        var main = _kit.Write("nginx/nginx.conf", """
            user www-data;
            http {
                ssl_protocols TLSv1 TLSv1.2;   # TLSv1 kept for an old client
                ssl_ciphers 'ECDHE+AESGCM:!aNULL';
                include conf.d/*.conf;
            }
            """);
        _kit.Write("nginx/conf.d/site.conf", """
            server {
                listen 443 ssl;
                ssl_certificate /etc/ssl/site.pem;
                ssl_conf_command Ciphersuites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256;
                ssl_ecdh_curve X25519:prime256v1:secp384r1;
            }
            """);
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(main)!;
        Assert.Empty(scanner.Errors);
        Assert.Equal(ConfigType.Nginx, r.Type);
        Assert.Equal(2, r.FilesRead.Count);

        var protocols = ConfigTestKit.One(r, "ssl_protocols");
        Assert.Equal(3, protocols.Directive.Line);
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.2" }, protocols.Selected.Select(s => s.Name));
        Assert.Equal(ListStatus.Monitored, protocols.Status);
        Assert.False(protocols.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
        Assert.True(protocols.Tls!.Single(t => t.Type == TlsGuidelineType.Exception).Allowed);
        Assert.Equal(new[] { "TLS 1.0" }, protocols.Tls!.Single(t => t.Type == TlsGuidelineType.High).NotAllowed);

        var ciphers = ConfigTestKit.One(r, "ssl_ciphers");
        Assert.Equal(OpenSslCipherString.Expand("ECDHE+AESGCM:!aNULL").Supported().Select(c => c.StandardName), ciphers.Selected.Select(s => s.Name));
        Assert.Equal(4, ciphers.Selected.Count);
        Assert.All(ciphers.Tls!, t => Assert.True(t.Allowed));

        var tls13 = ConfigTestKit.One(r, "ssl_conf_command Ciphersuites");
        Assert.EndsWith("site.conf", tls13.Directive.File);
        Assert.Equal(4, tls13.Directive.Line);
        Assert.Equal(new[] { "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256" }, tls13.Selected.Select(s => s.Name));

        var curves = ConfigTestKit.One(r, "ssl_ecdh_curve");
        Assert.All(curves.Selected, s => Assert.NotNull(s.Verdict));
        // Everything is set but the signature algorithms, which nginx leaves to OpenSSL's built-in list: reported for the one
        // server block (a file without server blocks gets a file-level default instead).
        Assert.Equal(new[] { "server _ (listen 443): ssl_conf_command SignatureAlgorithms" },
            r.Directives.Where(d => d.Directive.IsDefault).Select(d => d.Directive.Directive));
    }

    [Fact]
    public void Nginx_SignatureAlgorithms_Tls13OnlyServerPasses_AndASnippetGetsTheFileLevelDefault()
    {
        // TLS 1.3 alone: the built-in list's SHA-224 and SHA-1 pairs are never used, and no file-level entry fails the file.
        var only13 = _kit.Write("n13/nginx.conf", "http {\n  server {\n    listen 443 ssl;\n    ssl_certificate /etc/ssl/x.pem;\n    ssl_protocols TLSv1.3;\n  }\n}\n");
        var r = ConfigTestKit.Scanner().ScanFile(only13)!;
        var sig = r.Directives.Where(d => d.Directive.Kind == DirectiveKind.TlsSignatureAlgorithms).ToList();
        Assert.Single(sig);
        Assert.True(sig[0].Directive.IsDefault);
        Assert.DoesNotContain("ecdsa_sha224", sig[0].Selected.Select(s => s.Name));
        Assert.All(sig[0].Tls!, t => Assert.True(t.Allowed));
        // A snippet with TLS on and no server block: the file-level default stands for what OpenSSL uses.
        var snippet = _kit.Write("n13/snippet.conf", "ssl_certificate /etc/ssl/x.pem;\nssl_protocols TLSv1.2 TLSv1.3;\n");
        var s = ConfigTestKit.Scanner(ConfigType.Nginx).ScanFile(snippet)!;
        var d = ConfigTestKit.One(s, "ssl_conf_command SignatureAlgorithms");
        Assert.True(d.Directive.IsDefault);
        Assert.Contains("ecdsa_sha224", d.Selected.Select(x => x.Name));
    }

    [Fact]
    public void Nginx_ServerBlocks_InheritFromHttpOrDefault_ReportedPerServer()
    {
        var main = _kit.Write("ng/nginx.conf", """
            http {
                ssl_ciphers HIGH:!aNULL:!MD5:!SHA1;
                server {
                    listen 443 ssl;
                    server_name a.example;
                    ssl_protocols TLSv1 TLSv1.2;
                }
                include sites/*.conf;
                server {
                    listen 80;
                    server_name plain.example;
                }
            }
            """);
        _kit.Write("ng/sites/b.conf", """
            server {
                listen 8443 ssl;
                server_name b.example www.b.example;
                ssl_certificate /etc/ssl/b.pem;
                location / { proxy_pass http://127.0.0.1:8080; }
            }
            """);
        var r = ConfigTestKit.Scanner().ScanFile(main)!;
        var aProt = ConfigTestKit.One(r, "server a.example (listen 443): ssl_protocols");
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.2" }, aProt.Selected.Select(s => s.Name));
        Assert.Equal(6, aProt.Directive.Line);
        var aCiph = ConfigTestKit.One(r, "server a.example (listen 443): ssl_ciphers");
        Assert.Equal("HIGH:!aNULL:!MD5:!SHA1", aCiph.Directive.CipherString);
        Assert.Contains(aCiph.Notes, n => n.Contains("inherited from http", StringComparison.Ordinal) && n.Contains(":2)", StringComparison.Ordinal));

        var bProt = ConfigTestKit.One(r, "server b.example www.b.example (listen 8443): ssl_protocols");
        Assert.True(bProt.Directive.IsDefault);
        Assert.EndsWith("b.conf", bProt.Directive.File);
        Assert.Equal(1, bProt.Directive.Line);
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, bProt.Selected.Select(s => s.Name)); // either version's default
        Assert.Equal("HIGH:!aNULL:!MD5:!SHA1", ConfigTestKit.One(r, "server b.example www.b.example (listen 8443): ssl_ciphers").Directive.CipherString);
        Assert.DoesNotContain(r.Directives, d => d.Directive.Directive.Contains("plain.example", StringComparison.Ordinal)); // no TLS there
        // The directive lines are still reported as written.
        Assert.Single(r.Directives, d => d.Directive.Directive == "ssl_protocols");
    }

    [Fact]
    public void Nginx_TlsOnWithoutProtocolsOrCiphers_ReportsNginxDefaults()
    {
        var path = _kit.Write("site.conf", "server { listen 443 ssl; ssl_certificate /x.pem; }\n");
        var r = ConfigTestKit.Scanner(ConfigType.Nginx).ScanFile(path)!;
        var p = ConfigTestKit.One(r, "ssl_protocols");
        Assert.True(p.Directive.IsDefault);
        // nginx < 1.23.4 (Debian 12's 1.22.1 negotiates TLS 1.0 with no ssl_protocols) enables TLSv1 and TLSv1.1; 1.23.4 and
        // later TLSv1.2 and TLSv1.3. A file does not say which nginx reads it: the union is judged, and so TLS 1.0 is not
        // allowed in the recommended type (it was reported "allowed in every type").
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));
        Assert.Contains(p.Notes, n => n.Contains("1.23.4", StringComparison.Ordinal) && n.Contains("set ssl_protocols explicitly", StringComparison.Ordinal));
        Assert.False(p.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
        var c = ConfigTestKit.One(r, "ssl_ciphers");
        Assert.True(c.Directive.IsDefault);
        Assert.Equal(NginxReader_DefaultCiphers, c.Directive.CipherString);
    }

    private const string NginxReader_DefaultCiphers = "HIGH:!aNULL:!MD5";

    [Fact]
    public void Nginx_InvalidCipherString_IsAnInvalidValueFindingNotACrash()
    {
        var path = _kit.Write("bad.conf", "ssl_ciphers 'HIGH:*';\nssl_protocols TLSv1.2 TLSv9;\n");
        var r = ConfigTestKit.Scanner(ConfigType.Nginx).ScanFile(path)!;
        Assert.Contains("OpenSSL rejects", ConfigTestKit.One(r, "ssl_ciphers").Error);
        Assert.Contains(r.Findings, f => f.Id == "config.invalid-value");
        Assert.Contains(ConfigTestKit.One(r, "ssl_protocols").Notes, n => n.Contains("TLSv9", StringComparison.Ordinal));
    }

    [Fact]
    public void Include_Loop_IsReportedOnceAndTheRestIsAudited()
    {
        var a = _kit.Write("loop/a.conf", "ssl_protocols TLSv1.2;\ninclude b.conf;\n");
        _kit.Write("loop/b.conf", "ssl_ciphers HIGH;\ninclude a.conf;\n");
        var scanner = ConfigTestKit.Scanner(ConfigType.Nginx);
        var r = scanner.ScanFile(a)!;
        Assert.Contains(scanner.Errors, e => e.Code == "include-loop");
        Assert.Contains(r.Directives, d => d.Directive.Directive == "ssl_ciphers");
    }

    [Fact]
    public void Include_TooDeep_StopsAtTheBound()
    {
        for (var i = 0; i < 25; i++) { _kit.Write($"deep/f{i}.conf", $"ssl_protocols TLSv1.2;\ninclude f{i + 1}.conf;\n"); }
        _kit.Write("deep/f25.conf", "ssl_protocols TLSv1.3;\n");
        var scanner = ConfigTestKit.Scanner(ConfigType.Nginx);
        var r = scanner.ScanFile(Path.Combine(_kit.Root, "deep/f0.conf"))!;
        Assert.Contains(scanner.Errors, e => e.Code == "include-depth");
        Assert.Equal(ConfigLimits.MaxIncludeDepth + 1, r.FilesRead.Count);
    }

    [Fact]
    public void Directory_BinaryHugeAndUnknownFiles_PerFileErrorsRestAudited()
    {
        var dir = Path.Combine(_kit.Root, "mixed");
        _kit.Write("mixed/sshd_config", "Ciphers aes128-ctr,3des-cbc\n");
        File.WriteAllBytes(Path.Combine(dir, "nginx.conf"), new byte[] { 0x73, 0x73, 0x6C, 0x00, 0x01, 0x02 });
        File.WriteAllText(Path.Combine(dir, "haproxy.cfg"), new string('#', ConfigLimits.MaxFileBytes + 10));
        _kit.Write("mixed/README.txt", "nothing to see\n");
        var scanner = ConfigTestKit.Scanner();
        var results = scanner.Scan(new[] { dir }).ToList();
        Assert.Single(results);
        Assert.Equal(ConfigType.Sshd, results[0].Type);
        Assert.Contains(scanner.Errors, e => e.Code == "binary" && e.Source.EndsWith("nginx.conf", StringComparison.Ordinal));
        Assert.Contains(scanner.Errors, e => e.Code == "too-large" && e.Source.EndsWith("haproxy.cfg", StringComparison.Ordinal));
        Assert.Equal(1, scanner.Skipped);
    }

    [Fact]
    public void Apache_ProtocolArithmeticTls13SuitesAndConfCmd()
    {
        var path = _kit.Write("apache2/ssl.conf", """
            <IfModule mod_ssl.c>
              SSLProtocol all -SSLv3 -TLSv1 \
                  -TLSv1.1
              SSLCipherSuite HIGH:!aNULL:!MD5:!SHA1:!SHA256:!SHA384:!CAMELLIA:!ARIA:!PSK:!SRP:!DSS:!kRSA
              SSLCipherSuite TLSv1.3 TLS_AES_128_GCM_SHA256
              SSLOpenSSLConfCmd Curves X25519:secp384r1
              SSLProxyProtocol TLSv1.2
            </IfModule>
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.Apache, r.Type);
        var p = ConfigTestKit.One(r, "SSLProtocol");
        Assert.Equal(2, p.Directive.Line);
        Assert.Equal(new[] { "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));
        Assert.All(p.Tls!, t => Assert.True(t.Allowed));
        var c = ConfigTestKit.One(r, "SSLCipherSuite");
        Assert.All(c.Selected, s => Assert.True(s.Verdict!.Tls!.High.Allowed, s.Name));
        Assert.Equal(new[] { "TLS_AES_128_GCM_SHA256" }, ConfigTestKit.One(r, "SSLCipherSuite TLSv1.3").Selected.Select(s => s.Name));
        Assert.Equal(2, ConfigTestKit.One(r, "SSLOpenSSLConfCmd Curves").Selected.Count);
        Assert.Equal(new[] { "TLS 1.2" }, ConfigTestKit.One(r, "SSLProxyProtocol").Selected.Select(s => s.Name));
    }

    [Fact]
    public void Haproxy_ServerLines_InheritDefaultServerSettings_NoFalseDefault()
    {
        // A reviewer's case: default-server sets ciphers and ssl-min-ver; server lines inherit them, so no "OpenSSL
        // DEFAULT" default may be added to them (it made a compliant file noncompliant).
        var path = _kit.Write("ds/haproxy.cfg", """
            defaults
                default-server ssl verify none ciphers ECDHE-RSA-AES128-GCM-SHA256 ssl-min-ver TLSv1.2
            backend b
                server s1 10.0.0.1:443 ssl verify none
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.DoesNotContain(r.Directives, d => d.Directive.IsDefault);
        Assert.Equal(ListStatus.Recommended, r.Status);
        // A default-server of another backend does not reach s1 (haproxy -c accepts this file; s1 uses OpenSSL's DEFAULT).
        var other = _kit.Write("ds3/haproxy.cfg", """
            backend b1
                server s1 127.0.0.1:443 ssl verify none
            backend b2
                default-server ciphers ECDHE-RSA-AES128-GCM-SHA256 ssl-min-ver TLSv1.2
                server s2 127.0.0.1:444 ssl verify none
            """);
        var r3 = ConfigTestKit.Scanner().ScanFile(other)!;
        var s1 = Assert.Single(r3.Directives, d => d.Directive.Directive == "server … ciphers" && d.Directive.IsDefault);
        Assert.Equal(2, s1.Directive.Line);
        // A line of empty quotes is no word at all: no crash (the section check read words[0]).
        var quotes = _kit.Write("ds4/haproxy.cfg", "global\n    \"\"\nfrontend f\n    bind :443 ssl crt /x.pem\n");
        Assert.Single(ConfigTestKit.Scanner().ScanFile(quotes)!.Directives, d => d.Directive.Directive == "bind … ciphers");
        // Without default-server settings the server line gets both defaults.
        var plain = _kit.Write("ds2/haproxy.cfg", "backend b\n    server s1 10.0.0.1:443 ssl verify none\n");
        var r2 = ConfigTestKit.Scanner().ScanFile(plain)!;
        Assert.True(ConfigTestKit.One(r2, "server … ciphers").Directive.IsDefault);
    }

    [Fact]
    public void Haproxy_GlobalOptionsAndBindLine()
    {
        var path = _kit.Write("haproxy.cfg", """
            global
                ssl-default-bind-ciphers ECDHE-RSA-AES128-SHA:AES128-SHA
                ssl-default-bind-options ssl-min-ver TLSv1.0 no-tlsv11 no-tls-tickets
            frontend web
                bind :443 ssl crt /etc/ssl/x.pem ciphers ECDHE-ECDSA-AES256-GCM-SHA384 ssl-min-ver TLSv1.3
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.Haproxy, r.Type);
        var o = ConfigTestKit.One(r, "ssl-default-bind-options");
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.2", "TLS 1.3" }, o.Selected.Select(s => s.Name));
        var c = ConfigTestKit.One(r, "ssl-default-bind-ciphers");
        Assert.Equal(ListStatus.Monitored, c.Status); // AES128-SHA: RSA key transport (RSAES-PKCS1-v1_5) is monitored
        Assert.False(c.Tls!.Single(t => t.Type == TlsGuidelineType.High).Allowed);
        Assert.Equal(new[] { "TLS 1.3" }, ConfigTestKit.One(r, "bind … ssl-min-ver TLSv1.3").Selected.Select(s => s.Name));
        Assert.Single(ConfigTestKit.One(r, "bind … ciphers").Selected);
        // No sigalgs anywhere: the bind line gets OpenSSL's built-in list, SHA-224 included.
        var sig = ConfigTestKit.One(r, "bind … sigalgs");
        Assert.True(sig.Directive.IsDefault);
        Assert.Equal(5, sig.Directive.Line);
        Assert.Contains("rsa_pkcs1_sha224", sig.Selected.Select(s => s.Name));
        Assert.Equal(ListStatus.NotListed, sig.Status);
    }

    [Fact]
    public void Haproxy_Sigalgs_OnTheLineOrGlobal_ReplaceTheBuiltInList()
    {
        var path = _kit.Write("haproxy-sig.cfg", """
            global
                ssl-default-bind-sigalgs ECDSA+SHA256:RSA-PSS+SHA256
            frontend a
                bind :443 ssl crt /etc/ssl/x.pem
                bind :8443 ssl crt /etc/ssl/x.pem sigalgs ECDSA+SHA384 client-sigalgs RSA+SHA1:ECDSA+SHA256
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.DoesNotContain(r.Directives, d => d.Directive.IsDefault && d.Directive.Kind == DirectiveKind.TlsSignatureAlgorithms);
        Assert.All(ConfigTestKit.One(r, "ssl-default-bind-sigalgs").Tls!, t => Assert.True(t.Allowed));
        Assert.Equal(new[] { "ecdsa_secp384r1_sha384" }, ConfigTestKit.One(r, "bind … sigalgs").Selected.Select(s => s.Name));
        // RSA+SHA1 is left out at security level 2, as OpenSSL leaves it out.
        var client = ConfigTestKit.One(r, "bind … client-sigalgs");
        Assert.Equal(new[] { "ecdsa_secp256r1_sha256" }, client.Selected.Select(s => s.Name));
        Assert.Contains(client.Notes, n => n.Contains("rsa_pkcs1_sha1", StringComparison.Ordinal));
    }

    [Fact]
    public void Postfix_GradesExcludesProtocolsAndDefaults()
    {
        var path = _kit.Write("main.cf", """
            smtpd_tls_security_level = may
            smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1,
                !TLSv1.1
            smtpd_tls_mandatory_ciphers = high
            smtpd_tls_mandatory_exclude_ciphers = aNULL, CAMELLIA, ARIA, SHA1
            tls_high_cipherlist = ECDHE+AESGCM:DHE+AESGCM:ECDHE+AES:@STRENGTH
            smtp_tls_security_level = encrypt
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.Postfix, r.Type);
        var p = ConfigTestKit.One(r, "smtpd_tls_protocols");
        Assert.Equal(2, p.Directive.Line);
        Assert.Equal(new[] { "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));
        var m = ConfigTestKit.One(r, "smtpd_tls_mandatory_ciphers");
        Assert.Equal("ECDHE+AESGCM:DHE+AESGCM:ECDHE+AES:@STRENGTH:!aNULL:!CAMELLIA:!ARIA:!SHA1", m.Directive.CipherString);
        Assert.DoesNotContain(m.Selected, s => s.Name.EndsWith("_SHA", StringComparison.Ordinal));
        // TLS is on for the smtp client too, with nothing set: Postfix's defaults, marked as such.
        var d = ConfigTestKit.One(r, "smtp_tls_protocols");
        Assert.True(d.Directive.IsDefault);
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, d.Selected.Select(s => s.Name));
        Assert.True(ConfigTestKit.One(r, "smtp_tls_ciphers").Directive.IsDefault);
    }

    [Fact]
    public void Sshd_FirstValueWinsMatchBlocksIncludeAndDefaults()
    {
        var path = _kit.Write("ssh/sshd_config", """
            Include sshd_config.d/*.conf
            Ciphers aes256-gcm@openssh.com,aes128-ctr
            MACs=-umac*,hmac-sha1*
            Match User legacy
                PubkeyAcceptedAlgorithms +ssh-rsa
            """);
        _kit.Write("ssh/sshd_config.d/10-first.conf", "Ciphers chacha20-poly1305@openssh.com\n");
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.Sshd, r.Type);
        var first = r.Directives.First(d => d.Directive.Directive == "Ciphers");
        Assert.EndsWith("10-first.conf", first.Directive.File);
        Assert.Equal(new[] { "chacha20-poly1305@openssh.com" }, first.Selected.Select(s => s.Name));
        Assert.Contains(r.Directives, d => d.Directive.Directive == "Ciphers" && d.Notes.Any(n => n.Contains("first value", StringComparison.Ordinal)));
        var macs = ConfigTestKit.One(r, "MACs");
        Assert.Equal(new[] { "hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512" }, macs.Selected.Select(s => s.Name));
        Assert.Equal(ListStatus.Recommended, macs.Status);
        // KexAlgorithms is not allowed in a Match block (sshd -t refuses it); PubkeyAcceptedAlgorithms is.
        var match = ConfigTestKit.One(r, "Match User legacy: PubkeyAcceptedAlgorithms");
        Assert.Contains(match.Selected, s => s.Name == "ssh-rsa" && s.Status != ListStatus.Recommended);
        var hostKeys = ConfigTestKit.One(r, "HostKeyAlgorithms");
        Assert.True(hostKeys.Directive.IsDefault);
        Assert.All(hostKeys.Selected, s => Assert.NotNull(s.Verdict));
        Assert.Null(macs.Tls);
    }

    [Fact]
    public void JavaSecurity_ReportsWhatIsNotDisabled()
    {
        var path = _kit.Write("java.security", """
            # comment
            jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4, DES, MD5withRSA, \
                DH keySize < 1024, EC keySize < 224, anon, NULL
            jdk.certpath.disabledAlgorithms=MD2, MD5, SHA1 jdkCA & usage TLSServer, RSA keySize < 1024
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(ConfigType.JavaSecurity, r.Type);
        var tls = ConfigTestKit.One(r, "jdk.tls.disabledAlgorithms");
        Assert.Equal(2, tls.Directive.Line);
        Assert.Contains(tls.Selected, s => s.Name == "TLSv1.1" && s.Status == ListStatus.Monitored);
        Assert.Contains(tls.Selected, s => s.Name == "3DES-CBC");
        Assert.DoesNotContain(tls.Selected, s => s.Name is "SSLv3" or "RC4" or "TLSv1.0");
        Assert.Empty(ConfigTestKit.One(r, "jdk.certpath.disabledAlgorithms").Selected);
    }

    [Fact]
    public void Windows_RegExportInUtf16AndGetTlsCipherSuiteText()
    {
        var reg = """
            Windows Registry Editor Version 5.00

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server]
            "Enabled"=dword:00000001
            "DisabledByDefault"=dword:00000000

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.2\Server]
            "Enabled"=dword:ffffffff

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Ciphers\RC4 128/128]
            "Enabled"=dword:00000000

            [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Ciphers\Triple DES 168]
            "Enabled"=dword:00000001
            """;
        var regPath = Path.Combine(_kit.Root, "schannel.reg");
        File.WriteAllBytes(regPath, new byte[] { 0xFF, 0xFE }.Concat(System.Text.Encoding.Unicode.GetBytes(reg.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
        var r = ConfigTestKit.Scanner().ScanFile(regPath)!;
        Assert.Equal(ConfigType.WindowsSchannel, r.Type);
        var enabled = r.Directives.SelectMany(d => d.Selected).ToList();
        Assert.Contains(enabled, s => s.Name == "TLS 1.0" && s.Status == ListStatus.Monitored);
        Assert.Contains(enabled, s => s.Name == "TLS 1.2" && s.Status == ListStatus.Recommended);
        Assert.Contains(enabled, s => s.Name == "Triple DES 168" && s.Status == ListStatus.Monitored);
        Assert.DoesNotContain(enabled, s => s.Name.StartsWith("RC4", StringComparison.Ordinal));

        var text = _kit.Write("suites.txt", """
            KeyType               : 0
            Certificate           : RSA
            Name                  : TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384_P384
            CipherSuite           : 49200

            Name                  : TLS_RSA_WITH_3DES_EDE_CBC_SHA
            CipherSuite           : 10
            """);
        var s2 = ConfigTestKit.Scanner(ConfigType.WindowsSchannel).ScanFile(text)!;
        var d2 = ConfigTestKit.One(s2, "Get-TlsCipherSuite");
        Assert.Equal(new[] { ListStatus.Recommended, ListStatus.Monitored }, d2.Selected.Select(s => s.Status));
    }

    [Fact]
    public void Detector_ByContentWhenTheNameSaysNothing()
    {
        Assert.Equal(ConfigType.Nginx, ConfigDetector.Detect("/x/default", "server {\n listen 80;\n}\n"));
        Assert.Equal(ConfigType.Apache, ConfigDetector.Detect("/x/site", "<VirtualHost *:443>\n</VirtualHost>\n"));
        Assert.Equal(ConfigType.Postfix, ConfigDetector.Detect("/x/cf", "smtpd_tls_security_level = may\n"));
        Assert.Equal(ConfigType.Sshd, ConfigDetector.Detect("/x/y", "PermitRootLogin no\n"));
        Assert.Equal(ConfigType.Unknown, ConfigDetector.Detect("/x/notes.txt", "hello\n"));
    }

    [Fact]
    public void Detector_PostgresqlFiles_AreNotSshOrNginx()
    {
        // A pg_hba.conf was audited as an ssh_config (its "host …" lines) and reported OpenSSH's default MACs as
        // noncompliant; postgresql.conf was read as nginx (ssl_ciphers).
        const string hba = "local   all   postgres   peer\nhost    all   all   127.0.0.1/32   scram-sha-256\nhost    all   all   ::1/128   scram-sha-256\n";
        Assert.Equal(ConfigType.Unknown, ConfigDetector.Detect("/etc/postgresql/15/main/pg_hba.conf", hba));
        Assert.Equal(ConfigType.Unknown, ConfigDetector.Detect("/x/access-rules", hba));
        Assert.Equal(ConfigType.Unknown, ConfigDetector.Detect("/etc/postgresql/15/main/postgresql.conf", "ssl = on\nssl_ciphers = 'HIGH:MEDIUM:+3DES:!aNULL'\n"));
        // An include of postgresql.conf under any name ("ssl_ciphers = '…'") is not nginx; nginx's own syntax still is.
        Assert.Equal(ConfigType.Unknown, ConfigDetector.Detect("/x/conf.d/ssl.conf", "ssl_ciphers = 'HIGH:MEDIUM:+3DES:!aNULL'\n"));
        Assert.Equal(ConfigType.Nginx, ConfigDetector.Detect("/x/conf.d/ssl.conf", "ssl_ciphers HIGH:!aNULL;\n"));
        // A real ssh_config under another name is still one.
        Assert.Equal(ConfigType.SshClient, ConfigDetector.Detect("/x/client", "Host *.example.jp\n    Ciphers aes128-gcm@openssh.com\n"));
    }

    [Theory]
    [InlineData("ssl_ciphers 'NOTACIPHER';", "no cipher")]
    [InlineData("ssl_ciphers 'ALL:!ALL';", "no cipher")]
    [InlineData("ssl_ciphers 'RC4-SHA:NULL-MD5:EXP-RC4-MD5';", "no cipher suite usable at security level")]
    public void CipherString_LeavingNothing_IsAnError_NotAllowedEverywhere(string directive, string expected)
    {
        // "0 selected; allowed in every type" was the verdict for a string OpenSSL refuses or that enables no usable suite.
        var path = _kit.Write("empty-ciphers/nginx.conf", "http {\n  server {\n    listen 443 ssl;\n    " + directive + "\n  }\n}\n");
        var scanner = ConfigTestKit.Scanner();
        var r = Assert.Single(scanner.Scan(new[] { path }));
        var ds = r.Directives.Where(x => x.Directive.Kind == DirectiveKind.TlsCipherString).ToList(); // as written, and per server
        Assert.NotEmpty(ds);
        Assert.All(ds, d =>
        {
            Assert.NotNull(d.Error);
            Assert.Contains(expected, d.Error);
            Assert.Equal(CryptrecCheck.Policy.ListStatus.Unknown, d.Status);
        });
    }

    [Theory]
    [InlineData("haproxy.cfg", "global\n    ssl-default-bind-options no-tlsv12 no-tlsv13\n", "ssl-default-bind-options")]
    [InlineData("haproxy.cfg", "frontend f\n    bind :443 ssl crt /x.pem no-tlsv12 no-tlsv13\n", "bind … no-tlsv12 no-tlsv13")]
    [InlineData("apache2.conf", "SSLEngine on\nSSLProtocol -all\n", "SSLProtocol")]
    [InlineData("main.cf", "smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1, !TLSv1.2, !TLSv1.3\n", "smtpd_tls_protocols")]
    public void ProtocolDirective_EnablingNoVersion_IsAnError_NotAllowedEverywhere(string file, string text, string directive)
    {
        // "0 selected; allowed in every type" was the verdict for HAProxy's "no-tlsv12 no-tlsv13", which haproxy -c refuses
        // ("all SSL/TLS versions are disabled"): a server that completes no handshake is broken, not compliant.
        var path = _kit.Write("no-protocol/" + file, text);
        var r = Assert.Single(ConfigTestKit.Scanner().Scan(new[] { path }));
        var d = ConfigTestKit.One(r, directive);
        Assert.Empty(d.Selected);
        Assert.NotNull(d.Error);
        Assert.Contains("no TLS protocol version", d.Error);
        Assert.Equal(ListStatus.Unknown, d.Status);
        Assert.Null(d.Tls);
    }

    [Theory]
    [InlineData("sshd_config", "Ciphers\nMACs hmac-sha2-256\n", "Ciphers", "no argument after keyword")]
    [InlineData("sshd_config", "Ciphers aes128-ctr\nCiphers \"\"\n", "Ciphers", "no argument after keyword")]
    [InlineData("ssh_config", "Host *\n    MACs=\n", "MACs", "no argument after keyword")]
    [InlineData("sshd_config", "Ciphers -*\n", "Ciphers", "leaves no algorithm")]
    public void SshKeyword_WithoutAlgorithms_IsAnError_NotTheDefault(string file, string text, string directive, string expected)
    {
        // A bare "Ciphers" line was skipped and the defaults reported as compliant; sshd -t says
        // 'line 1: no argument after keyword "Ciphers"' and does not start.
        var path = _kit.Write("ssh-empty/" + file, text);
        var r = Assert.Single(ConfigTestKit.Scanner().Scan(new[] { path }));
        var d = r.Directives.Last(x => x.Directive.Directive == directive && !x.Directive.IsDefault);
        Assert.NotNull(d.Error);
        Assert.Contains(expected, d.Error);
        Assert.Equal(ListStatus.Unknown, d.Status);
        Assert.Empty(d.Selected);
        Assert.DoesNotContain(r.Directives, x => x.Directive.Directive == directive && x.Directive.IsDefault);
    }

    [Fact]
    public void Apache_SignatureAlgorithms_AreJudgedAtTheSecurityLevelOfTheScopesCipherString()
    {
        // OpenSSL drops from the signature algorithms what the security level forbids: @SECLEVEL=0 in the host's cipher
        // string (even read after the list) keeps SHA-1, @SECLEVEL=3 drops SHA-224 from the built-in list.
        var path = _kit.Write("seclevel/httpd.conf", """
            <VirtualHost 127.0.0.1:20460>
              SSLEngine on
              SSLOpenSSLConfCmd SignatureAlgorithms ECDSA+SHA256:ECDSA+SHA1
              SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:@SECLEVEL=0
            </VirtualHost>
            <VirtualHost 127.0.0.1:20461>
              SSLEngine on
              SSLCipherSuite ECDHE-ECDSA-AES128-GCM-SHA256:@SECLEVEL=3
            </VirtualHost>
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var set = ConfigTestKit.One(r, "SSLOpenSSLConfCmd SignatureAlgorithms", line: 3);
        Assert.Equal(new[] { "ecdsa_secp256r1_sha256", "ecdsa_sha1" }, set.Selected.Select(s => s.Name));
        Assert.False(set.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
        var level3 = r.Directives.Single(d => d.Directive.Directive == "SSLOpenSSLConfCmd SignatureAlgorithms" && d.Directive.IsDefault);
        Assert.Contains(level3.Notes, n => n.Contains("20461", StringComparison.Ordinal));
        Assert.DoesNotContain("ecdsa_sha224", level3.Selected.Select(s => s.Name));
        Assert.True(level3.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
    }

    [Fact]
    public void Apache_VirtualHostWithoutItsOwnSettings_GetsModSslDefaults_WhateverOtherHostsSet()
    {
        // One host's SSLProtocol suppressed the defaults of every other host; the second host (checked against a running
        // apache2 by a reviewer) offered TLS_RSA_* and CBC suites while the file was reported compliant.
        var path = _kit.Write("vhosts/httpd.conf", """
            <VirtualHost 127.0.0.1:20450>
              SSLEngine on
              SSLProtocol -all +TLSv1.2 +TLSv1.3
              SSLCipherSuite ECDHE-RSA-AES128-GCM-SHA256
              SSLOpenSSLConfCmd SignatureAlgorithms ECDSA+SHA256:RSA-PSS+SHA256
            </VirtualHost>
            <VirtualHost 127.0.0.1:20451>
              SSLEngine on
              <IfModule mod_nonexistent.c>
                SSLProtocol -all +TLSv1.2
              </IfModule>
              <IfModule mod_ssl.c>
                SSLCipherSuite ECDHE-RSA-AES256-GCM-SHA384
              </IfModule>
            </VirtualHost>
            <VirtualHost 127.0.0.1:20452>
              SSLEngine on
            </VirtualHost>
            """);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var protocolDefaults = r.Directives.Where(d => d.Directive.Directive == "SSLProtocol" && d.Directive.IsDefault).ToList();
        Assert.Equal(2, protocolDefaults.Count); // :20451 (only a conditional SSLProtocol) and :20452
        Assert.Contains(protocolDefaults, d => d.Notes.Any(n => n.Contains("20451", StringComparison.Ordinal) && n.Contains("<IfModule mod_nonexistent.c>", StringComparison.Ordinal)));
        Assert.Contains(protocolDefaults, d => d.Notes.Any(n => n.Contains("20452", StringComparison.Ordinal)));
        Assert.All(protocolDefaults, d => Assert.Contains("TLS 1.0", d.Selected.Select(s => s.Name)));
        // <IfModule mod_ssl.c> holds wherever mod_ssl's directives are read: :20451 sets its suites.
        var cipherDefaults = r.Directives.Where(d => d.Directive.Directive == "SSLCipherSuite" && d.Directive.IsDefault).ToList();
        Assert.Single(cipherDefaults);
        Assert.Contains(cipherDefaults[0].Notes, n => n.Contains("20452", StringComparison.Ordinal));
        // Signature algorithms: mod_ssl sets none, so the hosts that set none get OpenSSL's built-in list (with SHA-224).
        var sigalgDefaults = r.Directives.Where(d => d.Directive.Directive == "SSLOpenSSLConfCmd SignatureAlgorithms" && d.Directive.IsDefault).ToList();
        Assert.Equal(2, sigalgDefaults.Count);
        Assert.DoesNotContain(sigalgDefaults, d => d.Notes.Any(n => n.Contains("20450", StringComparison.Ordinal)));
        Assert.All(sigalgDefaults, d => Assert.Contains("ecdsa_sha224", d.Selected.Select(s => s.Name)));
        Assert.All(ConfigTestKit.One(r, "SSLOpenSSLConfCmd SignatureAlgorithms", line: 5).Selected, s => Assert.Equal(ListStatus.Recommended, s.Status));
        Assert.Contains(ConfigTestKit.One(r, "SSLProtocol", line: 10).Notes, n => n.Contains("applies only if <IfModule mod_nonexistent.c> holds", StringComparison.Ordinal));
        Assert.NotEqual(ListStatus.Recommended, r.Status);

        // Set at the server level: every host inherits it, no default.
        var inherited = _kit.Write("vhosts2/httpd.conf", "SSLProtocol -all +TLSv1.2\nSSLCipherSuite ECDHE-RSA-AES128-GCM-SHA256\nSSLOpenSSLConfCmd SignatureAlgorithms RSA+SHA256\n<VirtualHost *:443>\n  SSLEngine on\n</VirtualHost>\n<VirtualHost *:8443>\n  SSLEngine on\n</VirtualHost>\n");
        Assert.DoesNotContain(ConfigTestKit.Scanner().ScanFile(inherited)!.Directives, d => d.Directive.IsDefault);
    }
}
