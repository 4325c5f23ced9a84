using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using CryptrecCheck.Tls.Scanning;
using CryptrecCheck.Tls.Wire;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>HSTS of HTTPS targets: a real nginx with and without <c>add_header Strict-Transport-Security</c> (its
/// configuration is the truth), an in-process server whose headers never end, and the header grammar.</summary>
public class HstsTests
{
    private static readonly TlsScanOptions Http = new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ReadTimeout = TimeSpan.FromSeconds(5),
        Http = true,
        SessionResumption = false,
    };

    private static async Task<TlsScanResult> ScanAsync(string target, TlsScanOptions options)
    {
        Assert.True(TlsTarget.TryParse(target, out var t, out var error), error);
        return await new TlsScanner(options).ScanAsync(t!);
    }

    [Fact]
    public async Task Scan_NginxWithAndWithoutHsts_RecordsTheHeaderOrItsAbsence()
    {
        using var nginx = NginxServer.Start("max-age=31536000; includeSubDomains; preload");
        var with = await ScanAsync(nginx.Target(0), Http);
        Assert.Empty(with.Errors);
        var h = Assert.IsType<HstsResult>(with.Hsts);
        Assert.Equal(200, h.StatusCode);
        Assert.True(h.Present);
        Assert.Equal("max-age=31536000; includeSubDomains; preload", h.Header);
        Assert.Equal(31536000, h.MaxAge);
        Assert.True(h.IncludeSubDomains);
        Assert.True(h.Preload);
        Assert.True(h.Valid);

        var without = await ScanAsync(nginx.Target(1), Http);
        Assert.Empty(without.Errors);
        var n = Assert.IsType<HstsResult>(without.Hsts);
        Assert.Equal(200, n.StatusCode);
        Assert.False(n.Present);
        Assert.Null(n.MaxAge);

        // Not an HTTPS port and no --http: not asked, and one connection fewer.
        var notAsked = await ScanAsync(nginx.Target(0), Http with { Http = null });
        Assert.Null(notAsked.Hsts);
        Assert.Equal(with.Connections - 1, notAsked.Connections);
    }

    [Fact]
    public void Tls_HttpOption_WritesHstsThatFollowsTheSchema()
    {
        using var nginx = NginxServer.Start("max-age=600");
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(new[] { "tls", nginx.Target(0), "--http", "--format", "json" }, o, e, TestCertificates.Today);
        Assert.True(code is ExitCodes.Compliant or ExitCodes.Noncompliant, e.ToString() + o);
        using var doc = JsonDocument.Parse(o.ToString());
        var r = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        SchemaAssert.Valid("tls.schema.json", r.GetRawText());
        var hsts = r.GetProperty("hsts");
        Assert.True(hsts.GetProperty("present").GetBoolean());
        Assert.Equal(600, hsts.GetProperty("maxAge").GetInt64());
        Assert.False(hsts.GetProperty("includeSubDomains").GetBoolean());
        Assert.False(hsts.GetProperty("preload").GetBoolean());
        // HSTS is a fact, not a CRYPTREC finding.
        Assert.DoesNotContain(r.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString()!.Contains("hsts", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Scan_EndlessHeaders_IsTooMuchDataAndTheRestStands()
    {
        using var cert = X509CertificateLoaderFor();
        using var server = new HttpsResponder(cert, endlessHeader: true);
        var r = await ScanAsync(server.Target, Http);
        Assert.Null(r.Hsts);
        var e = Assert.Single(r.Errors);
        Assert.Equal("hsts", e.Step);
        Assert.Equal(TlsErrorKind.TooMuchData, e.Kind);
        Assert.Contains(r.Protocols, p => p.Supported);
    }

    [Fact]
    public async Task Scan_NotHttp_IsMalformed()
    {
        using var cert = X509CertificateLoaderFor();
        using var server = new HttpsResponder(cert, endlessHeader: false);
        var r = await ScanAsync(server.Target, Http);
        Assert.Null(r.Hsts);
        var e = Assert.Single(r.Errors);
        Assert.Equal(TlsErrorKind.Malformed, e.Kind);
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 X509CertificateLoaderFor() =>
        System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(TestCertificates.Pfx(TestCertificates.Kind.Rsa2048), string.Empty);

    [Theory]
    [InlineData("max-age=31536000", 31536000L, false, false, true)]
    [InlineData("MAX-AGE=\"600\"; INCLUDESUBDOMAINS", 600L, true, false, true)]
    [InlineData("max-age=0", 0L, false, false, true)]
    [InlineData("includeSubDomains; preload", null, true, true, false)]
    [InlineData("max-age=abc", null, false, false, false)]
    [InlineData("max-age=1; max-age=2", 1L, false, false, false)]
    [InlineData("max-age=-5", null, false, false, false)]
    public void Parse_Header_ReadsDirectives(string header, long? maxAge, bool sub, bool preload, bool valid)
    {
        var h = HstsResult.Parse(200, header);
        Assert.True(h.Present);
        Assert.Equal(maxAge, h.MaxAge);
        Assert.Equal(sub, h.IncludeSubDomains);
        Assert.Equal(preload, h.Preload);
        Assert.Equal(valid, h.Valid);
    }

    [Fact]
    public void ParseResponse_FirstHeaderCounts_AndBadStatusIsMalformed()
    {
        var h = HstsProbe.ParseResponse("HTTP/1.1 301 Moved\r\nstrict-transport-security: max-age=5\r\nStrict-Transport-Security: max-age=9");
        Assert.Equal(301, h.StatusCode);
        Assert.Equal(5, h.MaxAge);
        var e = Assert.Throws<TlsProtocolException>(() => HstsProbe.ParseResponse("\u0001garbage"));
        Assert.Equal(TlsErrorKind.Malformed, e.Kind);
    }

    [Theory]
    [InlineData("www.test", StartTlsProtocol.None, null, true)]
    [InlineData("www.test:8443", StartTlsProtocol.None, null, true)]
    [InlineData("www.test:8080", StartTlsProtocol.None, null, false)]
    [InlineData("www.test:8080", StartTlsProtocol.None, true, true)]
    [InlineData("www.test:443", StartTlsProtocol.None, false, false)]
    [InlineData("mail.test:25", StartTlsProtocol.Smtp, true, false)]
    public void Applies_ByPortOrOption_NeverForStartTls(string text, StartTlsProtocol st, bool? http, bool expected)
    {
        Assert.True(TlsTarget.TryParse(text, out var t, out _, startTls: st == StartTlsProtocol.None ? null : st));
        Assert.Equal(expected, HstsProbe.Applies(t!, new TlsScanOptions { Http = http }));
    }
}
