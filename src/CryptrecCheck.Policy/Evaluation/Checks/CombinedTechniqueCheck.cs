namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A technique used with a hash or a MAC is judged by its weakest part (policy basis D3): HMAC is recommended and
/// SHA-1 monitored, so HMAC with SHA-1 is monitored. SHAKE's output note (注4) applies to a SHAKE inside.</summary>
internal sealed class CombinedTechniqueCheck : AssetCheck
{
    internal static readonly CombinedTechniqueCheck Instance = new();

    private CombinedTechniqueCheck()
        : base(new CheckInfo("combined-technique", new[] { ReasonCodes.Combined },
            "A technique with a hash or MAC is judged by its weakest part.",
            "ハッシュ関数・MAC を伴う技術は最も弱い構成要素で判定する。",
            Sources.Decision("Combined techniques")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.Asset.Hash != null) { Inner(b, b.Asset.Hash, "hash", "ハッシュ関数"); }
        if (b.Asset.Mac != null) { Inner(b, b.Asset.Mac, "MAC", "MAC"); }
        return true;
    }

    private void Inner(VerdictBuilder b, string inner, string roleEn, string roleJa)
    {
        var a = b.Asset;
        var ctx = b.Context;
        var id = Algorithms.Get(inner)?.Id ?? inner;
        var entry = ctx.Catalog.Find(id);
        var status = entry == null ? ListStatus.Unknown
            : entry.EffectiveFrom is System.DateTime f && ctx.AsOf < f ? ListStatus.NotListed : entry.Status;
        if (status == ListStatus.RecommendedPqc) { status = ListStatus.Recommended; }
        var outer = b.Status;
        b.Worsen(status);
        if (status.Rank() >= 2) { b.Alternative ??= Alternatives.For(id); }
        var judged = b.Status;
        // A technique that is not itself on the list (PBKDF2, HKDF: a KDF is not a list category) took its status from what
        // it is built on; the message must not say the KDF is listed.
        var outerListed = !b.JudgedByBase;
        var outerEn = outerListed ? $"{a.Algorithm} is {outer.PhraseEn()}" : $"{a.Algorithm} is not a list category and is judged by the HMAC it is built on, which is {outer.PhraseEn()};";
        var outerJa = outerListed ? $"{a.Algorithm} は{outer.PhraseJa()}、" : $"{a.Algorithm} はリストの分類ではなく、基とする HMAC（{outer.PhraseJa()}）で判定する。";
        b.Add(ReasonCodes.Combined, status.Rank() >= 3 ? Outcome.Fail : status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass,
            judged == outer
                ? outerListed ? $"{a.Algorithm} with {id}: the {roleEn} {id} is {status.PhraseEn()} too."
                    : $"{a.Algorithm} with {id}: the {roleEn} {id} is {status.PhraseEn()}, as the HMAC {a.Algorithm} is built on is."
                : $"{outerEn} {(outerListed ? "and " : "")}the {roleEn} {id} is {status.PhraseEn()}, so {a.Algorithm} with {id} is judged {judged.ToWireName()} (derived: a combination is judged by its weakest component).",
            judged == outer
                ? outerListed ? $"{a.Algorithm} と {id}: {roleJa} {id} も{status.PhraseJa()}。"
                    : $"{a.Algorithm} と {id}: {roleJa} {id} は{status.PhraseJa()}（{a.Algorithm} が基とする HMAC と同じ）。"
                : $"{outerJa}{roleJa} {id} は{status.PhraseJa()}のため、{id} を用いる {a.Algorithm} は {judged.ToWireName()} と判定する（導出: 組合せは最も弱い構成要素で判定）。",
            Info.Citation);
        if (entry != null && (id is Algorithms.Shake128 or Algorithms.Shake256))
        {
            FootnoteChecks.Apply(b, entry.Notes);
        }
    }
}
