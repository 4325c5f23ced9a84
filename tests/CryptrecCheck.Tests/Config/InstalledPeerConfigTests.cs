using System.Diagnostics;
using CryptrecCheck.Config;
using CryptrecCheck.Config.Readers;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>
/// The real products as ground truth: `sshd -T` for OpenSSH's +/-/^ list semantics and defaults, `postconf -d` for
/// Postfix's defaults, and the default configuration files the Debian packages install, read from the packages
/// themselves. .ci/run installs openssh-server, nginx, apache2, haproxy and postfix; a missing one fails the test with
/// the reason, rather than passing silently.
/// </summary>
public sealed class InstalledPeerConfigTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private static string Require(string path, string package)
    {
        if (!File.Exists(path)) { Assert.Fail($"{path} is missing: .ci/run installs the Debian package {package} (apt-get install -y {package})."); }
        return path;
    }

    private static (int Code, string Out, string Err) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) { psi.ArgumentList.Add(a); }
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(20_000)) { p.Kill(true); throw new TimeoutException(file + " did not finish in 20 s"); }
        p.WaitForExit();
        return (p.ExitCode, o.Result, e.Result);
    }

    /// <summary>`sshd -T` on a configuration: the effective lists, keyword (lower case) → value.</summary>
    private Dictionary<string, string> SshdT(string config)
    {
        Require("/usr/sbin/sshd", "openssh-server");
        var hostKey = Path.Combine(_kit.Root, "hostkey");
        if (!File.Exists(hostKey))
        {
            var kg = Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey);
            Assert.True(kg.Code == 0, "ssh-keygen failed: " + kg.Err);
        }
        // sshd -T checks for its privilege-separation directory even in test mode.
        if (!Directory.Exists("/run/sshd")) { try { Directory.CreateDirectory("/run/sshd"); } catch (UnauthorizedAccessException) { } }
        var file = _kit.Write("sshd_" + Guid.NewGuid().ToString("N"), config);
        var (code, output, err) = Run("/usr/sbin/sshd", "-T", "-f", file, "-h", hostKey);
        Assert.True(code == 0, $"sshd -T failed ({code}): {err}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    private static readonly (string Keyword, string Value)[] SshCases =
    {
        ("Ciphers", "+3des-cbc,aes128-cbc"),
        ("Ciphers", "-chacha20*,aes1??-ctr"),
        ("Ciphers", "^aes256-gcm@openssh.com"),
        ("Ciphers", "aes256-ctr,aes128-gcm@openssh.com"),
        ("MACs", "-umac*,hmac-sha1*"),
        ("MACs", "^hmac-sha2-512-etm@openssh.com"),
        ("MACs", "+hmac-md5"),
        ("KexAlgorithms", "-sntrup*,ecdh-sha2-*"),
        ("KexAlgorithms", "+diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1"),
        ("HostKeyAlgorithms", "-*-cert-v01@openssh.com"),
        ("PubkeyAcceptedAlgorithms", "+ssh-rsa"),
        ("PubkeyAcceptedKeyTypes", "-sk-*"),
    };

    [Fact]
    public void Sshd_PlusMinusCaretForms_EqualSshdT()
    {
        var empty = SshdT(string.Empty);
        foreach (var (keyword, value) in SshCases)
        {
            var canonical = OpenSshAlgorithms.Aliases.TryGetValue(keyword, out var c) ? c : keyword;
            var peer = SshdT($"{keyword} {value}\n")[canonical.ToLowerInvariant()];
            var ours = OpenSshAlgorithms.Assemble(value, empty[canonical.ToLowerInvariant()]);
            Assert.True(string.Join(',', ours) == peer, $"{keyword} {value}:\n  sshd -T: {peer}\n  ours:    {string.Join(',', ours)}");
        }
    }

    [Fact]
    public void Sshd_BuiltInDefaults_AreThoseOfTheInstalledOpenSsh92()
    {
        var (_, _, version) = Run(Require("/usr/sbin/sshd", "openssh-server"), "-V");
        Assert.True(version.Contains("OpenSSH_9.2", StringComparison.Ordinal),
            $"the built-in defaults are those of {OpenSshAlgorithms.DefaultsVersion}; the installed sshd is {version.Trim()}: update OpenSshAlgorithms.Directives");
        var empty = SshdT(string.Empty);
        foreach (var (name, (_, def)) in OpenSshAlgorithms.Directives)
        {
            Assert.Equal(empty[name.ToLowerInvariant()], def);
        }
    }

    [Fact]
    public void Sshd_ReaderOnAConfigWithTheForms_SelectsWhatSshdTReports()
    {
        var config = "Ciphers -chacha20*\nMACs ^hmac-sha2-512\nKexAlgorithms +diffie-hellman-group1-sha1\n";
        var path = _kit.Write("sshd_config", config);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var peer = SshdT(config);
        foreach (var keyword in new[] { "Ciphers", "MACs", "KexAlgorithms", "HostKeyAlgorithms", "PubkeyAcceptedAlgorithms" })
        {
            Assert.Equal(peer[keyword.ToLowerInvariant()], string.Join(',', ConfigTestKit.One(r, keyword).Selected.Select(s => s.Name)));
        }
        Assert.Contains(ConfigTestKit.One(r, "KexAlgorithms").Selected, s => s.Name == "diffie-hellman-group1-sha1" && s.Status == ListStatus.NotListed);
    }

    [Fact]
    public void Postfix_DefaultsUsed_AreThoseOfPostconfD()
    {
        Require("/usr/sbin/postconf", "postfix");
        var (code, output, err) = Run("/usr/sbin/postconf", "-d", "smtpd_tls_protocols", "smtpd_tls_ciphers", "tls_high_cipherlist", "tls_medium_cipherlist",
            "tls_low_cipherlist", "tls_export_cipherlist", "tls_null_cipherlist");
        Assert.True(code == 0, err);
        var d = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(" = ", 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1].Trim() : "");
        foreach (var (grade, list) in PostfixReader.DefaultGradeLists) { Assert.Equal(d[$"tls_{grade}_cipherlist"], list); }
        var path = _kit.Write("main.cf", "smtpd_tls_security_level = may\n");
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        Assert.Equal(d["smtpd_tls_protocols"], ConfigTestKit.One(r, "smtpd_tls_protocols").Directive.Value);
        Assert.Equal(d["smtpd_tls_ciphers"], ConfigTestKit.One(r, "smtpd_tls_ciphers").Directive.Value);
    }

    [Fact]
    public void DebianDefaults_Nginx_EnablesTls10And11_NotAllowedAboveException()
    {
        var scanner = ConfigTestKit.Scanner();
        var r = scanner.ScanFile(Require("/etc/nginx/nginx.conf", "nginx"))!;
        Assert.Equal(ConfigType.Nginx, r.Type);
        Assert.Contains("/etc/nginx/sites-enabled/default", r.FilesRead);
        var p = ConfigTestKit.One(r, "ssl_protocols");
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));
        Assert.False(p.Tls!.Single(t => t.Type == TlsGuidelineType.Recommended).Allowed);
        Assert.True(p.Tls!.Single(t => t.Type == TlsGuidelineType.Exception).Allowed);
    }

    [Fact]
    public void DebianDefaults_ApacheSsl_HighWithoutANullSelectsSuitesOffTheList()
    {
        var r = ConfigTestKit.Scanner().ScanFile(Require("/etc/apache2/mods-available/ssl.conf", "apache2"))!;
        Assert.Equal(ConfigType.Apache, r.Type);
        var c = ConfigTestKit.One(r, "SSLCipherSuite");
        Assert.Equal("HIGH:!aNULL", c.Directive.CipherString);
        Assert.Contains(c.Selected, s => s.Name.Contains("ARIA", StringComparison.Ordinal) && s.Status == ListStatus.NotListed);
        Assert.Equal(ListStatus.NotListed, c.Status);
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, ConfigTestKit.One(r, "SSLProtocol").Selected.Select(s => s.Name));
    }

    [Fact]
    public void DebianDefaults_ApacheDefaultSslSite_ReportsModSslBuiltInDefaults()
    {
        // default-ssl.conf turns SSLEngine on and leaves protocols and suites to mod_ssl (read alone, without ssl.conf).
        var r = ConfigTestKit.Scanner().ScanFile(Require("/etc/apache2/sites-available/default-ssl.conf", "apache2"))!;
        Assert.Equal(ConfigType.Apache, r.Type);
        var p = ConfigTestKit.One(r, "SSLProtocol");
        Assert.True(p.Directive.IsDefault);
        Assert.Equal(0, p.Directive.Line);
        Assert.Equal(new[] { "TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));
        var c = ConfigTestKit.One(r, "SSLCipherSuite");
        Assert.True(c.Directive.IsDefault);
        Assert.Equal("DEFAULT", c.Directive.CipherString);
        Assert.Equal(CryptrecCheck.Config.OpenSsl.OpenSslCipherString.Expand("DEFAULT").Supported().Count, c.Selected.Count);
        Assert.Contains(r.Findings, f => f.Id == "config.tls-protocol" && f.Asset == "TLS 1.0" && f.Location!.Line == null);
    }

    [Fact]
    public void DebianDefaults_Haproxy_IsCompliantInEveryType()
    {
        var r = ConfigTestKit.Scanner().ScanFile(Require("/etc/haproxy/haproxy.cfg", "haproxy"))!;
        Assert.Equal(ConfigType.Haproxy, r.Type);
        Assert.Equal(8, ConfigTestKit.One(r, "ssl-default-bind-ciphers").Selected.Count);
        Assert.All(r.Directives, d => Assert.All(d.Tls!, t => Assert.True(t.Allowed, $"{d.Directive.Directive} {t.Type}")));
        Assert.Equal(ListStatus.Recommended, r.Status);
    }

    [Fact]
    public void DebianDefaults_Postfix_TlsOnWithPostfixDefaults()
    {
        var r = ConfigTestKit.Scanner().ScanFile(Require("/etc/postfix/main.cf", "postfix"))!;
        Assert.Equal(ConfigType.Postfix, r.Type);
        var c = ConfigTestKit.One(r, "smtpd_tls_ciphers");
        Assert.True(c.Directive.IsDefault);
        Assert.Equal(ListStatus.NotListed, c.Status);
    }

    [Fact]
    public void DebianDefaults_Sshd_DefaultsOfOpenSshWithUmacAndSntrupNotListed()
    {
        var r = ConfigTestKit.Scanner().ScanFile(Require("/etc/ssh/sshd_config", "openssh-server"))!;
        Assert.Equal(ConfigType.Sshd, r.Type);
        var macs = ConfigTestKit.One(r, "MACs");
        Assert.True(macs.Directive.IsDefault);
        Assert.Contains(macs.Selected, s => s.Name == "umac-64-etm@openssh.com" && s.Status == ListStatus.NotListed);
        Assert.Contains(ConfigTestKit.One(r, "KexAlgorithms").Selected, s => s.Name == "sntrup761x25519-sha512@openssh.com" && s.Status == ListStatus.NotListed);
        Assert.Equal(ListStatus.Recommended, ConfigTestKit.One(r, "Ciphers").Status);
    }

    /// <summary>`sshd -t` on a configuration: its exit code and what it said.</summary>
    private (int Code, string Err) SshdTest(string config)
    {
        SshdT(string.Empty); // makes the host key and checks that sshd runs
        var file = _kit.Write("sshd_" + Guid.NewGuid().ToString("N"), config);
        var (code, _, err) = Run("/usr/sbin/sshd", "-t", "-f", file, "-h", Path.Combine(_kit.Root, "hostkey"));
        return (code, err);
    }

    [Fact]
    public void Sshd_MatchAll_AppliesOverTheGlobalValue_AsSshdTReports()
    {
        // Its lines were "ignored: OpenSSH uses the first value" and the file passed, while sshd -T shows ssh-rsa accepted.
        var config = "PubkeyAcceptedAlgorithms ssh-ed25519,ecdsa-sha2-nistp256\nMatch all\n    PubkeyAcceptedAlgorithms +ssh-rsa,ssh-dss\n";
        var peer = SshdT(config)["pubkeyacceptedalgorithms"];
        Assert.Contains("ssh-rsa", peer.Split(','));
        var r = ConfigTestKit.Scanner().ScanFile(_kit.Write("matchall/sshd_config", config))!;
        var all = ConfigTestKit.One(r, "Match all: PubkeyAcceptedAlgorithms");
        Assert.Equal(peer, string.Join(',', all.Selected.Select(s => s.Name)));
        Assert.Contains(all.Notes, n => n.Contains("every connection", StringComparison.Ordinal));
        Assert.NotEqual(ListStatus.Recommended, r.Status);
    }

    [Theory]
    [InlineData("Ciphers\n", "no argument after keyword")]
    [InlineData("Ciphers aes*\n", "wildcards")]
    [InlineData("Ciphers +aes*-cbc\n", "wildcards")]
    [InlineData("MACs hmac-sha2-*\n", "wildcards")]
    [InlineData("Match user x\n    Ciphers aes256-ctr\n", "not allowed in a Match block")]
    [InlineData("PubkeyAcceptedAlgorithms +ssh-foo*\n", "matches no algorithm")]
    [InlineData("CASignatureAlgorithms ssh-rsa-cert*\n", "matches no algorithm")]
    public void Sshd_LinesSshdRejects_AreInvalidValues(string config, string expected)
    {
        var (code, err) = SshdTest(config);
        Assert.True(code != 0, $"sshd -t accepted {config.Trim()}: the case no longer shows a rejected line");
        var r = ConfigTestKit.Scanner().ScanFile(_kit.Write("rejected/" + Guid.NewGuid().ToString("N") + "/sshd_config", config))!;
        var d = r.Directives.First(x => !x.Directive.IsDefault);
        Assert.True(d.Error != null && d.Error.Contains(expected, StringComparison.Ordinal), $"sshd -t: {err.Trim()}; ours: {d.Error ?? "(no error)"}");
        Assert.Equal(ListStatus.Unknown, r.Status);
    }

    [Fact]
    public void Ssh_KeySigAlgorithms_AreThoseOfTheInstalledOpenSsh()
    {
        var (code, output, err) = Run("ssh", "-Q", "key-sig");
        Assert.True(code == 0, err);
        Assert.Equal(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), OpenSshAlgorithms.KeySigAlgorithms);
    }

    [Theory]
    [InlineData("HostKeyAlgorithms ssh-ed25519*,rsa-sha2-512*\n")]
    [InlineData("PubkeyAcceptedAlgorithms ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519*\n")]
    [InlineData("Ciphers aes256-ctr\nMatch all\n    Ciphers 3des-cbc\n")]
    [InlineData("CASignatureAlgorithms ssh-ed*\n")]
    public void Sshd_LinesSshdAccepts_AreNotInvalidValues_AndSelectWhatSshdTReports(string config)
    {
        // A review found the first two reported as invalid (wildcards are refused only for Ciphers, MACs, KexAlgorithms) and
        // the third's "Match all" Ciphers judged as applying (Ciphers is not allowed in Match: the global value stays).
        var (code, err) = SshdTest(config);
        Assert.True(code == 0, $"sshd -t refused {config.Trim()}: {err}");
        var peer = SshdT(config);
        var r = ConfigTestKit.Scanner().ScanFile(_kit.Write("accepted/" + Guid.NewGuid().ToString("N") + "/sshd_config", config))!;
        Assert.All(r.Directives, d => Assert.Null(d.Error));
        var keyword = config.Split(' ')[0];
        var effective = r.Directives.First(d => d.Directive.Directive == keyword && d.Selected.Count > 0);
        Assert.Equal(peer[keyword.ToLowerInvariant()], string.Join(',', effective.Selected.Select(s => s.Name)));
        // Nothing else selects a value for the keyword (the "Match all" Ciphers line is a global line, ignored as the second).
        Assert.DoesNotContain(r.Directives, d => d != effective && d.Directive.Directive.EndsWith(keyword, StringComparison.Ordinal) && d.Selected.Count > 0);
    }

    /// <summary>`haproxy -c` on a configuration with one TLS frontend (a certificate made by openssl for it).</summary>
    private (int Code, string Output, string Path) HaproxyCheck(string bindOptions, string global = "")
    {
        Require("/usr/sbin/haproxy", "haproxy");
        var pem = Path.Combine(_kit.Root, "haproxy-cert.pem");
        if (!File.Exists(pem))
        {
            var key = Path.Combine(_kit.Root, "haproxy-key.pem");
            var crt = Path.Combine(_kit.Root, "haproxy-crt.pem");
            var g = Run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", crt, "-subj", "/CN=localhost", "-days", "2");
            Assert.True(g.Code == 0, "openssl req failed: " + g.Err);
            File.WriteAllText(pem, File.ReadAllText(crt) + File.ReadAllText(key));
        }
        var config = $"global\n{global}defaults\n    mode tcp\n    timeout client 5s\n    timeout server 5s\n    timeout connect 5s\n"
            + $"frontend f\n    bind 127.0.0.1:20999 ssl crt {pem} {bindOptions}\n";
        var path = _kit.Write("haproxy/" + Guid.NewGuid().ToString("N") + "/haproxy.cfg", config);
        var (code, output, err) = Run("/usr/sbin/haproxy", "-c", "-f", path);
        return (code, output + err, path);
    }

    [Theory]
    [InlineData("no-tlsv12 no-tlsv13", "no TLS protocol version")]
    [InlineData("ssl-min-ver TLSv1.0.1", "unknown SSL/TLS version")]
    [InlineData("ssl-min-ver TLSv1", "unknown SSL/TLS version")]
    [InlineData("ssl-max-ver", "without a version")]
    public void Haproxy_BindOptionsHaproxyRejects_AreInvalidValues(string options, string expected)
    {
        var (code, output, path) = HaproxyCheck(options);
        Assert.True(code != 0, $"haproxy -c accepted \"{options}\": {output}");
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var d = r.Directives.Single(x => x.Directive.Kind == DirectiveKind.TlsProtocols && !x.Directive.IsDefault);
        Assert.True(d.Error != null && d.Error.Contains(expected, StringComparison.Ordinal), $"haproxy -c: {output.Trim()}; ours: {d.Error ?? "(no error)"}");
    }

    [Fact]
    public void Haproxy_SslBindWithoutCipherSettings_ReportsOpenSslDefaultList()
    {
        // "directives: 0", exit 0 for a frontend that offers TLS_RSA_* and CBC suites (OpenSSL's DEFAULT).
        var (code, output, path) = HaproxyCheck(string.Empty);
        Assert.True(code == 0, "haproxy -c: " + output);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var c = ConfigTestKit.One(r, "bind … ciphers");
        Assert.True(c.Directive.IsDefault);
        Assert.Equal("DEFAULT", c.Directive.CipherString);
        Assert.Contains(c.Selected, s => s.Name.StartsWith("TLS_RSA_WITH_", StringComparison.Ordinal));
        Assert.False(c.Tls!.Single(t => t.Type == TlsGuidelineType.High).Allowed);
        var p = ConfigTestKit.One(r, "bind … ssl-min-ver");
        Assert.True(p.Directive.IsDefault);
        Assert.Equal(new[] { "TLS 1.2", "TLS 1.3" }, p.Selected.Select(s => s.Name));

        // A bare "ciphers" at the end of the line is refused by haproxy -c: an invalid value, not the OpenSSL default.
        var (codeBare, outputBare, pathBare) = HaproxyCheck("ciphers");
        Assert.True(codeBare != 0, "haproxy -c accepted a bare ciphers: " + outputBare);
        var bare = ConfigTestKit.Scanner().ScanFile(pathBare)!;
        Assert.Contains(bare.Directives, d => d.Directive.Directive == "bind … ciphers" && d.Error != null && !d.Directive.IsDefault);

        // Set globally: no default on the line.
        var (code2, output2, path2) = HaproxyCheck(string.Empty, "    ssl-default-bind-ciphers ECDHE-ECDSA-AES128-GCM-SHA256\n    ssl-default-bind-options ssl-min-ver TLSv1.2\n");
        Assert.True(code2 == 0, "haproxy -c: " + output2);
        var r2 = ConfigTestKit.Scanner().ScanFile(path2)!;
        // Only the signature algorithms stay at OpenSSL's built-in list: this HAProxy (2.6) has no keyword to set them.
        Assert.Equal(new[] { "bind … sigalgs" }, r2.Directives.Where(d => d.Directive.IsDefault).Select(d => d.Directive.Directive));
        Assert.All(r2.Directives.Where(d => !d.Directive.IsDefault), d => Assert.Equal(ListStatus.Recommended, d.Status));
    }

    /// <summary>`postconf -c dir -x -h` of parameters of a main.cf: Postfix's own expansion of "$name" references.</summary>
    private (string Path, Dictionary<string, string> Values) Postconf(string mainCf, params string[] names)
    {
        Require("/usr/sbin/postconf", "postfix");
        var dir = Path.Combine(_kit.Root, "postfix-" + Guid.NewGuid().ToString("N"));
        var path = _kit.Write(Path.Combine(Path.GetFileName(dir), "main.cf"), mainCf);
        _kit.Write(Path.Combine(Path.GetFileName(dir), "master.cf"), string.Empty);
        var args = new List<string> { "-c", dir, "-x" };
        args.AddRange(names);
        var (code, output, err) = Run("/usr/sbin/postconf", args.ToArray());
        Assert.True(code == 0, "postconf: " + err);
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(" =", 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty);
        return (path, values);
    }

    [Fact]
    public void Postfix_LegacyUseTls_TurnsTlsOnWithDefaults()
    {
        // "smtpd_use_tls = yes" without a security level: 0 directives, exit 0, while Postfix offers TLS from TLSv1 at grade medium.
        var (path, pc) = Postconf("smtpd_tls_cert_file = /x.pem\nsmtpd_tls_key_file = /x.key\nsmtpd_use_tls = yes\n", "smtpd_use_tls", "smtpd_tls_protocols", "smtpd_tls_ciphers");
        Assert.Equal("yes", pc["smtpd_use_tls"]);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var p = ConfigTestKit.One(r, "smtpd_tls_protocols");
        Assert.True(p.Directive.IsDefault);
        Assert.Equal(pc["smtpd_tls_protocols"], p.Directive.Value);
        Assert.Contains(p.Notes, n => n.Contains("smtpd_use_tls = yes", StringComparison.Ordinal));
        Assert.Equal(pc["smtpd_tls_ciphers"], ConfigTestKit.One(r, "smtpd_tls_ciphers").Directive.Value);
        Assert.NotEqual(ListStatus.Recommended, r.Status);
    }

    [Fact]
    public void Postfix_EncryptLevel_ReportsTheMandatoryParameters()
    {
        // At "encrypt" the mandatory parameters are in force (postconf(5)); only the opportunistic ones were reported.
        var main = "smtpd_tls_security_level = encrypt\nsmtpd_tls_protocols = >=TLSv1.2\nsmtpd_tls_ciphers = high\ntls_high_cipherlist = ECDHE+AESGCM\n";
        var (path, pc) = Postconf(main, "smtpd_tls_mandatory_protocols", "smtpd_tls_mandatory_ciphers");
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var mp = ConfigTestKit.One(r, "smtpd_tls_mandatory_protocols");
        Assert.True(mp.Directive.IsDefault);
        Assert.Equal(pc["smtpd_tls_mandatory_protocols"], mp.Directive.Value);
        Assert.Contains("TLS 1.0", mp.Selected.Select(s => s.Name));
        Assert.Equal(pc["smtpd_tls_mandatory_ciphers"], ConfigTestKit.One(r, "smtpd_tls_mandatory_ciphers").Directive.Value);
        Assert.NotEqual(ListStatus.Recommended, r.Status);

        // Set: the file's values, no defaults for them.
        var (path2, _) = Postconf(main + "smtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_ciphers = high\n", "smtpd_tls_mandatory_ciphers");
        var r2 = ConfigTestKit.Scanner().ScanFile(path2)!;
        Assert.DoesNotContain(r2.Directives, d => d.Directive.IsDefault && d.Directive.Directive.StartsWith("smtpd_", StringComparison.Ordinal));
        Assert.Equal(ListStatus.Recommended, r2.Status);
    }

    [Fact]
    public void Postfix_ReferencesToBuiltInParameters_TakeTheirBuiltInValues()
    {
        // "$smtpd_tls_mandatory_ciphers" not set in the file is Postfix's built-in "medium", not an empty, invalid grade.
        var main = "smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_mandatory_ciphers = $smtpd_tls_mandatory_ciphers\n"
            + "smtp_tls_mandatory_protocols = $smtpd_tls_mandatory_protocols\n";
        var (path, pc) = Postconf(main, "smtp_tls_mandatory_ciphers", "smtp_tls_mandatory_protocols");
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var c = ConfigTestKit.One(r, "smtp_tls_mandatory_ciphers");
        Assert.Null(c.Error);
        Assert.Equal(pc["smtp_tls_mandatory_ciphers"], c.Directive.Value);
        Assert.Equal(pc["smtp_tls_mandatory_protocols"], ConfigTestKit.One(r, "smtp_tls_mandatory_protocols").Directive.Value);
        Assert.DoesNotContain(r.Directives.SelectMany(d => d.Notes), n => n.Contains("not set in this file", StringComparison.Ordinal));
    }

    [Fact]
    public void Postfix_References_ExpandAsPostconfDoes_AndAnInvalidGradeIsReported()
    {
        // "$grade_old" was expanded by substring ("$grade" + "_old" = "high_old"), an unknown grade then dropped silently.
        var main = "smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\ntls_high_cipherlist = ECDHE+AESGCM\ngrade = high\ngrade_old = export\n"
            + "smtpd_tls_ciphers = $grade_old\nsmtp_tls_security_level = may\nsmtp_tls_protocols = >=TLSv1.2\nsmtp_tls_ciphers = ${default_grade}\n";
        var (path, pc) = Postconf(main, "smtpd_tls_ciphers");
        Assert.Equal("export", pc["smtpd_tls_ciphers"]);
        var r = ConfigTestKit.Scanner().ScanFile(path)!;
        var c = ConfigTestKit.One(r, "smtpd_tls_ciphers");
        Assert.Equal(pc["smtpd_tls_ciphers"], c.Directive.Value);
        Assert.Equal(ListStatus.NotListed, c.Status);
        var u = ConfigTestKit.One(r, "smtp_tls_ciphers");
        Assert.NotNull(u.Error);
        Assert.Contains("not a Postfix cipher grade", u.Error);
        Assert.Contains(u.Notes, n => n.Contains("$default_grade: not set in this file", StringComparison.Ordinal));
    }

    /// <summary>`nginx -t` on a one-server TLS configuration (a certificate made by openssl) with <paramref name="directives"/>
    /// in the server block: the file, nginx's exit code and what it said.</summary>
    private (string Conf, int Code, string Err) NginxT(string directives)
    {
        Require("/usr/sbin/nginx", "nginx");
        var name = "nginx-" + Guid.NewGuid().ToString("N");
        var dir = Path.Combine(_kit.Root, name);
        Directory.CreateDirectory(dir);
        var key = Path.Combine(dir, "k.pem");
        var crt = Path.Combine(dir, "c.pem");
        var g = Run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", crt, "-subj", "/CN=localhost", "-days", "2");
        Assert.True(g.Code == 0, "openssl req failed: " + g.Err);
        var conf = _kit.Write(Path.Combine(name, "nginx.conf"), $"pid {dir}/pid;\nerror_log {dir}/error.log;\nevents {{}}\nhttp {{\n  access_log off;\n"
            + $"  server {{ listen 127.0.0.1:20996 ssl; ssl_certificate {crt}; ssl_certificate_key {key}; {directives} }}\n}}\n");
        var (code, _, err) = Run("/usr/sbin/nginx", "-t", "-c", conf, "-p", dir);
        return (conf, code, err);
    }

    [Theory]
    [InlineData("MinProtocol None", true, null)]
    [InlineData("MaxProtocol None", true, null)]
    [InlineData("MinProtocol TLSv9", false, "unknown protocol version")]
    [InlineData("MinProtocol none", false, "unknown protocol version")]
    [InlineData("MinProtocol tlsv1.2", false, "unknown protocol version")]
    public void Nginx_ConfCommandProtocols_AsNginxTSays(string command, bool nginxAccepts, string? expected)
    {
        // "MinProtocol None" (no limit; nginx -t passes) was reported as "leaves no TLS protocol version enabled".
        var (conf, code, err) = NginxT($"ssl_protocols TLSv1.2 TLSv1.3; ssl_conf_command {command};");
        Assert.True((code == 0) == nginxAccepts, $"nginx -t: {code} {err}");
        var r = ConfigTestKit.Scanner().ScanFile(conf)!;
        var d = ConfigTestKit.One(r, "ssl_conf_command " + command.Split(' ')[0]);
        if (expected == null) { Assert.Null(d.Error); Assert.NotEmpty(d.Selected); }
        else { Assert.NotNull(d.Error); Assert.Contains(expected, d.Error); }
    }

    [Fact]
    public void Nginx_EmptyGroupList_IsAnInvalidValue_AsNginxTSays()
    {
        var (conf, code, err) = NginxT("ssl_ecdh_curve \"\";");
        Assert.True(code != 0 && err.Contains("curves_list", StringComparison.Ordinal), "nginx -t accepted an empty ssl_ecdh_curve: " + err);
        var r = ConfigTestKit.Scanner().ScanFile(conf)!;
        var d = ConfigTestKit.One(r, "ssl_ecdh_curve");
        Assert.NotNull(d.Error);
        Assert.Contains("names no group", d.Error);
    }
}
