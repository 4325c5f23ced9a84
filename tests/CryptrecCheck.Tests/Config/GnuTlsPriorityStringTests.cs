using CryptrecCheck.Config.GnuTls;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>Priority-string expansion against the real GnuTLS: every string here is expanded by us and by the installed
/// `gnutls-cli --priority … --list` (the suites in order, the protocol versions and the groups), and both must agree on
/// whether GnuTLS accepts it.</summary>
public sealed class GnuTlsPriorityStringTests
{
    private static void RequireGnuTls()
    {
        if (!GnuTlsPeer.Available())
        {
            Assert.Fail("gnutls-cli is not installed: .ci/run installs it (apt-get install -y gnutls-bin); install it to run this test locally.");
        }
    }

    private static readonly string[] Keywords = { "NORMAL", "PFS", "SECURE128", "SECURE192", "SECURE256", "SECURE", "SUITEB128", "SUITEB192", "LEGACY", "PERFORMANCE" };

    private static readonly string[] Algorithms =
    {
        "VERS-TLS1.0", "VERS-TLS1.1", "VERS-TLS1.2", "VERS-TLS1.3", "VERS-TLS-ALL", "VERS-DTLS-ALL", "VERS-ALL", "VERS-DTLS1.0", "VERS-DTLS1.2",
        "VERS-SSL3.0", "VERS-DTLS0.9", "AES-128-GCM", "AES-256-GCM", "AES-128-CBC", "AES-256-CBC", "CAMELLIA-128-GCM", "CAMELLIA-256-CBC",
        "3DES-CBC", "ARCFOUR-128", "CHACHA20-POLY1305", "AES-128-CCM", "AES-256-CCM-8", "NULL", "CIPHER-ALL", "AES-192-CBC", "SHA1", "SHA256",
        "SHA384", "MD5", "AEAD", "MAC-ALL", "UMAC-96", "RSA", "DHE-RSA", "DHE-DSS", "ECDHE-RSA", "ECDHE-ECDSA", "PSK", "DHE-PSK", "ECDHE-PSK",
        "RSA-PSK", "SRP", "SRP-RSA", "ANON-DH", "ANON-ECDH", "KX-ALL", "VKO-GOST-12", "RSA-EXPORT", "GROUP-ALL", "GROUP-SECP256R1", "GROUP-X25519",
        "GROUP-FFDHE2048", "GROUP-DH-ALL", "GROUP-EC-ALL", "CURVE-ALL", "CURVE-SECP384R1", "GROUP-X448", "GROUP-SECP192R1", "GROUP-GC256B",
        "SIGN-ALL", "SIGN-RSA-SHA256", "SIGN-ECDSA-SECP256R1-SHA256", "SIGN-RSA-PSS-SHA256", "SIGN-ECDSA-SHA256", "SIGN-RSA-SHA1", "SIGN-DSA-SHA1",
        "SIGN-EdDSA-Ed25519", "SIGN-RSA-SHA224", "CTYPE-X509", "CTYPE-ALL", "COMP-NULL", "GOST", "FOO", "VERS-TLS9", "SIGN-FOO", "SHA3-256",
    };

    private static readonly string[] Options = { "%SERVER_PRECEDENCE", "%NO_EXTENSIONS", "%COMPAT", "%NO_TICKETS", "%BOGUS", "%server_precedence" };

    /// <summary>A few hundred strings: the forms administrators write (GnuTLS's manual, Debian packages, exim/OpenLDAP
    /// settings), then seeded random combinations of every keyword, algorithm, *-ALL set, operator and %option, malformed
    /// ones included, and random complete NONE:… specifications.</summary>
    public static IEnumerable<string> Strings()
    {
        var fixedStrings = new[]
        {
            "NORMAL", "NORMAL:-VERS-TLS1.0", "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1", "SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.2", "PFS",
            "NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL", "NORMAL:%SERVER_PRECEDENCE", "SECURE128", "SECURE192",
            "SUITEB128", "SUITEB192", "LEGACY", "PERFORMANCE", "NORMAL:%COMPAT", "NORMAL:-VERS-ALL:+VERS-TLS1.3", "NORMAL:-VERS-TLS-ALL:+VERS-TLS1.3",
            "NORMAL:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.3", "SECURE128:-VERS-SSL3.0:-VERS-TLS1.0", "NORMAL:-CIPHER-ALL:+AES-128-GCM:+AES-256-GCM",
            "NORMAL:+ARCFOUR-128", "NORMAL:+3DES-CBC:+SHA256", "NORMAL:-RSA", "NORMAL:!RSA:!DHE-RSA", "NORMAL:+ANON-DH:+ANON-ECDH",
            "NONE:+VERS-TLS-ALL:+MAC-ALL:+RSA:+AES-128-CBC:+SIGN-ALL:+COMP-NULL", "NONE:+VERS-TLS-ALL:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL:+SIGN-RSA-SHA1",
            "NONE:+VERS-TLS-ALL:+AES-128-CBC:+ECDHE-RSA:+SHA1:+COMP-NULL:+SIGN-RSA-SHA1:+CURVE-SECP256R1", "NORMAL:+VERS-SSL3.0", "NORMAL:%NO_EXTENSIONS",
            "SECURE192:+SECURE128", "NORMAL:-VERS-ALL", "NONE", "FOO", "NORMAL:+FOO", "NORMAL ", "NORMAL:", " NORMAL", "NORMAL: -VERS-TLS1.0", "normal",
            "NORMAL:-SECURE128", "NORMAL:+SECURE128", "NORMAL:+PSK:+DHE-PSK:+ECDHE-PSK", "NORMAL:+SRP", "NORMAL:+NULL", "NORMAL:+RSA-PSK",
            "NORMAL:-GROUP-ALL", "NORMAL:-GROUP-ALL:+GROUP-FFDHE2048", "NORMAL:-GROUP-EC-ALL", "NORMAL:-SIGN-ALL", "NORMAL:-SIGN-ALL:+SIGN-ECDSA-SECP256R1-SHA256",
            "NORMAL:-KX-ALL", "NORMAL:-KX-ALL:-VERS-ALL:+VERS-TLS1.3", "NORMAL:-MAC-ALL:+AEAD", "NORMAL:-VERS-TLS1.2", "NORMAL:-VERS-TLS1.2:-VERS-DTLS-ALL",
            "NORMAL:+GOST", "NONE:+VERS-TLS1.2:+GOST", "PFS:-VERS-TLS1.0:-VERS-TLS1.1:-VERS-DTLS-ALL", "SECURE:-VERS-TLS-ALL:+VERS-TLS1.2:-CHACHA20-POLY1305",
            "NORMAL:-AES-128-CBC:-AES-256-CBC:-SHA1", "PERFORMANCE:%SERVER_PRECEDENCE:-VERS-TLS1.0", "NORMAL:+CAMELLIA-128-GCM:+CAMELLIA-256-GCM:+CAMELLIA-128-CBC",
            "NORMAL:+AES-128-CCM-8:+AES-256-CCM-8", "NORMAL:+VERS-DTLS0.9", "NORMAL:-VERS-TLS-ALL", "NORMAL:-VERS-DTLS-ALL:-VERS-TLS1.3:-VERS-TLS1.2",
        };
        foreach (var s in fixedStrings) { yield return s; }

        var rng = new Random(20261202);
        string[] ops = { "+", "+", "+", "-", "-", "!" };
        for (var n = 0; n < 250; n++)
        {
            var parts = new List<string>();
            var start = rng.Next(10);
            if (start < 6) { parts.Add(Keywords[rng.Next(Keywords.Length)]); }
            else if (start < 8) { parts.Add("NONE"); }
            var count = rng.Next(1, 8);
            for (var k = 0; k < count; k++)
            {
                var r = rng.Next(20);
                if (r == 0) { parts.Add(Keywords[rng.Next(Keywords.Length)]); }
                else if (r == 1) { parts.Add("+" + Keywords[rng.Next(Keywords.Length)]); }
                else if (r == 2) { parts.Add(Options[rng.Next(Options.Length)]); }
                else
                {
                    var a = Algorithms[rng.Next(Algorithms.Length)];
                    if (rng.Next(12) == 0) { a = a.ToLowerInvariant(); }
                    parts.Add(ops[rng.Next(ops.Length)] + a);
                }
            }
            yield return string.Join(':', parts);
        }

        // Complete specifications from NONE: every part chosen, so most of these are valid and select few suites.
        string[] vers = { "VERS-TLS1.0", "VERS-TLS1.1", "VERS-TLS1.2", "VERS-TLS1.3", "VERS-TLS-ALL", "VERS-DTLS1.2", "VERS-DTLS1.0" };
        string[] ciphers = { "AES-128-GCM", "AES-256-GCM", "AES-128-CBC", "AES-256-CBC", "CAMELLIA-128-GCM", "CAMELLIA-256-CBC", "3DES-CBC", "ARCFOUR-128", "CHACHA20-POLY1305", "AES-128-CCM", "AES-128-CCM-8", "NULL" };
        string[] kxs = { "RSA", "DHE-RSA", "DHE-DSS", "ECDHE-RSA", "ECDHE-ECDSA", "PSK", "DHE-PSK", "ECDHE-PSK", "RSA-PSK", "SRP", "SRP-DSS", "ANON-DH", "ANON-ECDH" };
        string[] macs = { "AEAD", "SHA1", "SHA256", "SHA384", "MD5", "MAC-ALL" };
        string[] signs = { "SIGN-ALL", "SIGN-RSA-SHA256", "SIGN-ECDSA-SECP256R1-SHA256", "SIGN-ECDSA-SHA256", "SIGN-RSA-SHA224", "" };
        string[] groups = { "GROUP-ALL", "GROUP-SECP256R1", "GROUP-FFDHE3072", "GROUP-X25519", "CURVE-Ed25519", "" };
        for (var n = 0; n < 60; n++)
        {
            var parts = new List<string> { "NONE" };
            for (var k = rng.Next(1, 3); k > 0; k--) { parts.Add("+" + vers[rng.Next(vers.Length)]); }
            for (var k = rng.Next(1, 4); k > 0; k--) { parts.Add("+" + ciphers[rng.Next(ciphers.Length)]); }
            for (var k = rng.Next(0, 3); k > 0; k--) { parts.Add("+" + kxs[rng.Next(kxs.Length)]); }
            for (var k = rng.Next(1, 3); k > 0; k--) { parts.Add("+" + macs[rng.Next(macs.Length)]); }
            var sg = signs[rng.Next(signs.Length)];
            if (sg.Length > 0) { parts.Add("+" + sg); }
            var g = groups[rng.Next(groups.Length)];
            if (g.Length > 0) { parts.Add("+" + g); }
            yield return string.Join(':', parts);
        }
    }

    [Fact]
    public void Table_EqualsGnuTlsFullList()
    {
        RequireGnuTls();
        var (_, output, _) = GnuTlsPeer.Run("-l");
        var listed = output.Split('\n').Select(l => l.Split('\t')).Where(t => t.Length >= 3 && t[1].StartsWith("0x", StringComparison.Ordinal))
            .Select(t => t[0].Trim()).ToList();
        Assert.Equal(listed, GnuTlsSuiteTable.All.Select(s => s.Name));
        // Every code is in our IANA registry except 0x0066, a pre-standard DHE-DSS RC4 suite IANA never assigned.
        Assert.Equal(new[] { 0x0066 }, GnuTlsSuiteTable.All.Where(s => s.Suite == null).Select(s => s.Code));
    }

    [Fact]
    public void Expand_NormalWithoutTls10_EnablesTls11To13AndNoRc4()
    {
        var x = GnuTlsPriorityString.Expand("NORMAL:-VERS-TLS1.0");
        Assert.True(x.IsValid, x.Error);
        Assert.Equal(new[] { "TLS1.3", "TLS1.2", "TLS1.1", "DTLS1.2", "DTLS1.0" }, x.Protocols);
        Assert.Equal("TLS_AES_256_GCM_SHA384", x.Suites[0].StandardName);
        Assert.DoesNotContain(x.Suites, s => s.Name.Contains("ARCFOUR", StringComparison.Ordinal));
    }

    [Fact]
    public void Expand_SyntaxError_NamesTheElement()
    {
        var x = GnuTlsPriorityString.Expand("NORMAL:+AES-999-GCM:-VERS-TLS1.0");
        Assert.False(x.IsValid);
        Assert.Contains("+AES-999-GCM", x.Error, StringComparison.Ordinal);
        Assert.False(GnuTlsPriorityString.Expand("@SYSTEM").IsValid);
        Assert.False(GnuTlsPriorityString.Expand(new string('A', GnuTlsPriorityString.MaxLength + 1)).IsValid);
    }

    [Fact]
    public void Expand_EveryGeneratedString_EqualsGnuTls()
    {
        RequireGnuTls();
        var failures = new List<string>();
        var count = 0;
        var valid = 0;
        foreach (var s in Strings())
        {
            count++;
            var ours = GnuTlsPriorityString.Expand(s);
            var peer = GnuTlsPeer.List(s);
            if (peer == null)
            {
                if (ours.IsValid) { failures.Add($"[{s}] gnutls rejects it, we enable {ours.Suites.Count} suites"); }
                continue;
            }
            if (!ours.IsValid) { failures.Add($"[{s}] we reject it ({ours.Error}), gnutls enables {peer.Value.Suites.Count} suites"); continue; }
            valid++;
            var mine = ours.Suites.Select(c => c.Code).ToList();
            if (!mine.SequenceEqual(peer.Value.Suites))
            {
                failures.Add($"[{s}] suites differ\n  gnutls: {string.Join(' ', peer.Value.Suites.Select(c => c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}\n  ours:   {string.Join(' ', mine.Select(c => c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
                continue;
            }
            if (!ours.Protocols.SequenceEqual(peer.Value.Protocols))
            {
                failures.Add($"[{s}] protocols differ: gnutls {string.Join(' ', peer.Value.Protocols)}, ours {string.Join(' ', ours.Protocols)}");
                continue;
            }
            var peerGroups = peer.Value.Groups.Where(g => g != "(null)").ToList(); // signature-only curves added with CURVE-: no group name
            if (!ours.Groups.SequenceEqual(peerGroups))
            {
                failures.Add($"[{s}] groups differ: gnutls {string.Join(' ', peer.Value.Groups)}, ours {string.Join(' ', ours.Groups)}");
            }
        }
        Assert.True(count >= 300, "the generated set must hold a few hundred strings");
        Assert.True(valid >= 100, $"only {valid} of {count} strings are valid: the set must exercise expansion, not only errors");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} strings differ from gnutls-cli:\n" + string.Join("\n", failures.Take(15)));
    }
}
