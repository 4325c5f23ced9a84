using CryptrecCheck.Config.OpenSsl;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>Cipher-string expansion against the real OpenSSL: every string here is expanded by us and by the installed
/// `openssl ciphers -stdname` (all selected suites, in order) and `openssl ciphers -s -stdname` (only those the security level,
/// protocol range and missing PSK/SRP callbacks leave usable: that is what -s means in OpenSSL 3.0).</summary>
public sealed class OpenSslCipherStringTests
{
    private static void RequireOpenSsl()
    {
        if (!OpenSslPeer.Available())
        {
            Assert.Fail("openssl is not installed: .ci/run installs it (apt-get install -y openssl); install it to run this test locally.");
        }
    }

    private static readonly string[] Words =
    {
        "ALL", "COMPLEMENTOFALL", "COMPLEMENTOFDEFAULT", "HIGH", "MEDIUM", "LOW", "FIPS", "eNULL", "NULL", "aNULL", "kRSA", "aRSA", "RSA",
        "kDHE", "kEDH", "DH", "DHE", "EDH", "ADH", "kECDHE", "kEECDH", "ECDH", "ECDHE", "EECDH", "AECDH", "aDSS", "DSS", "aECDSA", "ECDSA",
        "kPSK", "kRSAPSK", "kDHEPSK", "kECDHEPSK", "PSK", "aPSK", "SRP", "kSRP", "aSRP", "TLSv1.2", "TLSv1.0", "TLSv1", "SSLv3",
        "AES128", "AES256", "AES", "AESGCM", "AESCCM", "AESCCM8", "CAMELLIA128", "CAMELLIA256", "CAMELLIA", "ARIA128", "ARIA256", "ARIA",
        "ARIAGCM", "CHACHA20", "CBC", "MD5", "SHA1", "SHA", "SHA256", "SHA384", "3DES", "RC4", "DES", "SEED", "IDEA",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "AES128-SHA", "DHE-RSA-AES256-SHA256", "ECDHE-RSA-CHACHA20-POLY1305",
        "DHE-DSS-CAMELLIA128-SHA", "PSK-AES128-CCM8", "NULL-MD5", "ADH-AES256-GCM-SHA384", "SRP-AES-128-CBC-SHA", "ECDHE-ARIA128-GCM-SHA256",
        "DES-CBC3-SHA", "RC4-SHA", "high", "HIHG", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    };

    /// <summary>A few hundred strings: the forms administrators write, then seeded random combinations of every alias,
    /// suite name, operator, '+'-joined condition, separator and @command, including malformed ones.</summary>
    public static IEnumerable<string> Strings()
    {
        var fixedStrings = new[]
        {
            "DEFAULT", "ALL", "ALL:COMPLEMENTOFALL", "HIGH:!aNULL:!MD5", "HIGH:!aNULL:!MD5:!3DES", "DEFAULT:@SECLEVEL=2", "DEFAULT@SECLEVEL=1",
            "DEFAULT:!kRSA", "ECDHE+AESGCM", "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM", "EECDH+AESGCM:EDH+AESGCM", "EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH",
            "HIGH:MEDIUM:!aNULL:!MD5:!RC4", "ALL:!ADH:!EXPORT:!SSLv2:RC4+RSA:+HIGH:+MEDIUM:+LOW", "ALL:@STRENGTH", "HIGH:@STRENGTH", "AES:CAMELLIA:@STRENGTH",
            "kEECDH+ECDSA+AES128:kEECDH+ECDSA+AES256:kEECDH+AES128:kEECDH+AES256:kEDH+AES128:kEDH+AES256:DES-CBC3-SHA:+SHA:!aNULL:!eNULL:!LOW:!kECDH:!DSS:!MD5:!RC4:!EXP:!PSK:!SRP:!CAMELLIA:!SEED",
            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384",
            "SUITEB128", "SUITEB128ONLY", "SUITEB128C2", "SUITEB192", "SUITEB128:ALL", "HIGH:SUITEB128", "DEFAULTS", "DEFAULT:AES128-SHA", "AES128-SHA:DEFAULT",
            "ALL:-AES:+AES", "ALL:!AES:AES", "ALL:-AES:AES", "ALL:+aNULL", "HIGH+FIPS", "AES128-SHA+FIPS", "AES128-SHA+HIGH", "TLSv1.2+SSLv3", "HIGH:!SSLv3:!TLSv1",
            "HIGH:@SECLEVEL=3", "HIGH:@SECLEVEL=4", "HIGH:@SECLEVEL=5", "HIGH:@SECLEVEL=6", "HIGH:@SECLEVEL=", "HIGH:@FOO", "HIGH:!", "HIGH+", "HIGH:*", "HIGH::AES",
            "HIGH;!aNULL,!MD5 !SHA1", "high", "", "!ALL", "-ALL", "ALL:-ALL:AES128-SHA", "ALL:!ALL:AES128-SHA", "ECDHE:!ECDSA", "RSA+AESGCM", "kRSA:!aRSA", "PSK+AES",
            "COMPLEMENTOFDEFAULT", "FIPS:!aNULL", "CBC:!SHA1", "ECDHE+CBC+SHA384", "TLSv1.2:!AEAD", "@STRENGTH:ALL", "ALL:+SHA1:+SHA256", "AES256+AESGCM+ECDHE+ECDSA",
        };
        foreach (var s in fixedStrings) { yield return s; }

        var rng = new Random(20261202);
        string[] ops = { "", "", "", "!", "-", "+" };
        string[] seps = { ":", ":", ":", ",", " ", ";" };
        for (var n = 0; n < 300; n++)
        {
            var parts = new List<string>();
            var count = rng.Next(1, 7);
            if (rng.Next(5) == 0) { parts.Add("DEFAULT"); }
            for (var k = 0; k < count; k++)
            {
                var item = Words[rng.Next(Words.Length)];
                if (rng.Next(4) == 0) { item += "+" + Words[rng.Next(Words.Length)]; }
                if (rng.Next(10) == 0) { item += "+" + Words[rng.Next(Words.Length)]; }
                parts.Add(ops[rng.Next(ops.Length)] + item);
            }
            if (rng.Next(6) == 0) { parts.Insert(rng.Next(parts.Count + 1), "@STRENGTH"); }
            if (rng.Next(6) == 0) { parts.Add("@SECLEVEL=" + rng.Next(0, 6)); }
            var sb = new System.Text.StringBuilder();
            for (var k = 0; k < parts.Count; k++)
            {
                if (k > 0) { sb.Append(seps[rng.Next(seps.Length)]); }
                sb.Append(parts[k]);
            }
            yield return sb.ToString();
        }
    }

    [Fact]
    public void Table_EqualsOpenSslsFullList()
    {
        RequireOpenSsl();
        var peer = OpenSslPeer.Ciphers("ALL:COMPLEMENTOFALL", supportedOnly: false)!.Value;
        Assert.Equal(peer.Tls12.OrderBy(x => x, StringComparer.Ordinal), OpenSslCipherTable.All.Select(c => c.StandardName).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void Expand_EveryGeneratedString_EqualsOpenSsl()
    {
        RequireOpenSsl();
        var failures = new List<string>();
        var rng = new Random(7);
        var count = 0;
        foreach (var s in Strings())
        {
            count++;
            var ours = OpenSslCipherString.Expand(s);
            var peer = OpenSslPeer.Ciphers(s, supportedOnly: false);
            if (peer == null)
            {
                if (ours.IsValid) { failures.Add($"[{s}] openssl rejects it, we selected {ours.Selected.Count}"); }
                continue;
            }
            if (!ours.IsValid) { failures.Add($"[{s}] we reject it ({ours.Error}), openssl selects {peer.Value.Tls12.Count}"); continue; }
            var mine = ours.Selected.Select(c => c.StandardName).ToList();
            if (!mine.SequenceEqual(peer.Value.Tls12))
            {
                failures.Add($"[{s}] order/selection differs\n  openssl: {string.Join(' ', peer.Value.Tls12)}\n  ours:    {string.Join(' ', mine)}");
                continue;
            }

            // -s at an explicit level (appended, so the build's default level does not matter).
            var level = rng.Next(0, 6);
            var withLevel = s + ":@SECLEVEL=" + level;
            var peerS = OpenSslPeer.Ciphers(withLevel, supportedOnly: true);
            var oursS = OpenSslCipherString.Expand(withLevel);
            if (peerS == null || !oursS.IsValid)
            {
                if ((peerS == null) != !oursS.IsValid) { failures.Add($"[{withLevel}] -s validity differs"); }
                continue;
            }
            var mineS = oursS.Supported().Select(c => c.StandardName).ToList();
            if (!mineS.SequenceEqual(peerS.Value.Tls12))
            {
                failures.Add($"[{withLevel}] -s differs\n  openssl: {string.Join(' ', peerS.Value.Tls12)}\n  ours:    {string.Join(' ', mineS)}");
            }
            var tls13 = OpenSslCipherString.SupportedCiphersuites(OpenSslCipherString.ExpandCiphersuites(OpenSslCipherTable.DefaultCiphersuites), oursS.SecurityLevel ?? 2)
                .Select(x => x.Name).ToList();
            if (!tls13.SequenceEqual(peerS.Value.Tls13))
            {
                failures.Add($"[{withLevel}] -s TLS 1.3 differs: openssl {string.Join(' ', peerS.Value.Tls13)}, ours {string.Join(' ', tls13)}");
            }
        }
        Assert.True(count >= 300, "the generated set must hold a few hundred strings");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} strings differ from openssl:\n" + string.Join("\n", failures.Take(15)));
    }
}
