using CryptrecCheck.Policy;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>The catalogue against REFERENCE §1 and §2, row by row. The expected rows below were written by hand from
/// ../shared/cryptrec/REFERENCE.md, not generated from the catalogue.</summary>
public class CatalogTests
{
    private const string R = "recommended", P = "recommended-pqc", C = "candidate", M = "monitored";

    // REFERENCE §1.3 (Table 1), §1.4 (Table 2), §1.5 (candidate), §1.6 (monitored), with the notes of §1.7.
    public static TheoryData<string, string, string, string> Rows2022R2 => new()
    {
        { "DSA", R, "signature", "注1" },
        { "ECDSA", R, "signature", "" },
        { "EdDSA", R, "signature", "" },
        { "RSA-PSS", R, "signature", "" },
        { "RSASSA-PKCS1-v1_5", R, "signature", "" },
        { "RSA-OAEP", R, "confidentiality", "" },
        { "DH", R, "key-exchange", "" },
        { "ECDH", R, "key-exchange", "注2" },
        { "AES", R, "block-cipher-128", "" },
        { "Camellia", R, "block-cipher-128", "" },
        { "KCipher-2", R, "stream-cipher", "" },
        { "SHA-256", R, "hash-function", "" },
        { "SHA-384", R, "hash-function", "" },
        { "SHA-512", R, "hash-function", "" },
        { "SHA-512/256", R, "hash-function", "" },
        { "SHA3-256", R, "hash-function", "" },
        { "SHA3-384", R, "hash-function", "" },
        { "SHA3-512", R, "hash-function", "" },
        { "SHAKE128", R, "hash-function", "注4" },
        { "SHAKE256", R, "hash-function", "注4" },
        { "CBC", R, "encryption-mode", "" },
        { "CFB", R, "encryption-mode", "" },
        { "CTR", R, "encryption-mode", "" },
        { "OFB", R, "encryption-mode", "" },
        { "XTS", R, "encryption-mode", "注5" },
        { "CCM", R, "authenticated-encryption-mode", "注6" },
        { "GCM", R, "authenticated-encryption-mode", "注6 注7" },
        { "CMAC", R, "mac", "" },
        { "HMAC", R, "mac", "" },
        { "ChaCha20-Poly1305", R, "authenticated-encryption", "" },
        { "ISO/IEC 9798-2", R, "entity-authentication", "" },
        { "ISO/IEC 9798-3", R, "entity-authentication", "" },
        { "ISO/IEC 9798-4", R, "entity-authentication", "" },
        { "ML-KEM", P, "key-exchange", "注8" },
        { "PSEC-KEM", C, "key-exchange", "注9" },
        { "CIPHERUNICORN-E", C, "block-cipher-64", "注10" },
        { "Hierocrypt-L1", C, "block-cipher-64", "注10" },
        { "MISTY1", C, "block-cipher-64", "注10" },
        { "CIPHERUNICORN-A", C, "block-cipher-128", "" },
        { "CLEFIA", C, "block-cipher-128", "" },
        { "Hierocrypt-3", C, "block-cipher-128", "" },
        { "Enocoro-128v2", C, "stream-cipher", "" },
        { "MUGI", C, "stream-cipher", "" },
        { "MULTI-S01", C, "stream-cipher", "注11" },
        { "PC-MAC-AES", C, "mac", "" },
        { "RSAES-PKCS1-v1_5", M, "confidentiality", "注13" },
        { "3-key Triple DES", M, "block-cipher-64", "注14 注15" },
        { "RIPEMD-160", M, "hash-function", "" },
        { "SHA-1", M, "hash-function", "" },
        { "CBC-MAC", M, "mac", "注17" },
    };

    [Theory]
    [MemberData(nameof(Rows2022R2))]
    public void Ls2022R2_Row_MatchesReference(string technique, string status, string category, string notes)
    {
        var e = Catalog.Ls0001_2022R2.Find(technique);
        Assert.NotNull(e);
        Assert.Equal(status, e!.Status.ToWireName());
        Assert.Equal(category, e.Category.Id());
        Assert.Equal(notes, string.Join(" ", e.Notes.Select(n => n.Id)));
        Assert.False(e.IsDerived);
        Assert.Equal(Sources.Ls2022R2, e.Citation.Document);
        Assert.Equal(SourceQuality.Primary, e.Citation.Quality);
    }

    [Fact]
    public void Ls2022R2_ListedRows_AreExactlyTheReferenceRowsPlusTable2()
    {
        var expected = Rows2022R2.Select(r => (string)r[0]).ToHashSet();
        var table2 = new[] { "ML-KEM", "AES", "SHA-384", "SHA-512", "SHA3-384", "SHA3-512" };
        var listed = Catalog.Ls0001_2022R2.ListedEntries;
        Assert.Equal(expected.Count + table2.Length - 1, listed.Count); // ML-KEM is in both sets
        Assert.All(listed, e => Assert.Contains(e.Technique, expected.Concat(table2)));
        var pqc = listed.Where(e => e.Status == ListStatus.RecommendedPqc).Select(e => e.Technique).OrderBy(x => x).ToArray();
        Assert.Equal(table2.OrderBy(x => x).ToArray(), pqc);
    }

    [Theory]
    [InlineData("ML-KEM", "ML-KEM-768:3,ML-KEM-1024:5")]
    [InlineData("AES", "AES-192:3,AES-256:5")]
    [InlineData("SHA-384", "SHA-384:4")]
    [InlineData("SHA-512", "SHA-512:")]
    [InlineData("SHA3-384", "SHA3-384:4")]
    [InlineData("SHA3-512", "SHA3-512:")]
    public void Table2_ParameterSetsAndCategories_MatchReference(string technique, string sets)
    {
        var e = Catalog.Ls0001_2022R2.FindPqc(technique);
        Assert.NotNull(e);
        Assert.Equal(sets, string.Join(",", e!.ParameterSets!.Select(p => $"{p.Name}:{p.PqcCategory}")));
        Assert.Equal(new DateTime(2026, 3, 30), e.EffectiveFrom);
    }

    // REFERENCE §1.8 and §2.2: not on LS-0001-2022R2.
    [Theory]
    [InlineData("ECB")] [InlineData("CTS")] [InlineData("AES-KW")] [InlineData("GMAC")] [InlineData("KMAC128")] [InlineData("Poly1305")]
    [InlineData("MD5")] [InlineData("MD4")] [InlineData("SHA-224")] [InlineData("SHA-512/224")] [InlineData("SHA3-224")]
    [InlineData("DES")] [InlineData("2-key Triple DES")] [InlineData("RC2")] [InlineData("RC4")] [InlineData("Blowfish")]
    [InlineData("IDEA")] [InlineData("SEED")] [InlineData("ARIA")] [InlineData("SM4")] [InlineData("Salsa20")]
    [InlineData("XChaCha20-Poly1305")] [InlineData("ECIES")] [InlineData("RSA-KEM")] [InlineData("ElGamal")] [InlineData("PBKDF2")]
    [InlineData("HKDF")] [InlineData("scrypt")] [InlineData("Argon2")] [InlineData("bcrypt")] [InlineData("DRBG")] [InlineData("SC2000")]
    [InlineData("ML-DSA")] [InlineData("SLH-DSA")]
    public void Ls2022R2_Unlisted_IsDerivedNotListed(string technique)
    {
        var e = Catalog.Ls0001_2022R2.Find(technique);
        Assert.NotNull(e);
        Assert.Equal(ListStatus.NotListed, e!.Status);
        Assert.True(e.IsDerived);
    }

    // REFERENCE §2.1 (the 2013 list) with the later additions of §2.1/§2.2.
    public static TheoryData<string, string> Rows2012R8 => new()
    {
        { "DSA", R }, { "ECDSA", R }, { "RSA-PSS", R }, { "RSASSA-PKCS1-v1_5", R }, { "RSA-OAEP", R }, { "DH", R }, { "ECDH", R },
        { "3-key Triple DES", R }, { "AES", R }, { "Camellia", R }, { "KCipher-2", R }, { "SHA-256", R }, { "SHA-384", R }, { "SHA-512", R },
        { "CBC", R }, { "CFB", R }, { "CTR", R }, { "OFB", R }, { "CCM", R }, { "GCM", R }, { "CMAC", R }, { "HMAC", R },
        { "ISO/IEC 9798-2", R }, { "ISO/IEC 9798-3", R },
        { "PSEC-KEM", C }, { "CIPHERUNICORN-E", C }, { "Hierocrypt-L1", C }, { "MISTY1", C }, { "CIPHERUNICORN-A", C }, { "CLEFIA", C },
        { "Hierocrypt-3", C }, { "SC2000", C }, { "MUGI", C }, { "Enocoro-128v2", C }, { "MULTI-S01", C }, { "PC-MAC-AES", C }, { "ISO/IEC 9798-4", C },
        { "SHA-512/256", C }, { "SHA3-256", C }, { "SHA3-384", C }, { "SHA3-512", C }, { "SHAKE128", C }, { "SHAKE256", C }, { "EdDSA", C },
        { "RSAES-PKCS1-v1_5", M }, { "RC4", M }, { "RIPEMD-160", M }, { "SHA-1", M }, { "CBC-MAC", M },
    };

    [Theory]
    [MemberData(nameof(Rows2012R8))]
    public void Ls2012R8_Row_MatchesReference(string technique, string status)
    {
        var e = Catalog.Ls0001_2012R8.Find(technique);
        Assert.NotNull(e);
        Assert.Equal(status, e!.Status.ToWireName());
        Assert.Equal(Sources.Ls2012R8, e.Citation.Document);
    }

    [Fact]
    public void Ls2012R8_HasNoPqcTableAndNoXtsOrChaCha()
    {
        var c = Catalog.Ls0001_2012R8;
        Assert.DoesNotContain(c.ListedEntries, e => e.Status == ListStatus.RecommendedPqc);
        Assert.Equal(ListStatus.NotListed, c.Find("XTS")!.Status);
        Assert.Equal(ListStatus.NotListed, c.Find("ChaCha20-Poly1305")!.Status);
        Assert.Equal(ListStatus.NotListed, c.Find("ML-KEM")!.Status);
    }

    [Fact]
    public void EveryEntry_HasCitationAndStatus_InBothEditions()
    {
        foreach (var cat in new[] { Catalog.Ls0001_2022R2, Catalog.Ls0001_2012R8 })
        {
            Assert.NotEmpty(cat.Entries);
            foreach (var e in cat.Entries)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Citation.Document), e.Technique);
                Assert.False(string.IsNullOrWhiteSpace(e.Citation.Location), e.Technique);
                Assert.False(string.IsNullOrWhiteSpace(e.Citation.SourceIds), e.Technique);
                Assert.NotEqual(ListStatus.Unknown, e.Status);
                foreach (var n in e.Notes)
                {
                    Assert.False(string.IsNullOrWhiteSpace(n.TextEn));
                    Assert.False(string.IsNullOrWhiteSpace(n.TextJa));
                    Assert.False(string.IsNullOrWhiteSpace(n.Citation.Location));
                }
            }
        }
    }

    [Fact]
    public void EveryKnownAlgorithm_HasAnEntry_ExceptKeyTypes()
    {
        var keyTypes = new[] { Algorithms.Rsa, Algorithms.EcKey, Algorithms.TripleDes };
        foreach (var a in Algorithms.All.Where(a => !keyTypes.Contains(a.Id)))
        {
            Assert.NotNull(Catalog.Ls0001_2022R2.Find(a.Id));
            Assert.NotNull(Catalog.Ls0001_2012R8.Find(a.Id));
        }
    }

    [Fact]
    public void Ls2022R2_HasAllSeventeenFootnotes()
    {
        Assert.Equal(Enumerable.Range(1, 17).Select(i => $"注{i}"), Catalog.Ls0001_2022R2.Footnotes.Select(n => n.Id));
    }

    [Theory]
    [InlineData("注3")]
    [InlineData("注10")]
    [InlineData("注14")]
    public void SixtyFourBitBlockNotes_CarryTheTwoToTheTwentyLimit(string note)
    {
        var e = Catalog.Ls0001_2022R2.Footnotes.Single(n => n.Id == note);
        Assert.Equal(ConditionKind.Limit64BitBlock, e.Kind);
        Assert.Contains("2^20", e.TextEn);
        Assert.Contains("2^21", e.TextEn);
    }
}
