using System.Text.RegularExpressions;
using CryptrecCheck.Policy.Evaluation;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>Facts and advice corrected in issue 8 (defects 7 and 10); each assertion failed before its fix.</summary>
public class EvaluatorFactsTests
{
    private static readonly EvaluationContext Ctx = new(new DateTime(2026, 12, 1));
    private static readonly PolicyEngine Engine = new(Ctx);

    [Fact]
    public void Cmac_Over64BitBlockCipher_IsLimitedTo2Pow21Blocks_EncryptionTo2Pow20()
    {
        var cmacAtLimit = new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, Usage = AssetUsage.Mac, BlocksPerKey = 1L << 21 };
        Assert.Equal(ListStatus.Monitored, Evaluator.Evaluate(cmacAtLimit, Ctx).Status);
        var cmacOver = cmacAtLimit with { BlocksPerKey = (1L << 21) + 1 };
        var v = Evaluator.Evaluate(cmacOver, Ctx);
        Assert.Equal(ListStatus.NotListed, v.Status);
        Assert.Contains(v.Reasons, r => r.Code == ReasonCodes.Block64Limit && r.Message.Contains("2^21", StringComparison.Ordinal));
        var encryption = new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, BlocksPerKey = (1L << 20) + 1 };
        Assert.Equal(ListStatus.NotListed, Evaluator.Evaluate(encryption, Ctx).Status);
    }

    [Theory]
    [InlineData("AES128-SHA")]
    [InlineData("DES-CBC3-SHA")]
    [InlineData("TLS_RSA_WITH_AES_256_GCM_SHA384")]
    public void RsaKeyTransportSuites_SuggestAnEcdheSuite_NotRsaOaep(string suite)
    {
        var v = Engine.Explain(suite).Verdict!;
        Assert.NotNull(v.Alternative);
        Assert.Contains("ECDHE", v.Alternative!.En, StringComparison.Ordinal);
        Assert.DoesNotContain("OAEP", v.Alternative.En, StringComparison.Ordinal);
        Assert.Contains("ECDHE", v.Alternative.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void HmacSha1_InASuite_SaysHmacRecommended_Sha1Monitored_JudgedMonitored_Derived()
    {
        var v = Engine.Explain("AES128-SHA").Verdict!;
        var mac = v.Reasons.Single(r => r.Code == ReasonCodes.Component && r.Message.StartsWith("MAC/PRF", StringComparison.Ordinal));
        Assert.Contains("HMAC is on the e-Government Recommended Ciphers List", mac.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-1 is on the Monitored Ciphers List", mac.Message, StringComparison.Ordinal);
        Assert.Contains("judged monitored", mac.Message, StringComparison.Ordinal);
        Assert.True(mac.IsDerived);
        Assert.DoesNotContain("表１", mac.Citation.Location, StringComparison.Ordinal);
        Assert.StartsWith("D3 ", mac.Citation.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SHA2", "SHA-224")]
    [InlineData("SHA-2", "SHA-224")]
    [InlineData("RSA", "key length")]
    [InlineData("EC", "curve")]
    [InlineData("DiffieHellman", "group size")]
    public void FamilyNames_SayWhatIsMissing_InsteadOfPassing(string name, string missing)
    {
        var e = Engine.Explain(name);
        Assert.Equal(ListStatus.Unknown, e.Status);
        var reason = Assert.Single(e.Verdict!.Reasons);
        Assert.Equal(ReasonCodes.Incomplete, reason.Code);
        Assert.Contains(missing, reason.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reason.MessageJa));
    }

    [Fact]
    public void FamilyRules_DoNotTouchComponentsOrSizedKeys()
    {
        Assert.Equal(ListStatus.Recommended, Engine.Explain("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256").Status);
        Assert.Equal(ListStatus.Recommended, Engine.Explain("RSA-3072").Status);
        Assert.Equal(ListStatus.Recommended, Engine.Explain("SHA-256").Status);
    }

    [Fact]
    public void EveryDerivedCitation_NamesADecisionDocumentedInPolicyBasis()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "policy-basis.md"));
        var documented = Regex.Matches(doc, @"^\| (D\d+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(12, documented.Count);
        foreach (var topic in new[] { "Statuses", "Not listed", "Combined techniques", "Key strength", "Key types (schemes judged by their key)", "Curves",
                     "TLS protocol versions", "TLS cipher suites", "DHE groups", "Certificates", "PQC", "Editions" })
        {
            Assert.Contains(Sources.DecisionNumber(topic), documented);
        }
        foreach (var name in new[] { "HMAC-SHA1", "secp256k1", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLSv1.1", "RSA-1024", "Blowfish", "X25519" })
        {
            foreach (var r in Engine.Explain(name).Verdict!.Reasons.Where(r => r.IsDerived))
            {
                Assert.DoesNotContain("REFERENCE", r.Citation.ToString(), StringComparison.Ordinal);
                Assert.DoesNotContain("REFERENCE", r.Message, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>English output says what 表１ and 注N are (issue 8, defect 10).</summary>
public class CitationTextTests
{
    [Fact]
    public void English_GlossesTablesCategoriesAndNotes()
    {
        var engine = new PolicyEngine(new EvaluationContext(new DateTime(2026, 12, 1)));
        var reasons = engine.Explain("AES-128-GCM").Verdict!.Reasons;
        var table = CitationText.English(reasons.First(r => r.Citation.Location.Contains("表１", StringComparison.Ordinal)).Citation);
        Assert.Contains("表１ 現行暗号リスト (Table 1, current ciphers list)", table, StringComparison.Ordinal);
        var note = CitationText.English(reasons.First(r => r.Citation.Location.StartsWith("注7", StringComparison.Ordinal)).Citation);
        Assert.Contains("注7 (note 7: GCM: a 96-bit IV is recommended)", note, StringComparison.Ordinal);
        var plain = new Citation("RFC 5280", "4.1.2.5", SourceQuality.Primary, "RFC");
        Assert.Equal(plain.ToString(), CitationText.English(plain));
    }
}
