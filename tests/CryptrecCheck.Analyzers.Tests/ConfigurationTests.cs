using CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class ConfigurationTests
{
    [Fact]
    public Task InvalidOptionValues_AreReported_OncePerKey() => Verify.Analyzer<ConfigurationAnalyzer>(
        "class C { }",
        "cryptrec_check.tls_type = medium\ncryptrec_check.operation_end_year = soon\ncryptrec_check.accepted_curves = P-999\ncryptrec_check.report_monitored = perhaps",
        DiagnosticResult.CompilerWarning(RuleIds.InvalidOption).WithArguments("cryptrec_check.tls_type", "medium", "expected high, recommended or exception"),
        DiagnosticResult.CompilerWarning(RuleIds.InvalidOption).WithArguments("cryptrec_check.operation_end_year", "soon", "expected a year between 1990 and 2200"),
        DiagnosticResult.CompilerWarning(RuleIds.InvalidOption).WithArguments("cryptrec_check.accepted_curves", "P-999", "not a known named curve"),
        DiagnosticResult.CompilerWarning(RuleIds.InvalidOption).WithArguments("cryptrec_check.report_monitored", "perhaps", "expected true or false"));

    [Fact]
    public Task ValidOptions_AreSilent() => Verify.Analyzer<ConfigurationAnalyzer>(
        "class C { }",
        "cryptrec_check.tls_type = high\ncryptrec_check.operation_end_year = 2040\ncryptrec_check.edition = 2012r8\ncryptrec_check.language = ja\ncryptrec_check.as_of = 2026-04-01");

    [Fact]
    public Task InvalidOption_FallsBackToTheDefault_ForTheRules() => Verify.Analyzer<TlsAnalyzer>(
        "class C { void M(System.Net.Http.HttpClientHandler h) { h.SslProtocols = {|CRY4001:SslProtocols.Tls11|}; } }",
        "cryptrec_check.tls_type = medium");
}
