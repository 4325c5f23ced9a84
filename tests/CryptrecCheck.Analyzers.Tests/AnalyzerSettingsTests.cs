using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The settings are cached per distinct option set. A key set to nothing (<c>cryptrec_check.tls_type =</c> in an
/// .editorconfig section) is an invalid value and is reported (CRY9001); the same options without the key are valid.
/// The cache key once wrote both as nothing, so whichever file came first decided the other's settings.
/// </summary>
public class AnalyzerSettingsTests
{
    [Fact]
    public void KeySetToNothing_AndKeyNotSet_AreDifferentSettings_InEitherOrder()
    {
        var empty = AnalyzerSettings.For(new Options(("cryptrec_check.language", "ja"), ("cryptrec_check.tls_type", "")));
        var unset = AnalyzerSettings.For(new Options(("cryptrec_check.language", "ja")));
        Assert.Contains(empty.Errors, e => e.Key == "cryptrec_check.tls_type");
        Assert.Empty(unset.Errors);

        var unset2 = AnalyzerSettings.For(new Options(("cryptrec_check.language", "en")));
        var empty2 = AnalyzerSettings.For(new Options(("cryptrec_check.language", "en"), ("cryptrec_check.tls_type", "")));
        Assert.Empty(unset2.Errors);
        Assert.Contains(empty2.Errors, e => e.Key == "cryptrec_check.tls_type");
    }

    /// <summary>Options with the given keys set; any other key reads as not set (null), as the compiler gives it.</summary>
    private sealed class Options(params (string Key, string Value)[] values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            foreach (var (k, v) in values)
            {
                if (k == key)
                {
                    value = v;
                    return true;
                }
            }
            value = null;
            return false;
        }
    }
}
