using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.PolicyFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The options of the analyzers: a policy file given as an AdditionalFile (<see cref="AnalyzerPolicyFile"/>), overridden by
/// .editorconfig keys (per file) or a global analyzer config / MSBuild property, combined by the core's one precedence rule
/// (<see cref="EffectivePolicy.Combine"/>: defaults &lt; policy file &lt; .editorconfig), read once and cached per distinct
/// option set and policy content. An invalid value is ignored (the policy file's value or the default applies) and reported
/// as CRY9001. Rules never read the clock: the as-of date defaults to <see cref="DefaultAsOf"/>, the release date of this version.
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

    /// <summary>Whether the inventory diagnostic CRY0001 is produced (true/false). The package's build files set the MSBuild
    /// property <c>CryptrecCheckInventory</c> to false unless the project sets it: in a command-line build a hidden diagnostic
    /// is neither shown nor logged, so producing one per cryptographic use only cost time. In-process tools (the
    /// <c>cryptrec-check code</c> verb) turn it on; without either key it is on.</summary>
    public const string InventoryKey = "cryptrec_check.inventory";

    /// <summary>The MSBuild property behind <see cref="InventoryKey"/> (a CompilerVisibleProperty of the package).</summary>
    public const string InventoryPropertyKey = "build_property.cryptrecCheckInventory";

    /// <summary>Names the AdditionalFile to read as the policy file (its name or the end of its path); without it, an
    /// AdditionalFile named cryptrec-check.json or *.cryptrec.json is used.</summary>
    public const string PolicyFileKey = "cryptrec_check.policy_file";

    /// <summary>The as-of date used when none is configured: this version's release date.</summary>
    public static readonly DateTime DefaultAsOf = new(2026, 11, 28);

    public static readonly string[] Keys = { EditionKey, AsOfKey, OperationEndYearKey, TlsTypeKey, ReportMonitoredKey, ReportCandidateKey, AcceptedCurvesKey, LanguageKey, InventoryKey, InventoryPropertyKey };

    // Bounded: in a long IDE session every edit of the policy file is a new content, hence a new entry.
    private static readonly BoundedCache<string, AnalyzerSettings> Cache = new(256, StringComparer.Ordinal);


    private AnalyzerSettings(PolicyEngine engine, TlsGuidelineType tlsType, bool monitored, bool candidate, string? language, bool inventory, IReadOnlyList<(string Key, string Value, string Problem)> errors)
    {
        Inventory = inventory;
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

    /// <summary>True when the inventory diagnostic CRY0001 is produced (see <see cref="InventoryKey"/>).</summary>
    public bool Inventory { get; }

    /// <summary>A message argument in both languages; the host's culture picks unless the option fixes one.</summary>
    public BilingualText Text(string en, string ja) => new(en, ja, Language);

    /// <summary>The settings of a file from its .editorconfig options alone (no policy file).</summary>
    public static AnalyzerSettings For(AnalyzerConfigOptions options) => For(options, null);

    /// <summary>The settings that apply to a syntax tree: the compilation's policy file (if any) and the tree's
    /// .editorconfig options, cached per compilation and tree.</summary>
    public static AnalyzerSettings For(SyntaxTree tree, AnalyzerOptions options, CryptoApi api) => For(tree, options, api.TreeSettings);

    /// <summary>The per-tree settings cache of a compilation. Syntax-tree and named-type actions run while the compiler is
    /// still declaring the compilation's types; they take this cache at compilation start instead of the CryptoApi, whose
    /// symbol look-ups would wait for that work.</summary>
    public static ConcurrentDictionary<SyntaxTree, AnalyzerSettings> TreeCache(Compilation c) => TreeCaches.GetValue(c, _ => new());

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, AnalyzerSettings>> TreeCaches = new();

    /// <summary>The settings of a tree through a per-compilation cache (<see cref="TreeCache"/>).</summary>
    [MethodImpl(HotPath.Options)]
    public static AnalyzerSettings For(SyntaxTree tree, AnalyzerOptions options, ConcurrentDictionary<SyntaxTree, AnalyzerSettings> perTree)
    {
        // Asked at every use: a hit is one lookup and allocates nothing.
        if (perTree.TryGetValue(tree, out var known)) { return known; }
        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return perTree.GetOrAdd(tree, For(config, AnalyzerPolicyFile.Find(options, config)));
    }

    /// <summary>The settings from .editorconfig options over a policy file (null: none, or it could not be used).</summary>
    public static AnalyzerSettings For(AnalyzerConfigOptions options, AnalyzerPolicyFile? policy)
    {
        var values = new string?[Keys.Length];
        var signature = new System.Text.StringBuilder();
        for (var i = 0; i < Keys.Length; i++)
        {
            // A key set to nothing ("key =") is a value, an invalid one, and must not share the cache entry of a key not set.
            if (!options.TryGetValue(Keys[i], out values[i])) { values[i] = null; }
            signature.Append(values[i] == null ? "\u0002" : values[i]).Append('\u0001');
        }
        var file = policy?.Settings;
        if (file != null) { signature.Append(policy!.ContentId.ToString(CultureInfo.InvariantCulture)); }
        return Cache.GetOrAdd(signature.ToString(), _ => Parse(values, file));
    }

    private static AnalyzerSettings Parse(string?[] v, PolicySettings? file)
    {
        var errors = new List<(string, string, string)>();
        Edition? edition = null;
        if (v[0] is { } e)
        {
            if (EditionNames.TryParse(e, out var ed)) { edition = ed; }
            else { errors.Add((EditionKey, e, "expected 2022r2 or 2012r8")); }
        }
        DateTime? asOf = null;
        if (v[1] is { } a)
        {
            // 1990–2200: the as-of year is the default operation end year (an earlier one made the evaluator throw: AD0001).
            if (DateTime.TryParseExact(a.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 1990 && d.Year <= 2200) { asOf = d; }
            else { errors.Add((AsOfKey, a, "expected a date of the form yyyy-MM-dd between 1990-01-01 and 2200-12-31")); }
        }
        int? endYear = null;
        if (v[2] is { } y)
        {
            if (int.TryParse(y.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year >= 1990 && year <= 2200) { endYear = year; }
            else { errors.Add((OperationEndYearKey, y, "expected a year between 1990 and 2200")); }
        }
        TlsGuidelineType? tls = null;
        if (v[3] is { } t)
        {
            if (TlsGuidelineTypeNames.TryParse(t, out var tt)) { tls = tt; }
            else { errors.Add((TlsTypeKey, t, "expected high, recommended or exception")); }
        }
        var monitored = Bool(v[4], ReportMonitoredKey, errors);
        var candidate = Bool(v[5], ReportCandidateKey, errors);
        List<string>? curves = null;
        if (v[6] is { } c)
        {
            curves = new List<string>();
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
        // One precedence rule for every front end, defined in the core.
        var effective = EffectivePolicy.Combine(
            new PolicyDefaults(DefaultAsOf) { TlsType = TlsGuidelineType.Recommended },
            file,
            new PolicyOverrides { Edition = edition, AsOf = asOf, OperationEndYear = endYear, TlsType = tls, AcceptedCurves = curves });
        var engine = new PolicyEngine(effective.CreateContext());
        // The policy's failOn decides whether monitored techniques count (as for the CLI's exit code) unless
        // report_monitored says otherwise; candidates are informational and reported unless report_candidate = false.
        // The .editorconfig key wins over the MSBuild property; an empty property (not set) means on.
        var inventory = Bool(v[8], InventoryKey, errors) ?? (string.IsNullOrWhiteSpace(v[9]) ? null : Bool(v[9], "CryptrecCheckInventory", errors)) ?? true;
        return new AnalyzerSettings(engine, effective.TlsType ?? TlsGuidelineType.Recommended,
            monitored ?? effective.FailOn.Rank() <= ListStatus.Monitored.Rank(), candidate ?? true, lang, inventory, errors);
    }

    private static bool? Bool(string? value, string key, List<(string, string, string)> errors)
    {
        if (value == null) { return null; }
        if (bool.TryParse(value.Trim(), out var b)) { return b; }
        errors.Add((key, value, "expected true or false"));
        return null;
    }
}
