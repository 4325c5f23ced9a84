using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy;

/// <summary>The machine-checkable kinds of condition that the list's footnotes impose.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum ConditionKind
{
    /// <summary>Information only: nothing to check on an asset.</summary>
    Informational,

    /// <summary>注3/注10/注14: with one key, at most 2^20 blocks of encryption and 2^21 blocks of CMAC generation.</summary>
    Limit64BitBlock,

    /// <summary>注4: SHAKE output at least 256 bits.</summary>
    ShakeOutputAtLeast256,

    /// <summary>注5: XTS only with a listed 128-bit block cipher and only for storage-device encryption.</summary>
    XtsStorageOnly,

    /// <summary>注7: a 96-bit GCM IV is recommended.</summary>
    GcmIv96Recommended,

    /// <summary>注17: CBC-MAC only for fixed-length messages.</summary>
    CbcMacFixedLength,

    /// <summary>注2: the MAC used with ECDH is HMAC or CMAC.</summary>
    EcdhMacHmacOrCmac,

    /// <summary>Table 2: only the named parameter sets are listed.</summary>
    ParameterSetRestricted,

    /// <summary>2013 list: 128-bit RC4 only.</summary>
    Rc4KeyIs128,
}

/// <summary>A footnote of the list, with its citation and what it requires.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record Footnote(string Id, ConditionKind Kind, string TextEn, string TextJa, Citation Citation);

/// <summary>A named parameter set of a Table 2 entry with its NIST PQC security category (注8).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record ParameterSet(string Name, int? PqcCategory, int? KeyBits);

/// <summary>One row of the catalogue: a technique, the list it is on in one edition, and why.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class CatalogEntry
{
    internal CatalogEntry(Edition edition, string technique, Category category, ListStatus status, string specification,
        Citation citation, DateTime? effectiveFrom, IReadOnlyList<Footnote> notes, IReadOnlyList<ParameterSet>? parameterSets)
    {
        Edition = edition;
        Technique = technique;
        Category = category;
        Status = status;
        Specification = specification;
        Citation = citation;
        EffectiveFrom = effectiveFrom;
        Notes = notes;
        ParameterSets = parameterSets;
    }

    public Edition Edition { get; }

    /// <summary>The technique as CRYPTREC spells it (also the canonical algorithm ID).</summary>
    public string Technique { get; }

    public Category Category { get; }

    public ListStatus Status { get; }

    /// <summary>The specification the list references for this technique (REFERENCE §1.3, S2); empty when none.</summary>
    public string Specification { get; }

    public Citation Citation { get; }

    /// <summary>From when the entry is in force; null when the date of a revision is not confirmed (REFERENCE §6).</summary>
    public DateTime? EffectiveFrom { get; }

    public IReadOnlyList<Footnote> Notes { get; }

    /// <summary>For Table 2 entries: the listed parameter sets.</summary>
    public IReadOnlyList<ParameterSet>? ParameterSets { get; }

    /// <summary>True when the entry is this project's reading (e.g. "not listed") rather than a row of the list.</summary>
    public bool IsDerived => Citation.IsDerived;

    public override string ToString() => $"{Technique}: {Status.ToWireName()} ({Citation})";
}
