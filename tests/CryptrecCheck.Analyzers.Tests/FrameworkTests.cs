using Microsoft.CodeAnalysis;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>Cryptography chosen through frameworks (issue 13), compiled against the real packages.</summary>
public class FrameworkTests
{
    [Fact]
    public Task SigningCredentials_MonitoredAndUnlistedAlgorithms_AreReported() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(SecurityKey key, bool legacy)
            {
                // Microsoft.IdentityModel 8 has no SHA-1 constants in SecurityAlgorithms; applications spell them out.
                var a = new SigningCredentials(key, {|CRY1002:"http://www.w3.org/2000/09/xmldsig#hmac-sha1"|});
                var c = new SigningCredentials(key, {|CRY1002:"http://www.w3.org/2000/09/xmldsig#rsa-sha1"|});
                var d = new SigningCredentials(key, {|CRY1001:"http://www.w3.org/2001/04/xmldsig-more#hmac-md5"|});
                const string Alg = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
                var e = new SigningCredentials(key, {|CRY1002:Alg|});
                var f = new SigningCredentials(key, {|CRY1002:legacy ? Alg : SecurityAlgorithms.HmacSha256|});
                var g = new SigningCredentials(key, {|CRY2001:"none"|});
            }
        }
        """);

    [Fact]
    public Task SigningCredentials_ListedAlgorithms_AreNotReported() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(SecurityKey key)
            {
                var a = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
                var b = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
                var c = new SigningCredentials(key, SecurityAlgorithms.RsaSsaPssSha256);
                var d = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.Sha384);
                var e = new SigningCredentials(key, "ES256");
                var f = new SigningCredentials(key, SecurityAlgorithms.RsaSha512Signature);
            }
        }
        """);

    [Fact]
    public Task EncryptingCredentials_Rsa15AndKeyWrap_AreReported() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(SecurityKey key)
            {
                var a = new EncryptingCredentials(key, {|CRY3002:SecurityAlgorithms.RsaPKCS1|}, SecurityAlgorithms.Aes128CbcHmacSha256);
                var b = new EncryptingCredentials(key, {|CRY2001:SecurityAlgorithms.Aes128KW|}, SecurityAlgorithms.Aes256Gcm);
                var ok = new EncryptingCredentials(key, SecurityAlgorithms.RsaOaepKeyWrap, SecurityAlgorithms.Aes256Gcm);
            }
        }
        """);

    [Fact]
    public Task TokenValidationParameters_ValidAlgorithms_EachElementJudged() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            TokenValidationParameters M() => new TokenValidationParameters
            {
                ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, {|CRY2001:"none"|}, {|CRY1002:"http://www.w3.org/2000/09/xmldsig#hmac-sha1"|} },
            };

            void N(TokenValidationParameters p)
            {
                p.ValidAlgorithms = new List<string> { "RS256", "ES256", {|CRY3002:"RSA1_5"|} };
                p.ValidAlgorithms = new[] { "PS256" };
                p.ValidIssuer = "none";
            }
        }
        """);

    [Fact]
    public Task DataProtection_Configurations_AreJudged() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(IDataProtectionBuilder b)
            {
                b.UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
                {
                    EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                    ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
                });
                b.UseCustomCryptographicAlgorithms(new ManagedAuthenticatedEncryptorConfiguration
                {
                    EncryptionAlgorithmType = {|CRY2002:typeof(TripleDES)|},
                    EncryptionAlgorithmKeySize = 192,
                    ValidationAlgorithmType = {|CRY1001:typeof(HMACMD5)|},
                });
                b.UseCustomCryptographicAlgorithms(new ManagedAuthenticatedEncryptorConfiguration
                {
                    EncryptionAlgorithmType = typeof(Aes),
                    EncryptionAlgorithmKeySize = 256,
                    ValidationAlgorithmType = typeof(HMACSHA256),
                });
                b.UseCustomCryptographicAlgorithms(new CngCbcAuthenticatedEncryptorConfiguration
                {
                    EncryptionAlgorithm = "AES",
                    EncryptionAlgorithmKeySize = 256,
                    HashAlgorithm = {|CRY1002:"SHA1"|},
                });
                b.UseCustomCryptographicAlgorithms(new CngGcmAuthenticatedEncryptorConfiguration { EncryptionAlgorithm = "AES", EncryptionAlgorithmKeySize = 256 });
                var cfg = new AuthenticatedEncryptorConfiguration();
                cfg.EncryptionAlgorithm = EncryptionAlgorithm.AES_128_CBC;
            }
        }
        """);

    [Fact]
    public Task PasswordHasher_IdentityV2_IsPbkdf2WithSha1() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(PasswordHasherOptions o, bool old)
            {
                o.CompatibilityMode = {|CRY5002:PasswordHasherCompatibilityMode.IdentityV2|};
                var p = new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3, IterationCount = 600000 };
                o.CompatibilityMode = {|CRY5002:old ? PasswordHasherCompatibilityMode.IdentityV2 : PasswordHasherCompatibilityMode.IdentityV3|};
            }
        }
        """);

    [Fact]
    public Task KeyDerivationPbkdf2_Prf_IsJudged() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            byte[] M(string pw, byte[] salt)
            {
                var weak = KeyDerivation.Pbkdf2(pw, salt, {|CRY5002:KeyDerivationPrf.HMACSHA1|}, 10000, 32);
                var prf = KeyDerivationPrf.HMACSHA1;
                var weak2 = KeyDerivation.Pbkdf2(pw, salt, {|CRY5002:prf|}, 10000, 32);
                return KeyDerivation.Pbkdf2(pw, salt, KeyDerivationPrf.HMACSHA256, 600000, 32);
            }
        }
        """);

    [Fact]
    public Task XmlDsig_SignatureAndDigestMethods_AreJudged() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(SignedXml signed, Reference r, Reference ok)
            {
                signed.SignedInfo.SignatureMethod = {|CRY1002:SignedXml.XmlDsigRSASHA1Url|};
                r.DigestMethod = {|CRY1002:SignedXml.XmlDsigSHA1Url|};
                r.DigestMethod = {|CRY1001:"http://www.w3.org/2001/04/xmldsig-more#md5"|};
                ok.DigestMethod = SignedXml.XmlDsigSHA256Url;
                signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
                signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
            }
        }
        """);

    [Fact]
    public async Task CertificateSignatures_AreRecordedInTheInventory()
    {
        var all = await FrameworkVerify.RunAll("""
            class C
            {
                void M(RSA rsa, ECDsa ec)
                {
                    var g = X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1);
                    var g2 = X509SignatureGenerator.CreateForECDsa(ec);
                    var req = new CertificateRequest("CN=x", rsa, HashAlgorithmName.SHA1, RSASignaturePadding.Pss);
                    var req2 = new CertificateRequest("CN=y", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }
            }
            """);
        var inventory = all.Where(d => d.Id == RuleIds.Inventory).ToList();
        Assert.Contains(inventory, d => d.Properties["algorithm"] == "RSASSA-PKCS1-v1_5" && d.Properties.GetValueOrDefault("hash") == null && d.Properties["source"]!.Contains("CreateForRSA"));
        Assert.Contains(inventory, d => d.Properties["algorithm"] == "ECDSA" && d.Properties["source"]!.Contains("CreateForECDsa"));
        var pss = Assert.Single(inventory, d => d.Properties["algorithm"] == "RSA-PSS");
        Assert.Equal("SHA-1", pss.Properties["hash"]);
        Assert.Equal("monitored", pss.Properties["status"]);
        Assert.Contains(inventory, d => d.Properties["algorithm"] == "RSASSA-PKCS1-v1_5" && d.Properties.GetValueOrDefault("hash") == "SHA-256" && d.Properties["status"] == "recommended");
        // The SHA-1 of the request is one finding (the hash, from HashAndMacAnalyzer), not two.
        Assert.Single(all, d => d.Id == RuleIds.HashMonitored);
    }

    [Fact]
    public async Task FrameworkSettings_AreInTheInventory_CompliantOnesToo()
    {
        var all = await FrameworkVerify.RunAll("""
            class C
            {
                void M(IDataProtectionBuilder b, SecurityKey key, PasswordHasherOptions o)
                {
                    b.UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM, ValidationAlgorithm = ValidationAlgorithm.HMACSHA512 });
                    var s = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
                    o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2;
                }
            }
            """);
        var inventory = all.Where(d => d.Id == RuleIds.Inventory).ToList();
        var gcm = Assert.Single(inventory, d => d.Properties["algorithm"] == "AES");
        Assert.Equal("GCM", gcm.Properties["mode"]);
        Assert.Equal("256", gcm.Properties["keyBits"]);
        Assert.Equal("recommended", gcm.Properties["status"]);
        Assert.Contains(inventory, d => d.Properties["algorithm"] == "HMAC" && d.Properties["hash"] == "SHA-512" && d.Properties["status"] == "recommended");
        Assert.Contains(inventory, d => d.Properties["algorithm"] == "RSASSA-PKCS1-v1_5" && d.Properties["hash"] == "SHA-256");
        var v2 = Assert.Single(inventory, d => d.Properties["algorithm"] == "PBKDF2");
        Assert.Equal("SHA-1", v2.Properties["hash"]);
        Assert.Single(all, d => d.Id == RuleIds.KdfMonitored);
        Assert.Empty(all.Where(d => d.Id != RuleIds.Inventory && d.Id != RuleIds.KdfMonitored));
    }

    [Fact]
    public Task MonitoredOff_FrameworkSha1IsNotReported() => FrameworkVerify.Analyzer<FrameworkAnalyzer>("""
        class C
        {
            void M(SecurityKey key, PasswordHasherOptions o)
            {
                var a = new SigningCredentials(key, "http://www.w3.org/2000/09/xmldsig#hmac-sha1");
                o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2;
                var d = new SigningCredentials(key, {|CRY1001:"http://www.w3.org/2001/04/xmldsig-more#hmac-md5"|});
            }
        }
        """, "cryptrec_check.report_monitored = false");
}
