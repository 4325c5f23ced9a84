using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy;

/// <summary>LS-0001-2022R2 (2026-03-30) as data. Every row and footnote: REFERENCE §1.3–§1.7, read from the
/// primary text (S1) and the specification page (S2). Footnote texts are paraphrased, not quoted.</summary>
internal static class CatalogData2022R2
{
    private static readonly DateTime Original = new(2023, 3, 30);
    private static readonly DateTime R2 = Catalog.Ls2022R2Revised;

    internal static readonly Footnote N1 = Note("注1", ConditionKind.Informational,
        "FIPS PUB 186-5 no longer specifies DSA; CRYPTREC keeps DSA listed because its security and usage have not changed materially.",
        "FIPS PUB 186-5 では DSA が規定されなくなったが、安全性及び利用状況に大きな変化がないため CRYPTREC はリスト掲載を継続している。");
    internal static readonly Footnote N2 = Note("注2", ConditionKind.EcdhMacHmacOrCmac,
        "The MAC used with ECDH must be HMAC or CMAC.",
        "ECDH と組み合わせるメッセージ認証コードは HMAC 又は CMAC に限る。");
    internal static readonly Footnote N3 = Note("注3", ConditionKind.Limit64BitBlock,
        "64-bit block ciphers: with one key, encrypt at most 2^20 blocks and generate CMAC over at most 2^21 blocks.",
        "64ビットブロック暗号: 同一鍵での暗号化は 2^20 ブロック、CMAC 生成は 2^21 ブロックまで。");
    internal static readonly Footnote N4 = Note("注4", ConditionKind.ShakeOutputAtLeast256,
        "SHAKE128 and SHAKE256: the output length must be at least 256 bits.",
        "SHAKE128 及び SHAKE256 は出力長 256 ビット以上で利用すること。");
    internal static readonly Footnote N5 = Note("注5", ConditionKind.XtsStorageOnly,
        "XTS: only with a listed 128-bit block cipher, only for storage-device encryption, implemented per NIST SP 800-38E.",
        "XTS はリスト掲載の 128 ビットブロック暗号とのみ組み合わせ、ストレージデバイスの暗号化に限り、NIST SP 800-38E に従って実装すること。");
    internal static readonly Footnote N6 = Note("注6", ConditionKind.Informational,
        "A listed block cipher combined with an authenticated encryption mode may be used as authenticated encryption.",
        "リスト掲載のブロック暗号と認証付き秘匿モードの組合せは認証暗号として利用できる。");
    internal static readonly Footnote N7 = Note("注7", ConditionKind.GcmIv96Recommended,
        "GCM: a 96-bit IV is recommended.",
        "GCM では 96 ビットの IV を推奨する。");
    internal static readonly Footnote N8 = Note("注8", ConditionKind.ParameterSetRestricted,
        "PQC security categories follow NIST's call for proposals (Cat 1: AES-128 key search … Cat 5: AES-256 key search).",
        "セキュリティカテゴリは NIST の PQC 公募要項に従う（カテゴリ1: 128ビット鍵ブロック暗号の鍵探索 … カテゴリ5: 256ビット鍵の鍵探索）。");
    internal static readonly Footnote N9 = Note("注9", ConditionKind.Informational,
        "PSEC-KEM is used in a KEM-DEM construction.",
        "PSEC-KEM は KEM-DEM 構成での利用を前提とする。");
    internal static readonly Footnote N10 = Note("注10", ConditionKind.Limit64BitBlock, N3.TextEn, N3.TextJa);
    internal static readonly Footnote N11 = Note("注11", ConditionKind.Informational,
        "MULTI-S01: the plaintext length must be a multiple of 64 bits.",
        "MULTI-S01 は平文サイズが 64 ビットの倍数であること。");
    internal static readonly Footnote N12 = Note("注12", ConditionKind.Informational, N6.TextEn, N6.TextJa);
    internal static readonly Footnote N13 = Note("注13", ConditionKind.Informational,
        "RSAES-PKCS1-v1_5 is tolerated for the time being because of its use in TLS 1.0, 1.1 and 1.2.",
        "RSAES-PKCS1-v1_5 は TLS 1.0/1.1/1.2 で利用されていることから当面の利用を認める。");
    internal static readonly Footnote N14 = Note("注14", ConditionKind.Limit64BitBlock, N3.TextEn, N3.TextJa);
    internal static readonly Footnote N15 = Note("注15", ConditionKind.Informational,
        "NIST SP 800-67 Rev. 2 has been withdrawn; CRYPTREC keeps 3-key Triple DES listed as its security and usage have not changed materially.",
        "NIST SP 800-67 Rev. 2 は廃止されたが、安全性及び利用状況に大きな変化がないため掲載を継続している。");
    internal static readonly Footnote N16 = Note("注16", ConditionKind.Informational, N6.TextEn, N6.TextJa);
    internal static readonly Footnote N17 = Note("注17", ConditionKind.CbcMacFixedLength,
        "CBC-MAC: use only with a fixed message length.",
        "CBC-MAC は安全性のため固定長のメッセージで利用すること。");

    private static Footnote Note(string id, ConditionKind kind, string en, string ja) => new(id, kind, en, ja, Sources.Note2022(id));

    /// <summary>Every numbered footnote of the list, including those on empty categories (注3, 注12, 注16).</summary>
    internal static IReadOnlyList<Footnote> AllNotes => new[] { N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14, N15, N16, N17 };

    internal static IReadOnlyList<CatalogEntry> Build()
    {
        var list = new List<CatalogEntry>();
        void Add(string technique, Category category, ListStatus status, string spec, Citation citation, DateTime from,
            Footnote[]? notes = null, ParameterSet[]? sets = null) =>
            list.Add(new CatalogEntry(Edition.Ls0001_2022R2, technique, category, status, spec, citation, from,
                notes ?? Array.Empty<Footnote>(), sets));

        void T1(string technique, Category category, string spec, params Footnote[] notes)
        {
            // 注2 (ECDH) is new in R2; the rest of Table 1 is in force since the original edition.
            Add(technique, category, ListStatus.Recommended, spec, Sources.Table1(category.Ja()), Original, notes);
        }

        // e-Government Recommended Ciphers List, Table 1 (REFERENCE §1.3)
        T1(Algorithms.Dsa, Category.Signature, "NIST FIPS PUB 186-4", N1);
        T1(Algorithms.Ecdsa, Category.Signature, "SEC 1 v1.0 or ANSI X9.142-2020");
        T1(Algorithms.EdDsa, Category.Signature, "RFC 8032 or NIST FIPS PUB 186-5");
        T1(Algorithms.RsaPss, Category.Signature, "PKCS #1 v2.2 (RFC 8017)");
        T1(Algorithms.RsaSsaPkcs1, Category.Signature, "PKCS #1 v2.2 (RFC 8017)");
        T1(Algorithms.RsaOaep, Category.Confidentiality, "PKCS #1 v2.2 (RFC 8017)");
        T1(Algorithms.Dh, Category.KeyExchange, "ANSI X9.42-2003 or NIST SP 800-56A Rev. 2 (FFC DH)");
        T1(Algorithms.Ecdh, Category.KeyExchange, "SEC 1 v1.0 or NIST SP 800-56A Rev. 3 (C(2e, 0s, ECC CDH))", N2);
        T1(Algorithms.Aes, Category.BlockCipher128, "NIST FIPS PUB 197");
        T1(Algorithms.Camellia, Category.BlockCipher128, "Camellia specification, 2nd version (2001-09-26)");
        T1(Algorithms.KCipher2, Category.StreamCipher, "KCipher-2 specification v1.2 (2017-03-31)");
        foreach (var h in new[] { Algorithms.Sha256, Algorithms.Sha384, Algorithms.Sha512, Algorithms.Sha512_256 })
        {
            T1(h, Category.HashFunction, "NIST FIPS PUB 180-4");
        }
        foreach (var h in new[] { Algorithms.Sha3_256, Algorithms.Sha3_384, Algorithms.Sha3_512 })
        {
            T1(h, Category.HashFunction, "NIST FIPS PUB 202");
        }
        T1(Algorithms.Shake128, Category.HashFunction, "NIST FIPS PUB 202", N4);
        T1(Algorithms.Shake256, Category.HashFunction, "NIST FIPS PUB 202", N4);
        foreach (var m in new[] { Algorithms.Cbc, Algorithms.Cfb, Algorithms.Ctr, Algorithms.Ofb })
        {
            T1(m, Category.EncryptionMode, "NIST SP 800-38A");
        }
        T1(Algorithms.Xts, Category.EncryptionMode, "NIST SP 800-38E", N5);
        T1(Algorithms.Ccm, Category.AuthenticatedEncryptionMode, "NIST SP 800-38C", N6);
        T1(Algorithms.Gcm, Category.AuthenticatedEncryptionMode, "NIST SP 800-38D", N6, N7);
        T1(Algorithms.Cmac, Category.MessageAuthenticationCode, "NIST SP 800-38B");
        T1(Algorithms.Hmac, Category.MessageAuthenticationCode, "NIST FIPS PUB 198-1");
        T1(Algorithms.ChaCha20Poly1305, Category.AuthenticatedEncryption, "RFC 8439");
        T1(Algorithms.Iso9798_2, Category.EntityAuthentication, "ISO/IEC 9798-2:2008 (+Cor.1–3)");
        T1(Algorithms.Iso9798_3, Category.EntityAuthentication, "ISO/IEC 9798-3:1998 (+Amd.1:2010, Cor.1/2)");
        T1(Algorithms.Iso9798_4, Category.EntityAuthentication, "ISO/IEC 9798-4:1999 (+Cor.1/2)");

        // Table 2, PQC list, new in R2 (REFERENCE §1.4). 脚注3: LS-0003 does not apply to its public-key techniques for now.
        void T2(string technique, Category category, string spec, params ParameterSet[] sets) =>
            Add(technique, category, ListStatus.RecommendedPqc, spec, Sources.Table2(category.Ja()), R2, new[] { N8 }, sets);
        T2(Algorithms.MlKem, Category.KeyExchange, "NIST FIPS PUB 203", new ParameterSet("ML-KEM-768", 3, null), new ParameterSet("ML-KEM-1024", 5, null));
        T2(Algorithms.Aes, Category.BlockCipher128, "NIST FIPS PUB 197", new ParameterSet("AES-192", 3, 192), new ParameterSet("AES-256", 5, 256));
        T2(Algorithms.Sha384, Category.HashFunction, "NIST FIPS PUB 180-4", new ParameterSet("SHA-384", 4, null));
        T2(Algorithms.Sha512, Category.HashFunction, "NIST FIPS PUB 180-4", new ParameterSet("SHA-512", null, null));
        T2(Algorithms.Sha3_384, Category.HashFunction, "NIST FIPS PUB 202", new ParameterSet("SHA3-384", 4, null));
        T2(Algorithms.Sha3_512, Category.HashFunction, "NIST FIPS PUB 202", new ParameterSet("SHA3-512", null, null));

        // Candidate Recommended Ciphers List (REFERENCE §1.5)
        void C(string technique, Category category, string spec, params Footnote[] notes) =>
            Add(technique, category, ListStatus.Candidate, spec, Sources.CandidateList(category.Ja()), Original, notes);
        C(Algorithms.PsecKem, Category.KeyExchange, "PSEC-KEM specification (2008-04-14)", N9);
        C(Algorithms.CipherUnicornE, Category.BlockCipher64, "CIPHERUNICORN-E specification (2002)", N10);
        C(Algorithms.HierocryptL1, Category.BlockCipher64, "Hierocrypt-L1 specification (2002)", N10);
        C(Algorithms.Misty1, Category.BlockCipher64, "MISTY1 specification (2002)", N10);
        C(Algorithms.CipherUnicornA, Category.BlockCipher128, "CIPHERUNICORN-A specification (2002)");
        C(Algorithms.Clefia, Category.BlockCipher128, "CLEFIA specification (2010)");
        C(Algorithms.Hierocrypt3, Category.BlockCipher128, "Hierocrypt-3 specification (2002)");
        C(Algorithms.Enocoro128v2, Category.StreamCipher, "Enocoro-128v2 specification");
        C(Algorithms.Mugi, Category.StreamCipher, "MUGI specification");
        C(Algorithms.MultiS01, Category.StreamCipher, "MULTI-S01 specification", N11);
        C(Algorithms.PcMacAes, Category.MessageAuthenticationCode, "PC-MAC-AES specification (2010-02-03)");

        // Monitored Ciphers List (REFERENCE §1.6)
        void M(string technique, Category category, string spec, params Footnote[] notes) =>
            Add(technique, category, ListStatus.Monitored, spec, Sources.MonitoredList(category.Ja()), Original, notes);
        M(Algorithms.RsaesPkcs1, Category.Confidentiality, "PKCS #1 v2.2 (RFC 8017)", N13);
        M(Algorithms.TripleDes3Key, Category.BlockCipher64, "NIST SP 800-67 Rev. 2", N14, N15);
        M(Algorithms.Ripemd160, Category.HashFunction, "The hash function RIPEMD-160");
        M(Algorithms.Sha1, Category.HashFunction, "NIST FIPS PUB 180-4");
        M(Algorithms.CbcMac, Category.MessageAuthenticationCode, "ISO/IEC 9797-1:2011", N17);
        return list;
    }
}
