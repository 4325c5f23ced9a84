using System.Text.Json;
using System.Text.Json.Nodes;
using CryptrecCheck.Cli;
using CryptrecCheck.Tests.Infrastructure;
using Json.Schema;
using Xunit;

namespace CryptrecCheck.Tests.Code;

/// <summary>The three runs of <c>cryptrec-check code</c> on the samples, made once for the class (each loads MSBuild).</summary>
public sealed class CodeRuns : IDisposable
{
    public CodeRuns()
    {
        Samples = new CodeSamples();
        Json = Run("json");
        Sarif = Run("sarif");
        Cbom = Run("cbom");
        Table = Run("table", "--lang", "ja");
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(new[] { "code", Samples.PathOf("ProjA/ProjA.csproj"), "--fail-on", "none" }, o, e, () => new DateTime(2026, 12, 1));
        ReportOnly = (exit, o.ToString(), e.ToString());
    }

    public CodeSamples Samples { get; }
    public (int Exit, string Out, string Err) Json { get; }
    public (int Exit, string Out, string Err) Sarif { get; }
    public (int Exit, string Out, string Err) Cbom { get; }
    public (int Exit, string Out, string Err) Table { get; }
    public (int Exit, string Out, string Err) ReportOnly { get; }

    private (int, string, string) Run(string format, params string[] more)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(new[] { "code", Samples.Root, "--format", format, "--as-of", "2026-12-01" }.Concat(more).ToArray(), o, e, () => new DateTime(2026, 12, 1));
        return (exit, o.ToString(), e.ToString());
    }

    public void Dispose() => Samples.Dispose();
}

[Trait("Category", "MSBuild")]
public sealed class CodeCommandTests(CodeRuns runs) : IClassFixture<CodeRuns>
{
    private static JsonNode Parse(string s) => JsonNode.Parse(s)!;

    private static List<(string Asset, string Status, string File, int Line, bool Generated, string Tfms, string? Rule)> Inventory(JsonNode project) =>
        project["inventory"]!.AsArray().Select(u => (
            (string)u!["asset"]!, (string)u["status"]!, (string)u["file"]!, (int)u["line"]!, (bool)u["generated"]!,
            string.Join(",", u["targetFrameworks"]!.AsArray().Select(t => (string)t!)), (string?)u["rule"])).ToList();

    [Fact]
    public void Json_TwoSolutions_EveryUseWithStatusLineAndTargets()
    {
        var doc = Parse(runs.Json.Out);
        SchemaAssert.Valid("code.schema.json", runs.Json.Out);
        var results = doc["results"]!.AsArray();
        Assert.Equal(new[] { "ProjA/ProjA.csproj", "ProjB/ProjB.csproj" }, results.Select(r => (string)r!["project"]!).ToArray());

        var a = Inventory(results[0]!);
        Assert.Equal(new (string, string, string, int, bool, string, string?)[]
        {
            ("MD5", "not-listed", "ProjA/Crypto.cs", 5, false, "net10.0", "CRY1001"),
            ("SHA-256", "recommended", "ProjA/Crypto.cs", 6, false, "net10.0", null),
            ("RSA-1024", "not-listed", "ProjA/Crypto.cs", 7, false, "net10.0", "CRY3001"),
            ("SHA-1", "monitored", "ProjA/Generated.g.cs", 4, true, "net10.0", "CRY1002"),
        }, a);

        // Multi-targeted: one entry per use, naming the frameworks that compile it.
        var b = Inventory(results[1]!);
        Assert.Equal(new[] { "net10.0", "netstandard2.0" }, results[1]!["targetFrameworks"]!.AsArray().Select(t => (string)t!).ToArray());
        Assert.Contains(("SHA-1", "monitored", "ProjB/B.cs", 5, false, "net10.0,netstandard2.0", "CRY1002"), b);
        // new AesGcm(...) and g.Encrypt(...) on line 7, compiled for net10.0 only (#if NET).
        Assert.Equal(2, b.Count(u => u.Asset == "AES/GCM" && u.Status == "recommended" && u.Line == 7 && u.Tfms == "net10.0" && u.Rule == null));
        Assert.Equal(3, b.Count);
    }

    [Fact]
    public void Json_ProjectThatFailsToRestore_ReportedByName_RestInventoried()
    {
        var doc = Parse(runs.Json.Out);
        var errors = doc["errors"]!.AsArray();
        var broken = Assert.Single(errors, e => (string)e!["source"]! == "Broken/Broken.csproj");
        Assert.Contains("Broken/Broken.csproj", (string)broken!["message"]!);
        Assert.Equal(2, doc["results"]!.AsArray().Count);
        Assert.Equal(2, runs.Json.Exit);
        Assert.Equal(2, (int)doc["summary"]!["exitCode"]!);
        Assert.Contains("Broken/Broken.csproj", runs.Json.Err);
    }

    [Fact]
    public void Sarif_ValidAgainstSarif210_RulesHelpUrisAndStatus()
    {
        SarifSchema.Valid(runs.Sarif.Out);
        var run = Parse(runs.Sarif.Out)["runs"]![0]!;
        var results = run["results"]!.AsArray();
        var md5 = Assert.Single(results, r => (string)r!["ruleId"]! == "CRY1001");
        Assert.Equal("not-listed", (string)md5!["properties"]!["cryptrecStatus"]!);
        Assert.Equal("error", (string)md5["level"]!);
        Assert.Equal("ProjA/Crypto.cs", (string)md5["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Equal(5, (int)md5["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        // Compliant uses are inventory, not SARIF results.
        Assert.DoesNotContain(results, r => (string)r!["properties"]!["asset"]! == "SHA-256");
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.All(rules, r => Assert.EndsWith("/docs/rules/" + (string)r!["id"]! + ".md", (string)r["helpUri"]!));
        Assert.Contains(rules, r => (string)r!["id"]! == "CRY3001");
    }

    [Fact]
    public void Cbom_ValidAgainstCycloneDx16_AssetsWithStatusAndOccurrences()
    {
        CycloneDxSchema.Valid(runs.Cbom.Out);
        var bom = Parse(runs.Cbom.Out);
        Assert.Equal("1.6", (string)bom["specVersion"]!);
        var components = bom["components"]!.AsArray();
        Assert.All(components, c =>
        {
            Assert.Equal("cryptographic-asset", (string)c!["type"]!);
            Assert.Equal("algorithm", (string)c["cryptoProperties"]!["assetType"]!);
        });
        var names = components.Select(c => (string)c!["name"]!).ToList();
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), names);
        var refs = components.Select(c => (string)c!["bom-ref"]!).ToList();
        Assert.Equal(refs.Count, refs.Distinct().Count());

        string Prop(JsonNode c, string name) => (string)c["properties"]!.AsArray().Single(p => (string)p!["name"]! == name)!["value"]!;
        var md5 = components.Single(c => (string)c!["name"]! == "MD5")!;
        Assert.Equal("not-listed", Prop(md5, "cryptrec:status"));
        Assert.Equal("hash", (string)md5["cryptoProperties"]!["algorithmProperties"]!["primitive"]!);
        var occ = Assert.Single(md5["evidence"]!["occurrences"]!.AsArray());
        Assert.Equal("ProjA/Crypto.cs", (string)occ!["location"]!);
        Assert.Equal(5, (int)occ["line"]!);

        // SHA-1: the generated file in ProjA and ProjB (both frameworks) — one component, every occurrence.
        var sha1 = components.Single(c => (string)c!["name"]! == "SHA-1")!;
        Assert.Equal("monitored", Prop(sha1, "cryptrec:status"));
        var sha1Occ = sha1["evidence"]!["occurrences"]!.AsArray().Select(o => ((string)o!["location"]!, (int)o["line"]!, (string)o["additionalContext"]!)).ToList();
        Assert.Equal(2, sha1Occ.Count);
        Assert.Contains(sha1Occ, o => o.Item1 == "ProjA/Generated.g.cs" && o.Item3.Contains("generated code", StringComparison.Ordinal));
        Assert.Contains(sha1Occ, o => o.Item1 == "ProjB/B.cs" && o.Item3.Contains("net10.0, netstandard2.0", StringComparison.Ordinal));

        var rsa = components.Single(c => (string)c!["name"]! == "RSA-1024")!;
        Assert.Equal("1024", (string)rsa["cryptoProperties"]!["algorithmProperties"]!["parameterSetIdentifier"]!);
    }

    [Fact]
    public void Table_CountsByStatusAndAsset_ThenFindingsWithFileAndLine()
    {
        var t = runs.Table.Out;
        Assert.Equal(2, runs.Table.Exit);
        Assert.Contains("判定別:", t);
        Assert.Matches(@"(?m)^  not-listed\s+2$", t);
        Assert.Matches(@"(?m)^  MD5\s+not-listed\s+1$", t);
        Assert.Matches(@"(?m)^  SHA-1\s+monitored\s+2$", t);
        Assert.Contains("ProjA/Crypto.cs:5  CRY1001", t);
        Assert.Contains("ProjA/Generated.g.cs:4  CRY1002", t);
        Assert.Contains("[生成コード]", t);
        // Compliant uses are counted, not listed as findings.
        Assert.DoesNotContain("ProjA/Crypto.cs:6", t);
        Assert.Contains("エラー: Broken/Broken.csproj", t);
    }

    [Fact]
    public void FailOnNone_NotListedUses_Exit0()
    {
        Assert.Equal(0, runs.ReportOnly.Exit);
        // A project given directly: paths are relative to its directory.
        Assert.Contains("Crypto.cs:5  CRY1001", runs.ReportOnly.Out);
        Assert.DoesNotContain("ProjA/Crypto.cs", runs.ReportOnly.Out);
    }

    [Fact]
    public void MalformedProjectFile_ErrorNamesIt_Exit2()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = Program.Run(new[] { "code", runs.Samples.PathOf("Broken/Broken.csproj"), "--format", "json" }, o, e, () => new DateTime(2026, 12, 1));
        Assert.Equal(2, exit);
        Assert.Contains("Broken.csproj", e.ToString());
        var doc = Parse(o.ToString());
        Assert.Empty(doc["results"]!.AsArray());
        Assert.Contains("Broken.csproj", (string)doc["errors"]![0]!["message"]!);
    }

    [Fact]
    public void MissingPath_UsageErrorNamingIt()
    {
        var e = new StringWriter();
        var missing = runs.Samples.PathOf("nothing-here");
        Assert.Equal(2, Program.Run(new[] { "code", missing }, new StringWriter(), e, () => new DateTime(2026, 12, 1)));
        Assert.Contains("nothing-here", e.ToString());
    }
}

/// <summary>The committed schemas are in effect: documents that break them are rejected (no MSBuild needed).</summary>
public sealed class CodeSchemaTests
{
    [Fact]
    public void SarifSchema_WrongVersionAndLevel_Rejected()
    {
        const string bad = """{ "version": "2.0.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [ { "level": "fatal", "message": { "text": "m" } } ] } ] }""";
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifSchema.Valid(bad));
    }

    [Fact]
    public void CycloneDxSchema_UnknownAssetTypeAndPrimitive_Rejected()
    {
        const string bad = """{ "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [ { "type": "cryptographic-asset", "name": "AES", "cryptoProperties": { "assetType": "cipher", "algorithmProperties": { "primitive": "blockcipher" } } } ] }""";
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => CycloneDxSchema.Valid(bad));
    }
}

/// <summary>SARIF 2.1.0 validation with the committed rtm.5 schema (draft-04, read as draft-07 without its id: schemas/THIRD-PARTY.md).</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "sarif-2.1.0-rtm.5.json"))
            .Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal);
        var node = JsonNode.Parse(text)!.AsObject();
        // draft-04's "id" is dropped (not renamed to "$id"): the schema's references are all local ("#/definitions/...").
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions(), new Uri("file:///schemas/sarif-2.1.0-rtm.5.json"));
    });

    public static void Valid(string json) => SchemaAssert.Valid(Schema.Value, json, "SARIF 2.1.0");
}

/// <summary>CycloneDX 1.6 validation with the committed schemas (bom-1.6 and the SPDX and JSF schemas it refers to).</summary>
internal static class CycloneDxSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "schemas");
        var options = new BuildOptions();
        foreach (var f in new[] { "spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json" })
        {
            var s = JsonSchema.FromText(File.ReadAllText(Path.Combine(dir, f)), options, new Uri("file:///schemas/" + f));
            // The bom schema refers to it by this file name, relative to its own $id.
            options.SchemaRegistry.Register(new Uri("http://cyclonedx.org/schema/" + f), s);
        }
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(dir, "bom-1.6.SNAPSHOT.schema.json")), options, new Uri("file:///schemas/bom-1.6.SNAPSHOT.schema.json"));
    });

    public static void Valid(string json) => SchemaAssert.Valid(Schema.Value, json, "CycloneDX 1.6");
}
