namespace CryptrecCheck.Policy;

/// <summary>An edition of the CRYPTREC Ciphers List that the catalogue can evaluate against.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum Edition
{
    /// <summary>CRYPTREC LS-0001-2022R2 (first edition 2023-03-30, revised 2026-03-30). The default.</summary>
    Ls0001_2022R2 = 0,

    /// <summary>CRYPTREC LS-0001-2012R8 (the 2013 list, last revision 2023-03-08), for procurement documents that still cite it.</summary>
    Ls0001_2012R8 = 1,
}

/// <summary>Names of <see cref="Edition"/> as users type them.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class EditionNames
{
    /// <summary>The short name used on the command line and in options: 2022r2 or 2012r8.</summary>
    public static string ToShortName(this Edition edition) => edition == Edition.Ls0001_2012R8 ? "2012r8" : "2022r2";

    /// <summary>The document ID, e.g. CRYPTREC LS-0001-2022R2.</summary>
    public static string ToDocumentId(this Edition edition) =>
        edition == Edition.Ls0001_2012R8 ? "CRYPTREC LS-0001-2012R8" : "CRYPTREC LS-0001-2022R2";

    /// <summary>Accepts 2022r2, 2012r8, and the document IDs with or without the CRYPTREC prefix.</summary>
    public static bool TryParse(string? text, out Edition edition)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant().Replace("cryptrec", string.Empty).Replace("ls-0001-", string.Empty).Trim(' ', '-');
        switch (t)
        {
            case "2022r2": case "2022-r2": case "2022": edition = Edition.Ls0001_2022R2; return true;
            case "2012r8": case "2012-r8": case "2013": case "2012": edition = Edition.Ls0001_2012R8; return true;
            default: edition = Edition.Ls0001_2022R2; return false;
        }
    }
}
