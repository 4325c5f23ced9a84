using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Results;

/// <summary>One-line wording of a verdict for findings, tables and SARIF messages.</summary>
public static class VerdictText
{
    /// <summary>The reason that decided the status: the first failing one, else the first warning, else the first
    /// listing reason.</summary>
    public static Reason? DecisiveReason(Verdict v)
    {
        Reason? warning = null, first = null;
        foreach (var r in v.Reasons)
        {
            first ??= r;
            if (r.Outcome == Outcome.Fail) { return r; }
            if (r.Outcome == Outcome.Warning) { warning ??= r; }
        }
        return warning ?? first;
    }

    /// <summary>"RSA-1024: not on the CRYPTREC Ciphers List — {reason}".</summary>
    public static string Headline(Verdict v, string? asset, bool japanese)
    {
        var what = asset ?? v.Asset.Describe();
        var reason = DecisiveReason(v);
        var phrase = japanese ? v.Status.PhraseJa() : v.Status.PhraseEn();
        return reason == null ? $"{what}: {phrase}" : $"{what}: {phrase} — {reason.MessageIn(japanese ? "ja" : "en")}";
    }
}
