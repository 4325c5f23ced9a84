using System.Diagnostics;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>The generated registry tables against the committed IANA data, and every suite's decomposition.</summary>
public class TlsRegistryTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    private static IEnumerable<string[]> Csv(string name) =>
        File.ReadAllLines(DataFile(name)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    [Fact]
    public void CipherSuites_MatchCommittedIanaRegistry_RowByRow()
    {
        var rows = Csv(Path.Combine("iana", "tls-cipher-suites.csv")).ToList();
        Assert.True(rows.Count >= 340, $"only {rows.Count} rows in the registry file");
        foreach (var r in rows)
        {
            var code = Convert.ToInt32(r[0], 16);
            var suite = TlsRegistry.FindSuite(code);
            Assert.NotNull(suite);
            Assert.Equal(r[1], suite!.Name);
            Assert.Same(suite, TlsRegistry.FindSuite(r[1]));
        }
        Assert.Equal(rows.Count + 7, TlsRegistry.CipherSuites.Count); // plus the seven SSL 2.0 kinds
    }

    /// <summary>FindSuite answers names without a TLS_/SSL_ prefix or a hyphen without building its index; that is only
    /// right while every name it knows has one of those forms (IANA, SSL_ legacy, OpenSSL and SSL 2.0 names).</summary>
    [Fact]
    public void EverySuiteName_HasTheFormTheLookupGuardAccepts()
    {
        var names = TlsRegistry.SuiteNames.ToList();
        Assert.True(names.Count > 500, $"only {names.Count} suite names");
        Assert.All(names, n => Assert.True(TlsRegistry.CouldBeSuiteName(n), $"{n} would be missed by FindSuite's guard"));
        Assert.Same(TlsRegistry.FindSuite("TLS_AES_128_GCM_SHA256"), TlsRegistry.FindSuite(" tls_aes_128_gcm_sha256 "));
        Assert.NotNull(TlsRegistry.FindSuite("ECDHE-RSA-AES128-GCM-SHA256"));
        Assert.NotNull(TlsRegistry.FindSuite("SSL_RSA_WITH_3DES_EDE_CBC_SHA"));
        Assert.Null(TlsRegistry.FindSuite("SHA256"));
    }

    [Fact]
    public void GroupsAndSignatureSchemes_MatchCommittedIanaRegistries()
    {
        foreach (var r in Csv(Path.Combine("iana", "tls-supported-groups.csv")))
        {
            var g = TlsRegistry.FindGroup(int.Parse(r[0]));
            Assert.NotNull(g);
            Assert.Equal(r[1], g!.Name);
        }
        foreach (var r in Csv(Path.Combine("iana", "tls-signature-schemes.csv")))
        {
            var s = TlsRegistry.FindSignatureScheme(Convert.ToInt32(r[0], 16));
            Assert.NotNull(s);
            Assert.Equal(r[1], s!.Name);
        }
    }

    [Fact]
    public void EverySuite_Decomposes_IntoKnownComponents()
    {
        foreach (var s in TlsRegistry.CipherSuites)
        {
            if (s.Protocol == SuiteProtocol.Signalling) { continue; }
            Assert.NotNull(Algorithms.Get(s.Cipher));
            Assert.False(string.IsNullOrEmpty(s.KeyExchange), s.Name);
            Assert.True(s.MacHash != null || s.PrfHash != null, $"{s.Name} has neither MAC nor PRF hash");
            var asset = TlsAssets.ForSuite(s);
            Assert.NotNull(asset.Components);
            Assert.All(asset.Components!, c => Assert.True(Algorithms.Get(c.Algorithm) != null, $"{s.Name}: {c.Algorithm}"));
        }
    }

    [Theory]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE", "RSA", "AES", 128, "GCM", null, "SHA-256")]
    [InlineData("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "RSA", "RSA", "3-key Triple DES", 168, "CBC", "SHA-1", null)]
    [InlineData("TLS_DHE_RSA_WITH_AES_256_CCM_8", "DHE", "RSA", "AES", 256, "CCM", null, "SHA-256")]
    [InlineData("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE", "ECDSA", "ChaCha20-Poly1305", 256, null, null, "SHA-256")]
    [InlineData("TLS_AES_256_GCM_SHA384", "ANY", "ANY", "AES", 256, "GCM", null, "SHA-384")]
    [InlineData("TLS_RSA_EXPORT_WITH_RC4_40_MD5", "RSA", "RSA", "RC4", 40, null, "MD5", null)]
    [InlineData("TLS_DH_anon_WITH_AES_128_CBC_SHA", "DH", "anon", "AES", 128, "CBC", "SHA-1", null)]
    [InlineData("TLS_ECDHE_PSK_WITH_AES_128_CCM_8_SHA256", "ECDHE_PSK", "PSK", "AES", 128, "CCM", null, "SHA-256")]
    [InlineData("TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384", "ECDHE", "RSA", "Camellia", 256, "CBC", "SHA-384", null)]
    [InlineData("TLS_NULL_WITH_NULL_NULL", "NULL", "NULL", "NULL", 0, null, "NULL", null)]
    [InlineData("SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "RSA", "RSA", "3-key Triple DES", 168, "CBC", "MD5", null)]
    [InlineData("TLS_GOSTR341112_256_WITH_KUZNYECHIK_MGM_L", "GOST", "GOST", "Kuznyechik", 256, "MGM", null, "GOST R 34.11")]
    public void Decompose_KnownSuites(string name, string kx, string au, string cipher, int bits, string? mode, string? mac, string? prf)
    {
        var s = TlsRegistry.FindSuite(name)!;
        Assert.Equal((kx, au, cipher, bits, mode, mac, prf), (s.KeyExchange, s.Authentication, s.Cipher, s.CipherKeyBits, s.Mode, s.MacHash, s.PrfHash));
    }

    [Fact]
    public void Decompose_Ccm8_HasSixtyFourBitTag_AndExportIsFlagged()
    {
        Assert.Equal(64, TlsRegistry.FindSuite(0xC0AE)!.TagBits);
        Assert.True(TlsRegistry.FindSuite("TLS_RSA_EXPORT_WITH_DES40_CBC_SHA")!.IsExport);
        Assert.True(TlsRegistry.FindSuite(0x1301)!.HasForwardSecrecy);
        Assert.False(TlsRegistry.FindSuite(0x009C)!.HasForwardSecrecy);
    }

    /// <summary>Real peer: the OpenSSL installed on this machine names its suites; every pair it prints must map to the
    /// same code point in our registry. .ci/run installs openssl, so on CI this test always runs.</summary>
    [Fact]
    public void OpenSslNames_AgreeWithInstalledOpenSsl()
    {
        string output;
        try
        {
            var psi = new ProcessStartInfo("openssl", "ciphers -stdname ALL:COMPLEMENTOFALL:@SECLEVEL=0") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            output = p.StandardOutput.ReadToEnd();
            Assert.True(p.WaitForExit(30_000));
            Assert.Equal(0, p.ExitCode);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("openssl is not installed: .ci/run installs it (apt-get install -y openssl); install it to run this test locally.");
            return;
        }
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 50);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var iana = parts[0];
            var ossl = parts[2];
            var a = TlsRegistry.FindSuite(iana);
            var b = TlsRegistry.FindSuite(ossl);
            Assert.True(a != null, $"IANA name {iana} from openssl is not in the registry");
            Assert.True(b != null, $"OpenSSL name {ossl} does not resolve");
            Assert.Equal(a!.Code, b!.Code);
        }
    }
}
