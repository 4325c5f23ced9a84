using System.Collections.Immutable;
using System.Globalization;
using CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// Values that travel through the program (issue 13): constants followed through parameters of source methods to every
/// call site, constructor → field → use, getters, <c>|=</c> on the application's own properties; every branch of a
/// choice judged; findings reported where the value is chosen with the cryptographic call as an additional location
/// (<c>{|#0:…|}</c> is the place of the value, <c>{|#1:…|}</c> the call).
/// </summary>
public class FlowTests
{
    private static DiagnosticResult At(string id, params int[] markers)
    {
        var r = new DiagnosticResult(id, DiagnosticSeverity.Warning);
        foreach (var m in markers) { r = r.WithLocation(m); }
        return r;
    }

    [Fact]
    public Task ConstructorChain_HashStoredInField_IsReportedWhereChosen() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class Signer
        {
            private readonly RSA _key;
            private readonly HashAlgorithmName _hash;
            public Signer(RSA key) : this(key, {|#0:HashAlgorithmName.SHA1|}) { }
            public Signer(RSA key, HashAlgorithmName hash) { _key = key; _hash = hash; }
            public byte[] Sign(byte[] d) => _key.SignData(d, {|#1:_hash|}, RSASignaturePadding.Pkcs1);
        }
        """, null, At("CRY1002", 0, 1));

    [Fact]
    public Task ConstructorChain_Sha256_IsNotReported() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class Signer
        {
            private readonly RSA _key;
            private readonly HashAlgorithmName _hash;
            public Signer(RSA key) : this(key, HashAlgorithmName.SHA256) { }
            public Signer(RSA key, HashAlgorithmName hash) { _key = key; _hash = hash; }
            public byte[] Sign(byte[] d) => _key.SignData(d, _hash, RSASignaturePadding.Pkcs1);
        }
        """);

    [Fact]
    public Task GetOnlyProperty_ReturningSha1_ForPbkdf2_IsReportedInTheGetter() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class Kdf
        {
            protected HashAlgorithmName Prf => {|#0:HashAlgorithmName.SHA1|};
            private static HashAlgorithmName Block { get { return HashAlgorithmName.SHA256; } }
            public byte[] Derive(string p, byte[] s) => Rfc2898DeriveBytes.Pbkdf2(p, s, 600000, {|#1:Prf|}, 32);
            public byte[] Ok(string p, byte[] s) => Rfc2898DeriveBytes.Pbkdf2(p, s, 600000, Block, 32);
        }
        """, null, At("CRY5002", 0, 1));

    [Fact]
    public Task CompoundAssignment_OnTheApplicationsOwnProperty_HandedToSslStream_IsReported() => Verify.Analyzer<TlsAnalyzer>("""
        class Options
        {
            public SslProtocols TlsVersions { get; set; } = SslProtocols.Tls12;
            public void AllowLegacy() => TlsVersions |= {|#0:SslProtocols.Tls | SslProtocols.Tls11|};
        }
        class Client
        {
            void Connect(SslStream s, Options o) => s.AuthenticateAsClient("h", null, {|#1:o.TlsVersions|}, false);
        }
        """, null, At("CRY4001", 0, 1));

    [Fact]
    public Task NullableProtocols_ThroughThePropertyAndCoalesce_AreReported() => Verify.Analyzer<TlsAnalyzer>("""
        class Options
        {
            public SslProtocols? TlsVersions { get; set; }
            public void Legacy() => TlsVersions = {|#0:SslProtocols.Tls11|};
        }
        class Client
        {
            void Connect(SslStream s, Options o) => s.AuthenticateAsClient(new SslClientAuthenticationOptions { EnabledSslProtocols = {|#1:o.TlsVersions ?? SslProtocols.None|} });
        }
        """, null, At("CRY4001", 0, 1));

    [Fact]
    public Task NullableProtocols_ThroughAParameter_AreReported() => Verify.Analyzer<TlsAnalyzer>("""
        class Client
        {
            static void Connect(SslStream s, SslProtocols? versions = null) => s.AuthenticateAsClient("h", null, {|#1:versions ?? SslProtocols.None|}, false);
            void Legacy(SslStream s) => Connect(s, {|#0:SslProtocols.Tls|});
            void Modern(SslStream s) => Connect(s, SslProtocols.Tls13);
        }
        """, null, At("CRY4001", 0, 1));

    [Fact]
    public Task CompoundAssignment_OnlyModernVersions_IsNotReported() => Verify.Analyzer<TlsAnalyzer>("""
        class Options
        {
            public SslProtocols TlsVersions { get; set; } = SslProtocols.Tls12;
            public void AllowNew() => TlsVersions |= SslProtocols.Tls13;
        }
        class Client
        {
            void Connect(SslStream s, Options o) => s.AuthenticateAsClient(new SslClientAuthenticationOptions { EnabledSslProtocols = o.TlsVersions });
        }
        """);

    [Fact]
    public Task CompoundAssignment_OnAFrameworkProperty_IsASetting() => Verify.Analyzer<TlsAnalyzer>("""
        #pragma warning disable SYSLIB0014
        class C
        {
            void Legacy() => ServicePointManager.SecurityProtocol |= {|CRY4001:SecurityProtocolType.Tls11|};
            void Modern() => ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
        }
        """);

    [Fact]
    public Task EcbPassedToAHelpersParameter_IsReportedAtEveryCallSiteThatChoosesIt() => Verify.Analyzer<SymmetricAnalyzer>("""
        class Crypto
        {
            static void Configure(SymmetricAlgorithm a, CipherMode mode) => a.Mode = {|#1:mode|};
            void Legacy(Aes aes) => Configure(aes, {|#0:CipherMode.ECB|});
            void Modern(Aes aes) => Configure(aes, CipherMode.CBC);
        }
        """, null, At("CRY2003", 0, 1));

    [Fact]
    public Task HelperParameter_OnlyCbc_IsNotReported() => Verify.Analyzer<SymmetricAnalyzer>("""
        class Crypto
        {
            static void Configure(SymmetricAlgorithm a, CipherMode mode) => a.Mode = mode;
            void Modern(Aes aes) => Configure(aes, CipherMode.CBC);
        }
        """);

    [Fact]
    public Task ConditionalPadding_EveryBranchIsJudged() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C
        {
            byte[] E(RSA rsa, byte[] d, bool useOaep) => rsa.Encrypt(d, {|#0:useOaep ? RSAEncryptionPadding.OaepSHA1 : RSAEncryptionPadding.Pkcs1|});
            byte[] Ok(RSA rsa, byte[] d, bool strong) => rsa.Encrypt(d, strong ? RSAEncryptionPadding.OaepSHA384 : RSAEncryptionPadding.OaepSHA256);
        }
        """, null, At("CRY3002", 0), At("CRY3002", 0));

    [Fact]
    public Task SwitchExpressionAndCoalescing_EveryArmIsJudged() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            byte[] S(RSA rsa, byte[] d, int v) => rsa.SignData(d, {|#0:v switch { 1 => HashAlgorithmName.MD5, 2 => HashAlgorithmName.SHA1, _ => HashAlgorithmName.SHA256 }|}, RSASignaturePadding.Pss);
            IncrementalHash H(HashAlgorithmName? h) => IncrementalHash.CreateHash({|#1:h ?? HashAlgorithmName.SHA1|});
        }
        """, null, new DiagnosticResult("CRY1001", DiagnosticSeverity.Warning).WithLocation(0), At("CRY1002", 0), At("CRY1002", 1));

    [Fact]
    public Task RecursiveAndUnresolvable_Parameters_AreBounded_AndNotReported() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            public int Depth(RSA rsa, byte[] d, HashAlgorithmName h, int n) => n == 0 ? rsa.SignData(d, h, RSASignaturePadding.Pss).Length : Depth(rsa, d, h, n - 1);
            public virtual byte[] Virtual(RSA rsa, byte[] d, HashAlgorithmName h) => rsa.SignData(d, h, RSASignaturePadding.Pss);
            void Caller(RSA rsa, byte[] d) => Virtual(rsa, d, HashAlgorithmName.MD5);
        }
        """);

    // ---- messages -------------------------------------------------------------------------------------------------

    private static async Task<ImmutableArray<Diagnostic>> Run(string editorconfig, params string[] sources)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(Verify.Usings + s, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create("Flow", trees,
            Verify.FrameworkReferences.Add(MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var config = new TestConfigProvider(editorconfig);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, config),
            (e, a, _) => throw new InvalidOperationException($"{a.GetType().Name} threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Verify.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Id != RuleIds.Inventory).ToImmutableArray();
    }

    [Fact]
    public async Task HmacSha1_Message_SaysHmacRecommended_Sha1Monitored_JudgedMonitoredDerived()
    {
        var d = Assert.Single(await Run("cryptrec_check.language = en", "class C { byte[] M(byte[] k, byte[] d) => HMACSHA1.HashData(k, d); }"));
        Assert.Equal("CRY1002", d.Id);
        var m = d.GetMessage(CultureInfo.InvariantCulture);
        Assert.True(m.Contains("HMAC is on the e-Government Recommended Ciphers List", StringComparison.Ordinal), m);
        Assert.Contains("the hash SHA-1 is on the Monitored Ciphers List", m);
        Assert.Contains("judged monitored (derived", m);
        Assert.Contains("D3", m);
        Assert.DoesNotContain("HMAC with SHA-1 is on the Monitored Ciphers List", m);
        Assert.StartsWith("HMAC with SHA-1 (HMACSHA1.HashData(k, d)): HMAC is on", m);
    }

    [Fact]
    public async Task OaepSha1_Message_InJapanese_SaysTheCombinationIsDerived()
    {
        var d = Assert.Single(await Run("cryptrec_check.language = ja", "class C { byte[] M(RSA r, byte[] d) => r.Encrypt(d, RSAEncryptionPadding.OaepSHA1); }"));
        Assert.Equal("CRY3002", d.Id);
        var m = d.GetMessage(CultureInfo.GetCultureInfo("ja"));
        Assert.Contains("導出", m);
        Assert.Contains("SHA-1", m);
        Assert.DoesNotContain("は運用監視暗号リストに記載（互換性維持のみ）", m);
    }

    [Fact]
    public async Task PlainSha1_Message_StillSaysItIsOnTheMonitoredList()
    {
        var d = Assert.Single(await Run("cryptrec_check.language = en", "class C { byte[] M(byte[] d) => SHA1.HashData(d); }"));
        Assert.Contains("is on the Monitored Ciphers List (compatibility only)", d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Variable_Message_ShowsTheValuesFound_NotTheVariableName()
    {
        var found = await Run("cryptrec_check.language = en",
            "class C { byte[] M(RSA r, byte[] d, bool legacy) { var padding = legacy ? RSAEncryptionPadding.Pkcs1 : RSAEncryptionPadding.OaepSHA1; return r.Encrypt(d, padding); } }");
        Assert.Equal(2, found.Length);
        foreach (var d in found)
        {
            var m = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.DoesNotContain("(padding)", m);
            Assert.Contains("padding = RSAEncryptionPadding.", m);
            Assert.Contains("one of 2 values: RSAEncryptionPadding.Pkcs1, RSAEncryptionPadding.OaepSHA1", m);
        }
        Assert.Contains(found, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("RSAES-PKCS1-v1_5", StringComparison.Ordinal));
        Assert.Contains(found, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("padding = RSAEncryptionPadding.OaepSHA1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValueChosenInAnotherFile_IsReportedThere_WithTheCallAsAdditionalLocation()
    {
        var found = await Run("cryptrec_check.language = en",
            "public class Settings { public static HashAlgorithmName Signature { get; set; } = HashAlgorithmName.SHA256; }",
            "class Startup { void Configure() => Settings.Signature = HashAlgorithmName.MD5; }",
            "class Signer { byte[] S(ECDsa k, byte[] d) => k.SignData(d, Settings.Signature); }");
        var d = Assert.Single(found);
        Assert.Equal("CRY1001", d.Id);
        Assert.Equal("File1.cs", d.Location.SourceTree!.FilePath);
        Assert.Equal("HashAlgorithmName.MD5", d.Location.SourceTree.GetText().ToString(d.Location.SourceSpan));
        var call = Assert.Single(d.AdditionalLocations);
        Assert.Equal("File2.cs", call.SourceTree!.FilePath);
        Assert.Contains("HashAlgorithmName.MD5 → Settings.Signature", d.GetMessage(CultureInfo.InvariantCulture));
    }

    private sealed class TestConfigProvider(string global) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(global);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string text) : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
