using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// A generated code base for measuring the analyzers: ordinary application code (strings, collections, LINQ, async,
/// records, generics) with cryptography in some files, compliant and not. The number of findings is known by
/// construction, so the benchmark can assert that the analyzers did their work.
/// </summary>
public static class AnalyzerCorpus
{
    /// <summary>Findings the analyzers must report in a corpus of <paramref name="files"/> files.</summary>
    public static int ExpectedFindings(int files)
    {
        var n = 0;
        for (var i = 0; i < files; i++)
        {
            if (i % 20 == 0) { n += 2; }  // MD5.Create(), HashAlgorithmName.SHA1
            if (i % 50 == 0) { n += 2; }  // Mode = ECB, RSA.Create(1024)
            if (i % 100 == 0) { n += 2; } // SslProtocols.Tls11, CipherUtilities "DES/CBC/PKCS5Padding"
        }
        return n;
    }

    public static ImmutableArray<SyntaxTree> Generate(int files)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files);
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(File(i), options, path: $"/corpus/File{i}.cs"));
        }
        return trees.MoveToImmutable();
    }

    private static string File(int i)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks;");
        sb.AppendLine("using System.Security.Cryptography; using System.Security.Authentication; using System.Net.Http; using System.Text;");
        sb.AppendLine($"namespace Corpus.Area{i % 40};");
        sb.AppendLine($"public sealed record Order{i}(int Id, string Customer, decimal Amount, DateTime When);");
        sb.AppendLine($"public sealed class Service{i}");
        sb.AppendLine("{");
        sb.AppendLine($"    private readonly Dictionary<int, Order{i}> _orders = new();");
        sb.AppendLine($"    public void Add(Order{i} o) {{ if (o.Amount < 0) throw new ArgumentOutOfRangeException(nameof(o)); _orders[o.Id] = o; }}");
        sb.AppendLine($"    public IEnumerable<Order{i}> Recent(DateTime since) => _orders.Values.Where(o => o.When >= since).OrderByDescending(o => o.When).Take(50);");
        sb.AppendLine("    public decimal Total(string customer) => _orders.Values.Where(o => o.Customer == customer).Sum(o => o.Amount);");
        sb.AppendLine("    public string Report() { var sb = new StringBuilder(); foreach (var o in _orders.Values) { sb.Append(o.Id).Append(',').Append(o.Customer.ToUpperInvariant()).AppendLine(); } return sb.ToString(); }");
        sb.AppendLine("    public async Task<int> CountAsync() { await Task.Yield(); return _orders.Count(kv => kv.Value.Amount > 100m); }");
        sb.AppendLine("    public static int Parse(string s) => int.TryParse(s, out var v) ? v : s.Length switch { 0 => 0, < 5 => 1, _ => s.GetHashCode() };");
        sb.AppendLine("    public byte[] Fingerprint(byte[] d) => SHA256.HashData(d);");
        sb.AppendLine("    public byte[] Sign(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);");
        if (i % 20 == 0)
        {
            sb.AppendLine("    public byte[] Legacy(byte[] d) { using var h = MD5.Create(); return h.ComputeHash(d); }");
            sb.AppendLine("    public byte[] LegacySign(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);");
        }
        if (i % 50 == 0)
        {
            sb.AppendLine("    public void Ecb(Aes aes) { aes.Mode = CipherMode.ECB; }");
            sb.AppendLine("    public RSA Small() => RSA.Create(1024);");
        }
        if (i % 100 == 0)
        {
            sb.AppendLine("    public void Tls(HttpClientHandler h) { h.SslProtocols = SslProtocols.Tls11; }");
            sb.AppendLine("    public object Bc() => Org.BouncyCastle.Security.CipherUtilities.GetCipher(\"DES/CBC/PKCS5Padding\");");
        }
        sb.AppendLine("}");
        return sb.ToString();
    }

    /// <summary>A new compilation of the corpus (nothing cached from an earlier analysis).</summary>
    public static CSharpCompilation Compilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> refs) =>
        CSharpCompilation.Create("corpus", trees, refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The .NET reference assemblies of the running SDK, plus BouncyCastle.</summary>
    public static ImmutableArray<MetadataReference> References()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).Where(v => v!.StartsWith("10.", StringComparison.Ordinal))
            .OrderByDescending(v => Version.Parse(v!.Split('-')[0])).First();
        return Directory.GetFiles(Path.Combine(packs, version!, "ref", "net10.0"), "*.dll")
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location))
            .ToImmutableArray();
    }
}
