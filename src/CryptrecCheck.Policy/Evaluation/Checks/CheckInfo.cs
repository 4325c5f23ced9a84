using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>
/// What one check of the evaluator is, in the sense of zlint: a stable id, the reason codes it emits, what it
/// looks at (in both languages), what it rests on (a CRYPTREC document, table or note, or a numbered decision of
/// docs/policy-basis.md) and the date from which it is in force. Checks are listed by <see cref="CheckRegistry.All"/>.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class CheckInfo
{
    internal CheckInfo(string id, string[] codes, string what, string whatJa, Citation citation, DateTime? effectiveFrom = null)
    {
        Id = id;
        Codes = codes;
        What = what;
        WhatJa = whatJa;
        Citation = citation;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>Stable id of the check (never reused).</summary>
    public string Id { get; }

    /// <summary>The <see cref="ReasonCodes"/> the check emits.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>What the check looks at, in English.</summary>
    public string What { get; }

    /// <summary>What the check looks at, in Japanese.</summary>
    public string WhatJa { get; }

    /// <summary>What the check rests on. A reason it emits may cite a narrower place (the row or note that applied).</summary>
    public Citation Citation { get; }

    /// <summary>The date from which the check applies (one of the list's dates in <see cref="Catalog"/>), or null when
    /// it has no date of its own and applies whenever the catalogue row it looks at is in force.</summary>
    public DateTime? EffectiveFrom { get; }

    /// <summary>True when the check is this project's reading rather than quoted CRYPTREC text.</summary>
    public bool IsDerived => Citation.IsDerived;

    /// <summary>True when the check applies at the as-of date (rules are judged at a stated date, never the clock).</summary>
    public bool IsInForce(DateTime asOf) => EffectiveFrom is not DateTime from || asOf >= from;

    /// <summary>The effective window in one line: "from 2026-03-30", or "no date of its own" (the check applies whenever
    /// the row it looks at is in force; rows carry their own dates).</summary>
    public string WindowEn => EffectiveFrom is DateTime from ? "from " + Catalog.IsoDate(from) : "no date of its own";

    /// <summary>The effective window in Japanese.</summary>
    public string WindowJa => EffectiveFrom is DateTime from ? Catalog.IsoDate(from) + " から" : "固有の適用日なし";

    public override string ToString() => $"{Id}: {Citation} ({WindowEn})";
}
