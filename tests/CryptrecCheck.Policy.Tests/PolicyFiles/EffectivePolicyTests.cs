using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.PolicyFiles;
using Xunit;

namespace CryptrecCheck.Policy.Tests.PolicyFiles;

/// <summary>The one precedence rule: defaults, then the policy file, then the front end's own options; value by value.</summary>
public class EffectivePolicyTests
{
    private static readonly PolicyDefaults Defaults = new(new DateTime(2026, 11, 28)) { TlsType = TlsGuidelineType.Recommended };

    private static PolicySettings File(string json) => PolicyFileLoader.Parse(json, "p.json");

    [Fact]
    public void Combine_NothingGiven_IsTheDefaults()
    {
        var e = EffectivePolicy.Combine(Defaults, null, null);
        Assert.Equal(Edition.Ls0001_2022R2, e.Edition);
        Assert.Equal(new DateTime(2026, 11, 28), e.AsOf);
        Assert.Null(e.OperationEndYear);
        Assert.Equal(TlsGuidelineType.Recommended, e.TlsType);
        Assert.Equal(ListStatus.Monitored, e.FailOn);
        Assert.Same(PolicyOptions.Default, e.Options);
        Assert.Equal(2026, e.CreateContext().OperationEndYear);
    }

    [Fact]
    public void Combine_FileOverDefaults_OverridesOverFile_ValueByValue()
    {
        var file = File("""
            { "schemaVersion": 1, "edition": "2012r8", "asOf": "2022-01-31", "operationEndYear": 2035, "tlsType": "high", "failOn": "not-listed",
              "curves": { "accept": ["brainpoolP256r1"] },
              "overrides": [ { "technique": "SEED", "status": "candidate", "justification": "bilateral agreement" } ] }
            """);
        var fromFile = EffectivePolicy.Combine(Defaults, file, null);
        Assert.Equal((Edition.Ls0001_2012R8, new DateTime(2022, 1, 31), (int?)2035, (TlsGuidelineType?)TlsGuidelineType.High, ListStatus.NotListed),
            (fromFile.Edition, fromFile.AsOf, fromFile.OperationEndYear, fromFile.TlsType, fromFile.FailOn));

        var both = EffectivePolicy.Combine(Defaults, file, new PolicyOverrides { OperationEndYear = 2031, AcceptedCurves = new[] { "secp256k1" } });
        Assert.Equal(2031, both.OperationEndYear);
        Assert.Equal(Edition.Ls0001_2012R8, both.Edition); // not overridden: the file's value stays
        Assert.Equal(new[] { "secp256k1" }, both.Options.AdditionalAcceptedCurves); // lists replace, never merge
        Assert.Equal("SEED", both.Options.Overrides.Single().Technique); // only a file can say this; it survives
    }

    [Fact]
    public void Combine_DecidesTheVerdict_Rsa2048AcrossTheEndYear()
    {
        var rsa2048 = new CryptoAsset { Algorithm = Algorithms.RsaOaep, KeyBits = 2048 };
        var file = File("{ \"schemaVersion\": 1, \"operationEndYear\": 2035 }");
        var byFile = EffectivePolicy.Combine(Defaults, file, null).CreateContext();
        var byOverride = EffectivePolicy.Combine(Defaults, file, new PolicyOverrides { OperationEndYear = 2030 }).CreateContext();
        Assert.NotEqual(ListStatus.Recommended, Evaluator.Evaluate(rsa2048, byFile).Status);
        Assert.Equal(ListStatus.Recommended, Evaluator.Evaluate(rsa2048, byOverride).Status);
    }
}
