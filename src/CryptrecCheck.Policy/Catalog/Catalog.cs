using System;
using System.Collections.Generic;
using System.Linq;

namespace CryptrecCheck.Policy;

/// <summary>One edition of the CRYPTREC Ciphers List as typed data: every listed row with its footnotes, plus a derived
/// "not listed" row for every other technique the product knows, so that every answer carries a citation.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class Catalog
{
    private static readonly Lazy<Catalog> Current = new(() => new Catalog(Edition.Ls0001_2022R2, CatalogData2022R2.Build(), CatalogData2022R2.AllNotes));
    private static readonly Lazy<Catalog> Old = new(() => new Catalog(Edition.Ls0001_2012R8, CatalogData2012R8.Build(), CatalogData2012R8.AllNotes));

    private readonly Dictionary<string, CatalogEntry> _primary;
    private readonly Dictionary<string, CatalogEntry> _pqc;

    private Catalog(Edition edition, IReadOnlyList<CatalogEntry> listed, IReadOnlyList<Footnote> footnotes)
    {
        Edition = edition;
        Footnotes = footnotes;
        ListedEntries = listed;
        _primary = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
        _pqc = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in listed)
        {
            if (e.Status == ListStatus.RecommendedPqc) { _pqc[e.Technique] = e; }
            if (!_primary.ContainsKey(e.Technique) || _primary[e.Technique].Status == ListStatus.RecommendedPqc && e.Status != ListStatus.RecommendedPqc)
            {
                _primary[e.Technique] = e;
            }
        }

        var derived = new List<CatalogEntry>();
        foreach (var a in Algorithms.All.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (_primary.ContainsKey(a.Id) || IsKeyTypeOnly(a.Id)) { continue; }
            var e = new CatalogEntry(edition, a.Id, CategoryOf(a), ListStatus.NotListed, string.Empty, Sources.NotListed(edition),
                EditionStart(edition), Array.Empty<Footnote>(), null);
            _primary[a.Id] = e;
            derived.Add(e);
        }
        NotListedEntries = derived;
        Entries = listed.Concat(derived).ToArray();
    }

    /// <summary>The current list, LS-0001-2022R2.</summary>
    public static Catalog Ls0001_2022R2 => Current.Value;

    /// <summary>The 2013 list, last revision LS-0001-2012R8.</summary>
    public static Catalog Ls0001_2012R8 => Old.Value;

    /// <summary>The catalogue of an edition.</summary>
    public static Catalog For(Edition edition) => edition == Edition.Ls0001_2012R8 ? Ls0001_2012R8 : Ls0001_2022R2;

    public Edition Edition { get; }

    /// <summary>Every footnote of the edition, also those attached to a category with no technique (e.g. 注3).</summary>
    public IReadOnlyList<Footnote> Footnotes { get; }

    /// <summary>Rows of the list itself (all three lists, both tables).</summary>
    public IReadOnlyList<CatalogEntry> ListedEntries { get; }

    /// <summary>Derived rows for known techniques that are on none of the lists.</summary>
    public IReadOnlyList<CatalogEntry> NotListedEntries { get; }

    /// <summary>Every row: listed first, in the list's order, then the derived "not listed" rows.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The entry that decides a technique's status (Table 1 before Table 2), or null for key types such as "RSA".</summary>
    public CatalogEntry? Find(string technique) => _primary.TryGetValue(technique, out var e) ? e : null;

    /// <summary>The Table 2 (PQC) entry of a technique, if it has one.</summary>
    public CatalogEntry? FindPqc(string technique) => _pqc.TryGetValue(technique, out var e) ? e : null;

    // The list's dates, in one place (LS-0001 revision history; the 2013 list's dates are from secondary sources).
    internal static readonly DateTime Ls2012R8Start = new(2013, 3, 1);
    internal static readonly DateTime Ls2012R8Revised = new(2023, 3, 8);
    internal static readonly DateTime Ls2022R2Start = new(2023, 3, 30);
    internal static readonly DateTime Ls2022R2Revised = new(2026, 3, 30);

    /// <summary>The date the edition came into force.</summary>
    public static DateTime EditionStart(Edition edition) => edition == Edition.Ls0001_2012R8 ? Ls2012R8Start : Ls2022R2Start;

    /// <summary>The date of the edition's last revision.</summary>
    public static DateTime EditionRevised(Edition edition) => edition == Edition.Ls0001_2012R8 ? Ls2012R8Revised : Ls2022R2Revised;

    /// <summary>A date as yyyy-MM-dd, whatever the current culture (a Thai or Japanese-imperial calendar must not leak
    /// into reports).</summary>
    public static string IsoDate(DateTime d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // RSA, EC and "Triple DES" without keying are key types, judged through the schemes they serve.
    private static bool IsKeyTypeOnly(string id) => id is Algorithms.Rsa or Algorithms.EcKey or Algorithms.TripleDes;

    private static Category CategoryOf(AlgorithmInfo a) => a.Kind switch
    {
        AlgorithmKind.Signature => Category.Signature,
        AlgorithmKind.PublicKeyEncryption => Category.Confidentiality,
        AlgorithmKind.KeyAgreement or AlgorithmKind.Kem => Category.KeyExchange,
        AlgorithmKind.BlockCipher => a.BlockBits == 64 ? Category.BlockCipher64 : Category.BlockCipher128,
        AlgorithmKind.StreamCipher => Category.StreamCipher,
        AlgorithmKind.AuthenticatedCipher => Category.AuthenticatedEncryption,
        AlgorithmKind.Hash or AlgorithmKind.ExtendableOutput => Category.HashFunction,
        AlgorithmKind.Mode => Category.EncryptionMode,
        AlgorithmKind.Mac => Category.MessageAuthenticationCode,
        AlgorithmKind.EntityAuthentication => Category.EntityAuthentication,
        _ => Category.NotACategory,
    };
}
