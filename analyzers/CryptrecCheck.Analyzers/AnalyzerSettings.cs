using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The options of the analyzers, from .editorconfig (per file) or a global analyzer config / MSBuild property, read once
/// and cached per distinct option set. An invalid value falls back to the default and is reported as CRY9001.
/// Rules never read the clock: the as-of date defaults to <see cref="DefaultAsOf"/>, the release date of this version.
/// </summary>
internal sealed class AnalyzerSettings
{
    public const string EditionKey = "cryptrec_check.edition";
    public const string AsOfKey = "cryptrec_check.as_of";
    public const string OperationEndYearKey = "cryptrec_check.operation_end_year";
    public const string TlsTypeKey = "cryptrec_check.tls_type";
    public const string ReportMonitoredKey = "cryptrec_check.report_monitored";
    public const string ReportCandidateKey = "cryptrec_check.report_candidate";
    public const string AcceptedCurvesKey = "cryptrec_check.accepted_curves";
    public const string LanguageKey = "cryptrec_check.language";
    public const string ModeKey = "build_property.cryptrecCheckMode";

    /// <summary>The as-of date used when none is configured: this version's release date.</summary>
    public static readonly DateTime DefaultAsOf = new(2026, 11, 28);

    public static readonly string[] Keys = { EditionKey, AsOfKey, OperationEndYearKey, TlsTypeKey, ReportMonitoredKey, ReportCandidateKey, AcceptedCurvesKey, LanguageKey };

    private static readonly ConcurrentDictionary<string, AnalyzerSettings> Cache = new(StringComparer.Ordinal);

    private AnalyzerSettings(PolicyEngine engine, TlsGuidelineType tlsType, bool monitored, bool candidate, string? language, IReadOnlyList<(string Key, string Value, string Problem)> errors)
    {
        Engine = engine;
        TlsType = tlsType;
        ReportMonitored = monitored;
        ReportCandidate = candidate;
        Language = language;
        Errors = errors;
    }

    public PolicyEngine Engine { get; }
    public TlsGuidelineType TlsType { get; }
    public bool ReportMonitored { get; }
    public bool ReportCandidate { get; }

    /// <summary>"en", "ja", or null to follow the UI culture.</summary>
    public string? Language { get; }

    public IReadOnlyList<(string Key, string Value, string Problem)> Errors { get; }

    /// <summary>A message argument in both languages; the host's culture picks unless the option fixes one.</summary>
    public BilingualText Text(string en, string ja) => new(en, ja, Language);

    public static AnalyzerSettings For(AnalyzerConfigOptions options)
    {
        var values = new string?[Keys.Length];
        var signature = new System.Text.StringBuilder();
        for (var i = 0; i < Keys.Length; i++)
        {
            options.TryGetValue(Keys[i], out values[i]);
            signature.Append(values[i]).Append('\u0001');
        }
        return Cache.GetOrAdd(signature.ToString(), _ => Parse(values));
    }

    private static AnalyzerSettings Parse(string?[] v)
    {
        var errors = new List<(string, string, string)>();
        var edition = Edition.Ls0001_2022R2;
        if (v[0] is { } e && !EditionNames.TryParse(e, out edition))
        {
            errors.Add((EditionKey, e, "expected 2022r2 or 2012r8"));
            edition = Edition.Ls0001_2022R2;
        }
        var asOf = DefaultAsOf;
        if (v[1] is { } a && !DateTime.TryParseExact(a.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            errors.Add((AsOfKey, a, "expected a date of the form yyyy-MM-dd"));
            asOf = DefaultAsOf;
        }
        int? endYear = null;
        if (v[2] is { } y)
        {
            if (int.TryParse(y.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year >= 1990 && year <= 2200) { endYear = year; }
            else { errors.Add((OperationEndYearKey, y, "expected a year between 1990 and 2200")); }
        }
        var tls = TlsGuidelineType.Recommended;
        if (v[3] is { } t && !TlsGuidelineTypeNames.TryParse(t, out tls))
        {
            errors.Add((TlsTypeKey, t, "expected high, recommended or exception"));
            tls = TlsGuidelineType.Recommended;
        }
        var monitored = Bool(v[4], ReportMonitoredKey, true, errors);
        var candidate = Bool(v[5], ReportCandidateKey, true, errors);
        var curves = new List<string>();
        if (v[6] is { } c)
        {
            foreach (var part in c.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var curve = Curves.Find(part);
                if (curve == null) { errors.Add((AcceptedCurvesKey, part, "not a known named curve")); }
                else { curves.Add(curve.Name); }
            }
        }
        string? lang = null;
        if (v[7] is { } l)
        {
            var t2 = l.Trim().ToLowerInvariant();
            if (t2 is "en" or "ja") { lang = t2; }
            else { errors.Add((LanguageKey, l, "expected en or ja")); }
        }
        var options = new PolicyOptions { AdditionalAcceptedCurves = curves };
        var engine = new PolicyEngine(new EvaluationContext(asOf, edition, endYear, options));
        return new AnalyzerSettings(engine, tls, monitored, candidate, lang, errors);
    }

    private static bool Bool(string? value, string key, bool fallback, List<(string, string, string)> errors)
    {
        if (value == null) { return fallback; }
        if (bool.TryParse(value.Trim(), out var b)) { return b; }
        errors.Add((key, value, "expected true or false"));
        return fallback;
    }
}
