using System.Text;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.PolicyFiles;
using Xunit;

namespace CryptrecCheck.Policy.Tests.PolicyFiles;

/// <summary>The policy-file loader on bytes and on text (moved from CryptrecCheck.Tests with the loader; assertions kept).</summary>
public class PolicyFileLoaderTests
{
    private static PolicySettings Parse(string json) => PolicyFileLoader.Parse(Encoding.UTF8.GetBytes(json), "test.json");

    [Fact]
    public void Parse_FullPolicy_AppliesEverySetting()
    {
        var s = Parse("""
            {
              "$schema": "../schemas/policy.schema.json",
              "schemaVersion": 1,
              // comments are allowed
              "edition": "2012r8",
              "asOf": "2022-01-31",
              "operationEndYear": 2035,
              "tlsType": "high",
              "failOn": "not-listed",
              "curves": { "acceptMontgomeryAsEcdh": false, "accept": ["brainpoolP256r1"] },
              "overrides": [ { "technique": "SEED", "status": "candidate", "justification": "bilateral agreement" } ],
              "tls": { "recommended": { "denySuites": ["TLS_RSA_WITH_AES_128_CBC_SHA", "0xC013"], "minDhBits": 3072 } }
            }
            """);
        Assert.Equal(Edition.Ls0001_2012R8, s.Edition);
        Assert.Equal(new DateTime(2022, 1, 31), s.AsOf);
        Assert.Equal(2035, s.OperationEndYear);
        Assert.Equal(TlsGuidelineType.High, s.TlsType);
        Assert.Equal(ListStatus.NotListed, s.FailOn);
        Assert.False(s.Options.AcceptMontgomeryCurvesAsEcdh);
        Assert.Equal(new[] { "brainpoolP256r1" }, s.Options.AdditionalAcceptedCurves);
        Assert.Equal("SEED", s.Options.Overrides.Single().Technique);
        Assert.Equal(new[] { 0x002F, 0xC013 }, s.Options.TlsProfiles.Recommended.DenySuites);
        Assert.Equal(3072, s.Options.TlsProfiles.Recommended.MinDhBits);
        Assert.Equal(2048, s.Options.TlsProfiles.High.MinDhBits);

        var ctx = new EvaluationContext(s.AsOf!.Value, s.Edition!.Value, s.OperationEndYear, s.Options);
        var v = Evaluator.Evaluate(TlsAssets.ForSuite(TlsRegistry.FindSuite(0xC013)!), ctx);
        Assert.False(v.Tls!.Recommended.Allowed);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"edition\": \"2099\" }", 2, "unknown edition")]
    [InlineData("{ \"schemaVersion\": 1,\n\n  \"colour\": \"blue\" }", 3, "unknown property \"colour\"")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"failOn\": \"bad\" }", 2, "unknown status \"bad\"")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"operationEndYear\": 20355 }", 2, "between 1990 and 2200")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"operationEndYear\": \"2035\" }", 2, "whole number")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"asOf\": \"31/01/2022\" }", 2, "yyyy-MM-dd")]
    [InlineData("{ \"schemaVersion\": 2 }", 1, "not supported")]
    [InlineData("{ \"edition\": \"2022r2\" }", 1, "missing \"schemaVersion\"")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"overrides\": [ { \"technique\": \"SEED\", \"status\": \"candidate\" } ] }", 2, "justification")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"overrides\": [ { \"technique\": \"NoSuchThing\", \"status\": \"candidate\", \"justification\": \"x\" } ] }", 2, "unknown technique")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"curves\": { \"accept\": [\"P-999\"] } }", 2, "unknown curve")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"tls\": { \"medium\": {} } }", 2, "unknown property \"medium\"")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"tls\": { \"high\": { \"denySuites\": [\"TLS_NOPE\"] } } }", 2, "unknown cipher suite")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"tls\": { \"high\": { \"versions\": [\"TLS 9\"] } } }", 2, "unknown protocol version")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"edition\": ", 2, "not valid JSON")]
    [InlineData("[1, 2, 3]", 1, "must be an object")]
    [InlineData("{ \"schemaVersion\": 1 } trailing", 1, "not valid JSON")]
    public void Parse_BadPolicy_NamesTheLineAndTheProblem(string json, int line, string fragment)
    {
        var e = Assert.Throws<PolicyFileException>(() => Parse(json));
        Assert.Equal(line, e.Line);
        Assert.Contains(fragment, e.Message);
        Assert.StartsWith("test.json", e.Message);
    }

    [Fact]
    public void Parse_DeeplyNested_IsRejectedNotCrashing()
    {
        var json = "{ \"schemaVersion\": 1, \"tls\": " + new string('[', 5000) + new string(']', 5000) + " }";
        var e = Assert.Throws<PolicyFileException>(() => Parse(json));
        Assert.Contains("not valid JSON", e.Message);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1,\n  \"edition\": \"2099\" }", 2, 14, "unknown edition")]
    [InlineData("{ \"schemaVersion\": 1,\r\n  \"failOn\": \"bad\" }", 2, 13, "unknown status")]
    [InlineData("{ \"schemaVersion\": 1,\n  \"tls\": { \"high\": { \"minDhBits\": 2048, } } }", 2, 41, "trailing comma")]
    [InlineData("{ \"schemaVersion\": 1, \"schemaVersion\": 1 }", 1, 23, "duplicate member name")]
    [InlineData("/* unclosed\n{ \"schemaVersion\": 1 }", 1, 1, "not closed")]
    public void Parse_Text_NamesLineColumnAndOffset(string json, int line, int column, string fragment)
    {
        var e = Assert.Throws<PolicyFileException>(() => PolicyFileLoader.Parse(json, "cryptrec-check.json"));
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(fragment, e.Message);
        Assert.StartsWith($"cryptrec-check.json:{line}:{column}: ", e.Message);
        // The offset points at the same place as line and column, so an editor can underline it.
        var lineStart = 0;
        for (var l = 1; l < line; l++) { lineStart = json.IndexOf('\n', lineStart) + 1; }
        Assert.Equal(lineStart + column - 1, e.Offset);
    }

    [Fact]
    public void Parse_BytesAndText_GiveTheSameSettings()
    {
        const string json = "\uFEFF{ \"schemaVersion\": 1, \"operationEndYear\": 2040, \"curves\": { \"accept\": [\"brainpoolP256r1\"] } }";
        var fromText = PolicyFileLoader.Parse(json, "p.json");
        var fromBytes = PolicyFileLoader.Parse(Encoding.UTF8.GetBytes(json), "p.json");
        Assert.Equal(2040, fromText.OperationEndYear);
        Assert.Equal(fromText.OperationEndYear, fromBytes.OperationEndYear);
        Assert.Equal(fromText.Options.AdditionalAcceptedCurves, fromBytes.Options.AdditionalAcceptedCurves);
    }

    [Fact]
    public void Parse_OverMaxBytes_IsRejectedBeforeParsing()
    {
        var big = new byte[PolicyFileLoader.MaxBytes + 1];
        Array.Fill(big, (byte)' ');
        var e = Assert.Throws<PolicyFileException>(() => PolicyFileLoader.Parse(big, "big.json"));
        Assert.Contains("larger than", e.Message);
        Assert.StartsWith("big.json: ", e.Message);
    }

    [Fact]
    public void Parse_InvalidUtf8_NamesThePlace()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1,\n  \"edition\": \"x\" }");
        bytes[bytes.Length - 4] = 0xC0; // an overlong lead byte inside the string "x"
        var e = Assert.Throws<PolicyFileException>(() => PolicyFileLoader.Parse(bytes, "p.json"));
        Assert.Equal(2, e.Line);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Parse_ControlCharactersInValues_AreEscapedInTheMessage()
    {
        var e = Assert.Throws<PolicyFileException>(() => PolicyFileLoader.Parse("{ \"schemaVersion\": 1, \"edition\": \"\\u001b[2J\\u202e\" }", "p.json"));
        Assert.Contains("unknown edition", e.Message);
        Assert.DoesNotContain('\u001b', e.Message);
        Assert.DoesNotContain('\u202e', e.Message);
        Assert.Contains("\\u001B[2J\\u202E", e.Message);
    }
}
