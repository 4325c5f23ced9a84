using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

public class EvaluatorTests
{
    private static readonly DateTime AsOf = new(2026, 11, 28);

    private static Verdict Eval(CryptoAsset a, DateTime? asOf = null, int? endYear = null, Edition edition = Edition.Ls0001_2022R2, PolicyOptions? options = null) =>
        Evaluator.Evaluate(a, new EvaluationContext(asOf ?? AsOf, edition, endYear, options));

    private static Verdict Name(string name, DateTime? asOf = null, int? endYear = null, Edition edition = Edition.Ls0001_2022R2)
    {
        var r = NameResolver.Resolve(name);
        Assert.True(r.IsResolved, $"{name} did not resolve ({r.Error})");
        return Eval(r.Resolved!.Asset, asOf, endYear, edition);
    }

    [Theory]
    [InlineData("HMAC-SHA1", ListStatus.Monitored)]
    [InlineData("HMAC-MD5", ListStatus.NotListed)]
    [InlineData("HMAC-SHA256", ListStatus.Recommended)]
    [InlineData("AES-ECB", ListStatus.NotListed)]
    [InlineData("AES-128-GCM", ListStatus.Recommended)]
    [InlineData("RSA-1024", ListStatus.NotListed)]
    [InlineData("3-key Triple DES", ListStatus.Monitored)]
    [InlineData("2-key Triple DES", ListStatus.NotListed)]
    [InlineData("ChaCha20-Poly1305", ListStatus.Recommended)]
    [InlineData("ML-KEM-512", ListStatus.NotListed)]
    [InlineData("ML-KEM-768", ListStatus.RecommendedPqc)]
    [InlineData("ML-KEM-1024", ListStatus.RecommendedPqc)]
    [InlineData("ML-DSA-65", ListStatus.NotListed)]
    [InlineData("SHA1withRSA", ListStatus.Monitored)]
    [InlineData("MD5withRSA", ListStatus.NotListed)]
    [InlineData("RSA/ECB/OAEPWithSHA-1AndMGF1Padding", ListStatus.Monitored)]
    [InlineData("RSA/ECB/OAEPWithSHA-256AndMGF1Padding", ListStatus.Recommended)]
    [InlineData("RSA/ECB/PKCS1Padding", ListStatus.Monitored)]
    [InlineData("CMAC-AES", ListStatus.Recommended)]
    [InlineData("DESEDECMAC", ListStatus.Monitored)]
    [InlineData("PBKDF2WithHmacSHA256", ListStatus.Recommended)]
    [InlineData("PBKDF2WithHmacSHA1", ListStatus.Monitored)]
    [InlineData("PBEWithMD5AndDES", ListStatus.NotListed)]
    [InlineData("TLS_RSA_WITH_3DES_EDE_CBC_SHA", ListStatus.Monitored)]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", ListStatus.Recommended)]
    [InlineData("TLS_RSA_WITH_RC4_128_SHA", ListStatus.NotListed)]
    [InlineData("X25519MLKEM768", ListStatus.RecommendedPqc)]
    [InlineData("CLEFIA", ListStatus.Candidate)]
    [InlineData("SHAKE256", ListStatus.Recommended)]
    [InlineData("SHAKE128-128", ListStatus.NotListed)]
    [InlineData("Camellia-256-CTR", ListStatus.Recommended)]
    public void CombinedTechniques_GetTheirWeakestComponentsStatus(string name, ListStatus expected)
    {
        Assert.Equal(expected, Name(name).Status);
    }

    [Fact]
    public void Rsa2048_Boundary2030_OnBothSides()
    {
        var a = new CryptoAsset { Algorithm = Algorithms.RsaPss, KeyBits = 2048, Hash = Algorithms.Sha256 };
        var until2030 = Eval(a, endYear: 2030);
        Assert.Equal(ListStatus.Recommended, until2030.Status);
        Assert.Equal(StrengthPhase.MigrationPeriod, until2030.Phase);
        Assert.Contains(until2030.Reasons, r => r.Code == ReasonCodes.KeyStrength && r.Outcome == Outcome.Warning && r.IsDerived);

        var from2031 = Eval(a, endYear: 2031);
        Assert.Equal(ListStatus.NotListed, from2031.Status);
        Assert.Equal(StrengthPhase.NotUsable, from2031.Phase);
        Assert.Contains(from2031.Reasons, r => r.Code == ReasonCodes.KeyStrength && r.Outcome == Outcome.Fail);

        // Verifying existing signatures with a 112-bit key is tolerated (許容) after 2030.
        var verify = Eval(a with { Usage = AssetUsage.Verification }, endYear: 2031);
        Assert.Equal(ListStatus.Recommended, verify.Status);
        Assert.Equal(StrengthPhase.Tolerated, verify.Phase);
    }

    [Fact]
    public void Aes128_Boundaries2040And2050()
    {
        var a = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128, Mode = Algorithms.Gcm };
        Assert.Equal(StrengthPhase.Usable, Eval(a, endYear: 2040).Phase);
        Assert.Equal(StrengthPhase.MigrationPeriod, Eval(a, endYear: 2041).Phase);
        Assert.Equal(StrengthPhase.MigrationPeriod, Eval(a, endYear: 2050).Phase);
        Assert.Equal(ListStatus.NotListed, Eval(a, endYear: 2051).Status);
        Assert.Equal(ListStatus.Recommended, Eval(a with { KeyBits = 256 }, endYear: 2070).Status);
    }

    [Fact]
    public void MlKem768_AsOfBoundary_R2Date()
    {
        var a = new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "ML-KEM-768" };
        var before = Eval(a, asOf: new DateTime(2026, 3, 29));
        Assert.Equal(ListStatus.NotListed, before.Status);
        Assert.Contains(before.Reasons, r => r.Outcome == Outcome.NotYetEffective);
        var on = Eval(a, asOf: new DateTime(2026, 3, 30));
        Assert.Equal(ListStatus.RecommendedPqc, on.Status);
    }

    [Fact]
    public void Edition2022_AsOfBeforeItsStart_IsNotYetEffective()
    {
        var v = Eval(new CryptoAsset { Algorithm = Algorithms.Aes }, asOf: new DateTime(2023, 3, 29));
        Assert.Equal(ListStatus.NotListed, v.Status);
        Assert.Equal(Outcome.NotYetEffective, v.Reasons[0].Outcome);
        Assert.Equal(ListStatus.Recommended, Eval(new CryptoAsset { Algorithm = Algorithms.Aes }, asOf: new DateTime(2023, 3, 30)).Status);
    }

    [Fact]
    public void Edition2012R8_ThreeKeyTdesWasRecommended_Rc4Monitored()
    {
        Assert.Equal(ListStatus.Recommended, Name("3-key Triple DES", asOf: new DateTime(2020, 1, 1), edition: Edition.Ls0001_2012R8).Status);
        Assert.Equal(ListStatus.Monitored, Name("RC4-128", asOf: new DateTime(2020, 1, 1), edition: Edition.Ls0001_2012R8).Status);
        Assert.Equal(ListStatus.NotListed, Name("RC4-40", asOf: new DateTime(2020, 1, 1), edition: Edition.Ls0001_2012R8).Status);
        Assert.Equal(ListStatus.Candidate, Name("SHA3-256", asOf: new DateTime(2020, 1, 1), edition: Edition.Ls0001_2012R8).Status);
    }

    [Fact]
    public void Footnotes_AreCheckedOnAssets()
    {
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.Shake128, OutputBits = 128 }).Status);
        Assert.Equal(ListStatus.Recommended, Eval(new CryptoAsset { Algorithm = Algorithms.Shake128, OutputBits = 256 }).Status);
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Xts, Usage = AssetUsage.Encryption }).Status);
        Assert.Equal(ListStatus.Recommended, Eval(new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Xts, Usage = AssetUsage.StorageEncryption }).Status);
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, Mode = Algorithms.Xts, Usage = AssetUsage.StorageEncryption }).Status);
        var gcm = Eval(new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Gcm, NonceBits = 128 });
        Assert.Equal(ListStatus.Recommended, gcm.Status);
        Assert.Contains(gcm.Reasons, r => r.Code == ReasonCodes.GcmIv && r.Outcome == Outcome.Warning);
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, BlocksPerKey = (1L << 20) + 1 }).Status);
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-256", Mac = Algorithms.Kmac128 }).Status);
        Assert.Equal(ListStatus.Recommended, Eval(new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-256", Mac = Algorithms.Hmac }).Status);
    }

    [Fact]
    public void Curves_FollowTheDocumentedDecision_AndCanBeOverridden()
    {
        Assert.Equal(ListStatus.Recommended, Name("ECDSA-P256").Status);
        Assert.Equal(ListStatus.NotListed, Name("secp256k1").Status);
        Assert.Equal(ListStatus.NotListed, Name("brainpoolP256r1").Status);
        var x = Name("X25519");
        Assert.Equal(ListStatus.Recommended, x.Status);
        Assert.Contains(x.Reasons, r => r.Code == ReasonCodes.Curve && r.IsDerived);

        var opts = new PolicyOptions { AdditionalAcceptedCurves = new[] { "brainpoolP256r1" }, AcceptMontgomeryCurvesAsEcdh = false };
        Assert.Equal(ListStatus.Recommended, Eval(new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "brainpoolP256r1" }, options: opts).Status);
        Assert.Equal(ListStatus.NotListed, Eval(new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X25519" }, options: opts).Status);
    }

    [Fact]
    public void Overrides_ChangeStatus_WithACitedReason()
    {
        var opts = new PolicyOptions { Overrides = new[] { new StatusOverride("SEED", ListStatus.Candidate, "bilateral agreement") } };
        var v = Eval(new CryptoAsset { Algorithm = Algorithms.Seed }, options: opts);
        Assert.Equal(ListStatus.Candidate, v.Status);
        Assert.Contains(v.Reasons, r => r.Code == ReasonCodes.Override && r.Message.Contains("bilateral agreement"));
    }

    [Fact]
    public void TlsTypes_JudgeSuitesPerDerivedProfile()
    {
        var v = Name("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
        Assert.False(v.Tls!.High.Allowed);
        Assert.False(v.Tls.Recommended.Allowed);
        Assert.True(v.Tls.Exception.Allowed);

        var cbc = Name("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
        Assert.False(cbc.Tls!.High.Allowed);
        Assert.True(cbc.Tls.Recommended.Allowed);

        var gcm = Name("0xC02F");
        Assert.True(gcm.Tls!.High.Allowed);

        var rc4 = Name("TLS_ECDHE_RSA_WITH_RC4_128_SHA");
        Assert.All(rc4.Tls!.All, t => Assert.False(t.Allowed));
        Assert.All(Name("TLS_AES_128_CCM_8_SHA256").Tls!.All, t => Assert.True(t.Allowed));
        Assert.All(Name("TLS_PSK_WITH_AES_128_GCM_SHA256").Tls!.All, t => Assert.False(t.Allowed));
    }

    [Fact]
    public void ProtocolVersions_MapToGuideline()
    {
        Assert.Equal(ListStatus.NotListed, Name("SSLv3").Status);
        var tls10 = Name("TLSv1.0");
        Assert.Equal(ListStatus.Monitored, tls10.Status);
        Assert.True(tls10.Tls!.Exception.Allowed);
        Assert.False(tls10.Tls.Recommended.Allowed);
        Assert.Equal(ListStatus.Recommended, Name("TLS 1.2").Status);
        Assert.Equal(ListStatus.Recommended, Name("SslProtocols.Tls13").Status);
    }

    [Fact]
    public void Groups_DheBelowMinimumAndOutsideCurvesAreRefused()
    {
        var ffdhe2048 = Name("ffdhe2048");
        Assert.True(ffdhe2048.Tls!.High.Allowed);
        Assert.Equal(ListStatus.Recommended, ffdhe2048.Status);
        var group = TlsAssets.ForGroup(TlsRegistry.FindGroup("secp256k1")!);
        Assert.All(Eval(group).Tls!.All, t => Assert.False(t.Allowed));
        Assert.Equal(ListStatus.RecommendedPqc, Name("SecP256r1MLKEM768").Status);
        Assert.Equal(ListStatus.NotListed, Name("MLKEM512").Status);
    }

    [Fact]
    public void SignatureSchemes_Sha1OnlyInException()
    {
        var v = Name("rsa_pkcs1_sha1");
        Assert.Equal(ListStatus.Monitored, v.Status);
        Assert.False(v.Tls!.Recommended.Allowed);
        Assert.True(v.Tls.Exception.Allowed);
        Assert.All(Name("ecdsa_secp256r1_sha256").Tls!.All, t => Assert.True(t.Allowed));
    }

    [Fact]
    public void SignatureSchemes_Tls12PairsOutsideTheRegistry_AreJudgedByTheirHash()
    {
        // RFC 5246 §7.4.1.4.1 pairs that RFC 8446 left out of the SignatureScheme registry.
        Assert.Equal(0x0303, TlsRegistry.FindSignatureScheme("ecdsa_sha224")!.Code);
        foreach (var name in new[] { "ecdsa_sha224", "rsa_pkcs1_sha224", "dsa_sha224", "rsa_pkcs1_md5", "ecdsa_md5" })
        {
            var scheme = TlsRegistry.FindSignatureScheme(name)!;
            var v = Eval(TlsAssets.ForSignatureScheme(scheme));
            Assert.Equal(ListStatus.NotListed, v.Status);
            Assert.All(v.Tls!.All, t => Assert.False(t.Allowed, name));
        }
        var dsaSha1 = Eval(TlsAssets.ForSignatureScheme(TlsRegistry.FindSignatureScheme(0x0202)!));
        Assert.Equal(Algorithms.Dsa, TlsAssets.ForSignatureScheme(TlsRegistry.FindSignatureScheme(0x0202)!).Algorithm);
        Assert.NotEqual(ListStatus.Recommended, dsaSha1.Status);
        Assert.True(TlsRegistry.IsTls12OnlyPair(0x0301));
        Assert.False(TlsRegistry.IsTls12OnlyPair(0x0201));
    }

    [Fact]
    public void Certificates_Sha1SignatureAndSmallRsaAreProhibited()
    {
        var sha1 = Eval(new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha1, KeyBits = 2048, Usage = AssetUsage.Certificate });
        Assert.All(sha1.Tls!.All, t => Assert.False(t.Allowed));
        var ok = Eval(new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha256, KeyBits = 2048, Usage = AssetUsage.Certificate }, endYear: 2030);
        Assert.All(ok.Tls!.All, t => Assert.True(t.Allowed));
    }

    [Fact]
    public void EveryReason_HasBilingualTextAndCitation_AcrossManyAssets()
    {
        var ctx = new EvaluationContext(AsOf);
        foreach (var s in TlsRegistry.CipherSuites)
        {
            var v = Evaluator.Evaluate(TlsAssets.ForSuite(s), ctx);
            foreach (var r in v.Reasons.Concat(v.Tls?.All.SelectMany(t => t.Reasons) ?? Enumerable.Empty<Reason>()))
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Message));
                Assert.False(string.IsNullOrWhiteSpace(r.MessageJa));
                Assert.False(string.IsNullOrWhiteSpace(r.Citation.Document));
            }
            Assert.NotEqual(ListStatus.Unknown, v.Status);
        }
    }

    [Fact]
    public void Context_RejectsAbsurdOperationEndYear()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationContext(AsOf, operationEndYear: 99999));
    }

    [Theory]
    [InlineData("PBKDF2WithHmacSHA1", "PBKDF2")]
    [InlineData("HKDF-SHA1", "HKDF")]
    public void KdfWithSha1_TheCombinationReason_DoesNotCallTheKdfListed(string name, string kdf)
    {
        // A KDF is not a list category (REFERENCE §4): the reason said "PBKDF2 is on the e-Government Recommended Ciphers
        // List (Table 1)", which no CRYPTREC document says. It is judged by its HMAC, and the message says so.
        var v = Name(name);
        var combined = Assert.Single(v.Reasons, r => r.Code == ReasonCodes.Combined);
        Assert.DoesNotContain($"{kdf} is on the", combined.Message);
        Assert.Contains($"{kdf} is not a list category and is judged by the HMAC it is built on", combined.Message);
        Assert.DoesNotContain($"{kdf} は電子政府推奨暗号リスト", combined.MessageJa);
        Assert.Contains("リストの分類ではなく", combined.MessageJa);
        Assert.Equal(ListStatus.Monitored, v.Status);
        // With a recommended hash the reason must not say "too" (which implied the KDF is listed).
        var ok = Assert.Single(Name(kdf == "PBKDF2" ? "PBKDF2WithHmacSHA256" : "HKDF-SHA256").Reasons, r => r.Code == ReasonCodes.Combined);
        Assert.DoesNotContain(" too.", ok.Message);
        Assert.DoesNotContain("も", ok.MessageJa.Split('：')[0].Split(':')[^1]);
        // HMAC itself is listed, and its message still says so.
        Assert.Contains("HMAC is on the e-Government Recommended Ciphers List", Assert.Single(Name("HMAC-SHA1").Reasons, r => r.Code == ReasonCodes.Combined).Message);
    }

    [Theory]
    [InlineData(Algorithms.Sha256, Algorithms.Sha1, ListStatus.Monitored)]
    [InlineData(Algorithms.Sha256, Algorithms.Sha224, ListStatus.NotListed)]
    [InlineData(Algorithms.Sha1, Algorithms.Sha256, ListStatus.Monitored)]
    [InlineData(Algorithms.Sha384, Algorithms.Sha256, ListStatus.Recommended)]
    public void RsaPss_Mgf1Hash_IsAPartOfTheCombination(string hash, string mgfHash, ListStatus expected)
    {
        // RFC 4055 lets RSASSA-PSS name a message hash and an MGF1 hash apart; policy basis D3 judges by the weaker.
        var v = Eval(new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = hash, MgfHash = mgfHash, Usage = AssetUsage.Signing });
        Assert.Equal(expected, v.Status);
        var mgf = Assert.Single(v.Reasons, r => r.Code == ReasonCodes.Combined && r.Message.Contains("MGF1 hash", StringComparison.Ordinal));
        Assert.Contains("MGF1 のハッシュ関数 " + mgfHash, mgf.MessageJa);
        // A part better than the verdict another part decided does not say it is "too" at that level.
        if (Evaluator.Evaluate(new CryptoAsset { Algorithm = mgfHash, Usage = AssetUsage.Hashing }, new EvaluationContext(AsOf)).Status.Rank() < expected.Rank())
        {
            Assert.DoesNotContain(" too.", mgf.Message);
        }
        // The same MGF1 hash as the message hash is not judged twice.
        Assert.Single(Eval(new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = hash, MgfHash = hash, Usage = AssetUsage.Signing }).Reasons, r => r.Code == ReasonCodes.Combined);
    }
}
