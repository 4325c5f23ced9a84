namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A technique used with a hash or a MAC is judged by its weakest part (policy basis D3): HMAC is recommended and
/// SHA-1 monitored, so HMAC with SHA-1 is monitored. The MGF1 hash of RSASSA-PSS/RSAES-OAEP, when it is a separate
/// parameter, is such a part too. SHAKE's output note (注4) applies to a SHAKE inside.</summary>
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
        var a = b.Asset;
        if (a.Hash != null) { Inner(b, a.Hash, "hash", "ハッシュ関数", null); }
        // The MGF1 hash is judged only where it differs from the hash (the same hash is already judged above).
        if (a.MgfHash != null && a.MgfHash != a.Hash) { Inner(b, a.MgfHash, "MGF1 hash", "MGF1 のハッシュ関数", "MGF1 "); }
        if (a.Mac != null) { Inner(b, a.Mac, "MAC", "MAC", null); }
        return true;
    }

    /// <param name="prefix">Written before the inner technique in the name of the combination ("RSA-PSS with MGF1 SHA-1").</param>
    private void Inner(VerdictBuilder b, string inner, string roleEn, string roleJa, string? prefix)
    {
        var a = b.Asset;
        var ctx = b.Context;
        var id = Algorithms.Get(inner)?.Id ?? inner;
        var combo = prefix + id;
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
        // A part that is better than what another part already decided (RSA-PSS with SHA-1 and MGF1 SHA-256) says so, not "too".
        var better = judged == outer && status.Rank() < outer.Rank();
        b.Add(ReasonCodes.Combined, status.Rank() >= 3 ? Outcome.Fail : status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass,
            better ? $"{a.Algorithm} with {combo}: the {roleEn} {id} is {status.PhraseEn()}; another part decides the verdict ({judged.ToWireName()})."
            : judged == outer
                ? outerListed ? $"{a.Algorithm} with {combo}: the {roleEn} {id} is {status.PhraseEn()} too."
                    : $"{a.Algorithm} with {combo}: the {roleEn} {id} is {status.PhraseEn()}, as the HMAC {a.Algorithm} is built on is."
                : $"{outerEn} {(outerListed ? "and " : "")}the {roleEn} {id} is {status.PhraseEn()}, so {a.Algorithm} with {combo} is judged {judged.ToWireName()} (derived: a combination is judged by its weakest component).",
            better ? $"{a.Algorithm} と {combo}: {roleJa} {id} は{status.PhraseJa()}。判定（{judged.ToWireName()}）は他の構成要素で決まる。"
            : judged == outer
                ? outerListed ? $"{a.Algorithm} と {combo}: {roleJa} {id} も{status.PhraseJa()}。"
                    : $"{a.Algorithm} と {combo}: {roleJa} {id} は{status.PhraseJa()}（{a.Algorithm} が基とする HMAC と同じ）。"
                : $"{outerJa}{roleJa} {id} は{status.PhraseJa()}のため、{combo} を用いる {a.Algorithm} は {judged.ToWireName()} と判定する（導出: 組合せは最も弱い構成要素で判定）。",
            Info.Citation);
        if (entry != null && (id is Algorithms.Shake128 or Algorithms.Shake256))
        {
            FootnoteChecks.Apply(b, entry.Notes);
        }
    }
}
