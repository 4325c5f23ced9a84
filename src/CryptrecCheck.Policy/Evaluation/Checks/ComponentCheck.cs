using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A composite asset (a TLS cipher suite, a hybrid group) is judged part by part, each part by the whole
/// evaluator, and as a whole by its weakest part (policy basis D3; suites D8). A signalling value has no parts.</summary>
internal sealed class ComponentCheck : AssetCheck
{
    private static readonly Citation Signalling = Sources.Decision("TLS cipher suites");

    internal static readonly ComponentCheck Instance = new();

    private ComponentCheck()
        : base(new CheckInfo("component", new[] { ReasonCodes.Component, ReasonCodes.Combined },
            "Each part of a composite asset is judged on its own; the whole takes the weakest part's status.",
            "複合的な資産は構成要素ごとに判定し、全体は最も弱い構成要素の状態とする。",
            Sources.Decision("Combined techniques")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        var a = b.Asset;
        var parts = a.Components;
        if (parts == null) { return true; }
        b.Technique = a.Algorithm;
        if (parts.Count == 0)
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.Component, Outcome.NotApplicable,
                $"{a.Algorithm} is a signalling value, not a cipher suite: there is nothing to evaluate.",
                $"{a.Algorithm} はシグナリング値であり暗号スイートではないため、評価対象がない。", Signalling);
            return false;
        }
        var worst = -1;
        var anyPqc = false;
        foreach (var part in parts)
        {
            var v = Evaluator.Evaluate(part, b.Context);
            b.Components.Add(new ComponentVerdict(part.Role, v));
            anyPqc |= v.Status == ListStatus.RecommendedPqc;
            if (v.Status.Rank() > worst) { worst = v.Status.Rank(); b.Status = v.Status; }
            var outcome = v.Status.Rank() >= 3 ? Outcome.Fail : v.Status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass;
            // The reason that decided the component: a failure, else a warning (e.g. HMAC with SHA-1, judged monitored by
            // the derived combination rule), else the listing; its citation is the component's.
            var basis = Basis(v.Reasons);
            var combined = basis?.Code == ReasonCodes.Combined;
            b.Add(ReasonCodes.Component, outcome,
                combined ? $"{RoleEn(part.Role)}: {basis!.Message}"
                    : $"{RoleEn(part.Role)}: {part.Describe()} is {v.Status.PhraseEn()}" + (basis != null && basis.Code != ReasonCodes.Listed ? $" ({basis.Message.TrimEnd('.')})." : "."),
                combined ? $"{RoleJa(part.Role)}: {basis!.MessageJa}"
                    : $"{RoleJa(part.Role)}: {part.Describe()} は{v.Status.PhraseJa()}" + (basis != null && basis.Code != ReasonCodes.Listed ? $"（{basis.MessageJa.TrimEnd('。')}）。" : "。"),
                basis?.Citation ?? Info.Citation);
            if (b.Alternative == null && v.Status.Rank() >= 2) { b.Alternative = v.Alternative; }
        }
        // A suite is replaced by another suite, not by the replacement of one of its parts (RSA-OAEP is no TLS option).
        if (a.TlsKind == TlsItemKind.CipherSuite && b.Status.Rank() >= 1) { b.Alternative = Alternatives.TlsSuite; }
        if (worst == 0 && anyPqc) { b.Status = ListStatus.RecommendedPqc; }
        b.Add(ReasonCodes.Combined, Outcome.Info,
            "A combination is judged by its weakest component.",
            "組合せは最も弱い構成要素で判定する。", Info.Citation);
        return true;
    }

    /// <summary>The reason that decided a part: the first failure (or not-yet-effective), else the first warning, else
    /// the listing, else the first reason.</summary>
    private static Reason? Basis(IReadOnlyList<Reason> reasons)
    {
        Reason? warning = null, listing = null;
        for (var i = 0; i < reasons.Count; i++)
        {
            var r = reasons[i];
            if (r.Outcome is Outcome.Fail or Outcome.NotYetEffective) { return r; }
            if (warning == null && r.Outcome == Outcome.Warning) { warning = r; }
            if (listing == null && r.Code is ReasonCodes.Listed or ReasonCodes.NotListed) { listing = r; }
        }
        return warning ?? listing ?? (reasons.Count > 0 ? reasons[0] : null);
    }

    internal static string RoleEn(ComponentRole r) => r switch
    {
        ComponentRole.KeyExchange => "Key exchange",
        ComponentRole.Authentication => "Authentication",
        ComponentRole.Cipher => "Cipher",
        ComponentRole.MacOrPrf => "MAC/PRF",
        ComponentRole.Classical => "Classical part",
        ComponentRole.PostQuantum => "Post-quantum part",
        _ => "Component",
    };

    internal static string RoleJa(ComponentRole r) => r switch
    {
        ComponentRole.KeyExchange => "鍵交換",
        ComponentRole.Authentication => "認証",
        ComponentRole.Cipher => "暗号",
        ComponentRole.MacOrPrf => "MAC/PRF",
        ComponentRole.Classical => "従来暗号部",
        ComponentRole.PostQuantum => "耐量子部",
        _ => "構成要素",
    };
}
