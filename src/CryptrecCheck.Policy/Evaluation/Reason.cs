namespace CryptrecCheck.Policy.Evaluation;

/// <summary>The result of one check, in the sense of zlint: pass, fail, not applicable, not yet effective,
/// plus information and warnings that do not change a status on their own.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum Outcome
{
    Pass,
    Info,
    Warning,
    Fail,
    NotApplicable,
    NotYetEffective,
}

/// <summary>One reason behind a verdict: a stable code, a bilingual message and its citation.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record Reason(string Code, Outcome Outcome, string Message, string MessageJa, Citation Citation)
{
    /// <summary>True when the reason rests on this project's reading (REFERENCE §8) rather than on quoted CRYPTREC text.</summary>
    public bool IsDerived => Citation.IsDerived;

    /// <summary>The message in the requested language ("ja" for Japanese, anything else English).</summary>
    public string MessageIn(string? lang) => lang != null && lang.StartsWith("ja", System.StringComparison.OrdinalIgnoreCase) ? MessageJa : Message;
}

/// <summary>Wire names of <see cref="Outcome"/>.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class OutcomeNames
{
    public static string ToWireName(this Outcome o) => o switch
    {
        Outcome.Pass => "pass",
        Outcome.Info => "info",
        Outcome.Warning => "warning",
        Outcome.Fail => "fail",
        Outcome.NotApplicable => "not-applicable",
        _ => "not-yet-effective",
    };
}
