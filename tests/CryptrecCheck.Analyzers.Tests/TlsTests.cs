using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class TlsTests
{
    [Fact]
    public Task WeakProtocols_InFrameworkApis_AreReported() => Verify.Analyzer<TlsAnalyzer>("""
        #pragma warning disable SYSLIB0014, SYSLIB0039
        class C
        {
            async System.Threading.Tasks.Task M(SslStream s, HttpClientHandler h)
            {
                await s.AuthenticateAsClientAsync("host", null, {|CRY4001:SslProtocols.Tls|}, false);
                h.SslProtocols = {|CRY4001:SslProtocols.Tls11 | SslProtocols.Tls12|};
                ServicePointManager.SecurityProtocol = {|CRY4001:SecurityProtocolType.Ssl3|};
                var o = new SslClientAuthenticationOptions { EnabledSslProtocols = {|CRY4001:SslProtocols.Ssl3|} };
                var p = (SslProtocols)192;
                o.EnabledSslProtocols = {|CRY4001:p|};
            }
        }
        """);

    [Fact]
    public Task ExplicitTls12And13_SystemDefault_AndComparisons_AreClean() => Verify.Analyzer<TlsAnalyzer>("""
        class C
        {
            void Log(SslProtocols p) { }
            void M(SslStream s, HttpClientHandler h, SslProtocols negotiated)
            {
                h.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                h.SslProtocols = SslProtocols.None;
                ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
                if (negotiated == SslProtocols.Tls) { Log(SslProtocols.Tls11); }
            }
        }
        """);

    [Fact]
    public Task ExceptionType_AllowsTls10And11_ButNotSsl3() => Verify.Analyzer<TlsAnalyzer>("""
        class C
        {
            void M(HttpClientHandler h)
            {
                h.SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12;
                h.SslProtocols = {|CRY4001:SslProtocols.Ssl3|};
            }
        }
        """, "cryptrec_check.tls_type = exception");

    [Fact]
    public Task CipherSuitesPolicy_SuitesOutsideTheType() => Verify.Analyzer<TlsAnalyzer>("""
        class C
        {
            CipherSuitesPolicy M() => new CipherSuitesPolicy(new[]
            {
                TlsCipherSuite.TLS_AES_256_GCM_SHA384,
                TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                {|CRY4002:TlsCipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA|},
                {|CRY4002:TlsCipherSuite.TLS_ECDHE_RSA_WITH_RC4_128_SHA|},
            });
        }
        """);

    [Fact]
    public Task HighSecurityType_RejectsCbcSuites() => Verify.Analyzer<TlsAnalyzer>("""
        class C
        {
            CipherSuitesPolicy M() => new CipherSuitesPolicy(new[]
            {
                TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
                {|CRY4002:TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256|},
            });
        }
        """, "cryptrec_check.tls_type = high");

    [Fact]
    public Task Fix_SslProtocols_ToNone() => Verify.Fix<TlsAnalyzer>(
        "class C { void M(HttpClientHandler h) { h.SslProtocols = {|CRY4001:SslProtocols.Tls11|}; } }",
        "class C { void M(HttpClientHandler h) { h.SslProtocols = SslProtocols.None; } }", index: 0);

    [Fact]
    public Task Fix_SslProtocols_ToTls12And13_FixAll() => Verify.Fix<TlsAnalyzer>(
        "class C { void M(HttpClientHandler h, SslClientAuthenticationOptions o) { h.SslProtocols = {|CRY4001:SslProtocols.Tls11|}; o.EnabledSslProtocols = {|CRY4001:SslProtocols.Tls|}; } }",
        "class C { void M(HttpClientHandler h, SslClientAuthenticationOptions o) { h.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13; o.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13; } }", index: 1, fixAll: true);
    [Fact]
    public Task Fix_SslProtocols_WithoutUsing_StaysQualified() => Verify.Fix<TlsAnalyzer>(
        "class C { void M(System.Net.Http.HttpClientHandler h) { h.SslProtocols = {|CRY4001:System.Security.Authentication.SslProtocols.Tls11|}; } }",
        "class C { void M(System.Net.Http.HttpClientHandler h) { h.SslProtocols = System.Security.Authentication.SslProtocols.None; } }", index: 0, withUsings: false);
}
