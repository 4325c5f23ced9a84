using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>A message argument in English and Japanese: the host formats it in its own culture (the IDE's UI language,
/// or the compiler's), unless cryptrec_check.language fixes the language.</summary>
internal sealed class BilingualText : LocalizableString
{
    private readonly string _en;
    private readonly string _ja;
    private readonly string? _fixed;

    public BilingualText(string en, string ja, string? fixedLanguage)
    {
        _en = en;
        _ja = ja;
        _fixed = fixedLanguage;
    }

    protected override string GetText(IFormatProvider? formatProvider)
    {
        var lang = _fixed ?? (formatProvider as CultureInfo)?.Name ?? string.Empty;
        return lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? _ja : _en;
    }

    protected override int GetHash() => _en.GetHashCode() ^ _ja.GetHashCode();

    protected override bool AreEqual(object? other) => other is BilingualText b && b._en == _en && b._ja == _ja && b._fixed == _fixed;
}
