namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A status set by the user's policy file (or .editorconfig) replaces the catalogue's for that technique.</summary>
internal sealed class OverrideCheck : AssetCheck
{
    /// <summary>What an override rests on: the user's own policy, as docs/policy-basis.md says how to give one.</summary>
    internal static readonly Citation Basis = new(Sources.PolicyBasis, "How to override (docs/policy-basis.md)", SourceQuality.Derived, "overrides");

    private static readonly Citation PolicyFile = new("policy file", "overrides", SourceQuality.Derived, "user");

    // Declared after the other static fields: its constructor reads them.
    internal static readonly OverrideCheck Instance = new();

    private OverrideCheck()
        : base(new CheckInfo("policy-override", new[] { ReasonCodes.Override },
            "A status override of the policy file replaces the catalogue's status.",
            "ポリシーファイルの状態上書きがカタログの状態に優先する。",
            Basis))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        var ov = b.Context.Options.FindOverride(b.Algorithm);
        if (ov == null) { return true; }
        b.Status = ov.Status;
        b.Technique = b.Algorithm;
        b.Add(ReasonCodes.Override, Outcome.Info,
            $"Status set to {ov.Status.ToWireName()} by the policy file: {ov.Justification}",
            $"ポリシーファイルにより {ov.Status.ToWireName()} に設定: {ov.Justification}",
            PolicyFile);
        return false;
    }
}
