using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CryptrecCheck.PolicyFiles;
using JsonReaderOptions = CryptrecCheck.PolicyFiles.JsonReaderOptions;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Reading a policy file: the dependency-free reader that the CLI and the analyzer share, alone and with the loader
/// (schema checks, name resolution of every suite), against System.Text.Json's JsonDocument on the same bytes (which keeps
/// no line/column positions). Two documents: the shape of samples/policy.json, and the largest sensible file under the
/// 1 MiB bound (30,000 denied suites, 960 KB).
/// </summary>
[MemoryDiagnoser]
public class PolicyFileBenchmarks
{
    private byte[] _bytes = null!;
    private int _suites;

    [Params("sample", "30k-suites")]
    public string Document { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string text;
        if (Document == "sample")
        {
            text = """
                {
                  "$schema": "../schemas/policy.schema.json",
                  "schemaVersion": 1,
                  "operationEndYear": 2035,
                  "tlsType": "recommended",
                  "failOn": "monitored",
                  "curves": { "acceptMontgomeryAsEcdh": true },
                  "tls": {
                    "recommended": { "denySuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"] }
                  }
                }
                """;
            _suites = 1;
        }
        else
        {
            _suites = 30_000;
            var sb = new StringBuilder("{ \"schemaVersion\": 1, \"tls\": { \"recommended\": { \"denySuites\": [");
            for (var i = 0; i < _suites; i++) { sb.Append(i == 0 ? "\"TLS_RSA_WITH_AES_128_CBC_SHA\"" : ", \"TLS_RSA_WITH_AES_128_CBC_SHA\""); }
            text = sb.Append("] } } }").ToString();
        }
        _bytes = Encoding.UTF8.GetBytes(text);
        Check.True(_bytes.Length <= PolicyFileLoader.MaxBytes, "document within the 1 MiB bound");
        Check.True(Loader() == _suites, "the loader reads every denied suite");
        Check.True(Reader() > 0 && SystemTextJson() > 0, "both readers read the document");
    }

    [Benchmark(Baseline = true, Description = "System.Text.Json JsonDocument (no positions)")]
    public int SystemTextJson()
    {
        using var d = JsonDocument.Parse(_bytes, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip });
        return d.RootElement.EnumerateObject().Count();
    }

    [Benchmark(Description = "JsonReader (positions)")]
    public int Reader() => JsonReader.Parse(_bytes, new JsonReaderOptions { MaxDepth = 16, AllowComments = true }).Properties.Count;

    [Benchmark(Description = "PolicyFileLoader.Parse (reader + schema + names)")]
    public int Loader() => PolicyFileLoader.Parse(_bytes, "policy.json").Options.TlsProfiles.Recommended.DenySuites.Count;
}
