using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>CRY6001: algorithm identifiers of protocols as string literals (issue 13).</summary>
public class ProtocolStringTests
{
    private static async Task<ImmutableArray<Diagnostic>> Run(string source, params (string Id, ReportDiagnostic Level)[] levels)
    {
        var tree = CSharpSyntaxTree.ParseText(Verify.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "/Test0.cs");
        var bc = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);
        var compilation = CSharpCompilation.Create("strings", new[] { tree }, Verify.FrameworkReferences.Add(bc),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: levels.Select(l => KeyValuePair.Create(l.Id, l.Level))));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (e, a, _) => throw new InvalidOperationException($"{a.GetType().Name} threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProtocolStringAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }

    [Fact]
    public Task SshJoseXmlDsigAndTlsNames_WithAFinding_AreReported() => Verify.Analyzer<ProtocolStringAnalyzer>("""
        class SshAlgorithms
        {
            public static readonly string[] Ciphers = { "aes128-ctr", "aes256-gcm@openssh.com", {|CRY6001:"3des-cbc"|}, {|CRY6001:"arcfour"|}, {|CRY6001:"blowfish-cbc"|} };
            public static readonly string[] Macs = { "hmac-sha2-256", {|CRY6001:"hmac-md5"|}, {|CRY6001:"hmac-sha1-etm@openssh.com"|} };
            public static readonly string[] Kex = { "curve25519-sha256", {|CRY6001:"diffie-hellman-group1-sha1"|} };
            public const string HostKey = {|CRY6001:"ssh-rsa"|};
            public const string Ed = "ssh-ed25519";
        }
        class Jose
        {
            public string[] Signing = { "RS256", "ES256", "HS256", "PS256" };
            public string[] Wrapping = { {|CRY6001:"RSA1_5"|}, {|CRY6001:"A128KW"|}, "RSA-OAEP-256" };
            public string Dsig = {|CRY6001:"http://www.w3.org/2000/09/xmldsig#rsa-sha1"|};
            public string Good = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
            public string Suite = {|CRY6001:"TLS_RSA_WITH_RC4_128_SHA"|};
            public string Suite13 = "TLS_AES_128_GCM_SHA256";
        }
        """);

    [Fact]
    public Task None_IsAnAlgorithmOnlyInAnAlgorithmContext() => Verify.Analyzer<ProtocolStringAnalyzer>("""
        class JwtHeader
        {
            public string Alg { get; set; } = {|CRY6001:"none"|};
            private string _algorithm = {|CRY6001:"none"|};
            public string Status { get; set; } = "none";

            void M(System.Collections.Generic.Dictionary<string, object> header, string alg, string mode, string algorithm, string level)
            {
                header["alg"] = {|CRY6001:"none"|};
                header["display"] = "none";
                var h = new System.Collections.Generic.Dictionary<string, string> { { "alg", {|CRY6001:"none"|} }, { "typ", "JWT" } };
                var k = new System.Collections.Generic.Dictionary<string, string> { { "border", "none" } };
                if (alg == {|CRY6001:"none"|}) { }
                if (mode == "none") { }
                switch (algorithm) { case {|CRY6001:"none"|}: break; case "dir": break; }
                switch (level) { case "none": break; }
                var isNone = algorithm is {|CRY6001:"none"|};
                Sign(algorithm: {|CRY6001:"none"|});
                Log("none");
                string signingAlg = {|CRY6001:"none"|};
                string text = "none";
                string dir = "dir";
            }

            void Sign(string algorithm) { }
            void Log(string message) { }
        }
        """);

    [Fact]
    public Task LiteralsHandedToACryptoApi_AreLeftToThatApisAnalyzer() => Verify.Analyzer<ProtocolStringAnalyzer>("""
        class C
        {
            object M() => CryptoConfig.CreateFromName("http://www.w3.org/2000/09/xmldsig#sha1")!;
            object N() => CipherUtilities.GetCipher("arcfour");
        }
        """);

    [Fact]
    public async Task ProtocolString_IsHiddenByDefault_AndRaisedBySeverity()
    {
        const string Source = """class C { const string HostKey = "ssh-rsa"; }""";
        var hidden = Assert.Single(await Run(Source), d => d.Id == RuleIds.ProtocolString);
        Assert.Equal(DiagnosticSeverity.Hidden, hidden.Severity);
        Assert.Contains("\"ssh-rsa\" names", hidden.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var raised = Assert.Single(await Run(Source, (RuleIds.ProtocolString, ReportDiagnostic.Warn)), d => d.Id == RuleIds.ProtocolString);
        Assert.Equal(DiagnosticSeverity.Warning, raised.Severity);
        Assert.Empty((await Run(Source, (RuleIds.ProtocolString, ReportDiagnostic.Suppress))).Where(d => d.Id == RuleIds.ProtocolString));
        // Off or not, the inventory keeps the name.
        Assert.Single(await Run(Source, (RuleIds.ProtocolString, ReportDiagnostic.Suppress)), d => d.Id == RuleIds.Inventory);
    }

    [Fact]
    public async Task EveryProtocolName_IsInTheInventory_CompliantOnesToo()
    {
        var all = await Run("""class C { string[] A = { "RS256", "aes128-ctr", "TLS_AES_128_GCM_SHA256", "http://www.w3.org/2001/04/xmlenc#sha256", "3des-cbc" }; }""");
        var inventory = all.Where(d => d.Id == RuleIds.Inventory).ToList();
        Assert.Equal(5, inventory.Count);
        var rs = Assert.Single(inventory, d => d.Properties["source"] == "\"RS256\" (jose)");
        Assert.Equal("RSASSA-PKCS1-v1_5", rs.Properties["algorithm"]);
        Assert.Equal("SHA-256", rs.Properties["hash"]);
        Assert.Equal("recommended", rs.Properties["status"]);
        Assert.Contains(inventory, d => d.Properties["source"] == "\"aes128-ctr\" (ssh)" && d.Properties["mode"] == "CTR");
        Assert.Contains(inventory, d => d.Properties["source"] == "\"TLS_AES_128_GCM_SHA256\" (iana-tls)" && d.Properties["tlsAllowed"] == "true");
        Assert.Contains(inventory, d => d.Properties["source"]!.StartsWith("\"http://www.w3.org/2001/04/xmlenc#sha256\"", StringComparison.Ordinal) && d.Properties["algorithm"] == "SHA-256");
        Assert.Single(all, d => d.Id == RuleIds.ProtocolString);
    }

    /// <summary>Ordinary strings of applications: words, identifiers, headers, MIME types, formats, paths, versions, env
    /// variable names, JOSE header member names, XML namespaces and non-algorithm W3C URIs. None is an algorithm.</summary>
    public static readonly string[] Ordinary =
    {
        "none", "None", "NONE", "dir", "Dir", "direct", "directory", "a", "the", "hello", "error", "warning", "info", "debug", "true", "false", "null",
        "id", "name", "value", "type", "key", "data", "user", "admin", "password", "token", "secret", "json", "xml", "html", "utf-8", "utf8",
        "en-us", "ja-jp", "application/json", "text/plain", "yyyy-MM-dd", "HH:mm:ss", "localhost", "1.0", "2.0", "v1", "v2", "x-api-key",
        "content-type", "accept-encoding", "gzip", "deflate", "br", "max-age", "no-cache", "keep-alive", "GET", "POST", "put", "delete", "ok",
        "fail", "success", "pending", "done", "es", "fr", "de", "RS", "HS", "ES", "PS", "A1", "B2", "abc-def", "my-app", "app-name", "user-id",
        "order-123", "sha", "md", "des", "aes", "rsa", "hmac", "ssh", "tls", "jwt", "alg", "enc", "kid", "typ", "JWT", "cty", "crit", "x5c",
        "x5t", "jku", "jwk", "sub", "iss", "aud", "exp", "nbf", "iat", "jti", "RSA", "EC", "oct", "OKP", "sig", "use", "key_ops", "P-256",
        "https://localhost/", "http://www.w3.org/2000/09/xmldsig#", "http://www.w3.org/2001/XMLSchema", "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/1999/xhtml",
        "TLS_", "TLS_VERSION", "SSL_CERT_FILE", "SSL_CERT_DIR", "TLS_CLIENT_AUTH", "x-forwarded-for", "build-123", "v1.2.3", "node-1",
        "us-east-1", "2024-01-01", "a-b", "file_name.txt", "index.html", "sha256", "md5", "aes256", "UserName", "OrderId", "GetValue",
        "HttpClient", "System.String", "none_of_these", "dir1", "Nonce", "ssh-keygen", "ssh-agent", "openssh", "hmac-key", "aes-key",
        "rsa-key", "des-moines", "blowfish", "arcfour-ish", "dh-params", "ecdh", "session-id", "client-secret", "grant_type",
        "authorization_code", "refresh_token", "code_challenge", "S256", "plain", "openid", "profile", "email", "offline_access",
    };

    [Fact]
    public async Task OrdinaryStrings_AreNeverReportedNorRecorded()
    {
        var items = string.Join(",\n", Ordinary.Select(s => "\"" + s + "\""));
        var assigns = string.Join("\n", Ordinary.Select((s, i) => $"        string s{i} = \"{s}\"; status = \"{s}\"; if (mode == \"{s}\") {{ }}"));
        var all = await Run($$"""
            class C
            {
                static readonly string[] S = { {{items}} };
                string status = "";
                void M(string mode)
                {
            {{assigns}}
                }
            }
            """);
        Assert.Empty(all);
    }

    [Theory]
    [InlineData("3des-cbc", true)]
    [InlineData("arcfour", true)]
    [InlineData("RS256", true)]
    [InlineData("A128CBC-HS256", true)]
    [InlineData("ECDH-ES+A128KW", true)]
    [InlineData("TLS_RSA_WITH_RC4_128_SHA", true)]
    [InlineData("http://www.w3.org/2000/09/xmldsig#rsa-sha1", true)]
    [InlineData("Hello world", false)]
    [InlineData("application/json", false)]
    [InlineData("TLS_ClientAuth", false)]
    [InlineData("x", false)]
    [InlineData("SELECT * FROM users", false)]
    public void PreFilter_LetsThroughOnlyRegistryShapes(string s, bool expected) => Assert.Equal(expected, ProtocolStringAnalyzer.MayBeIdentifier(s));
}
