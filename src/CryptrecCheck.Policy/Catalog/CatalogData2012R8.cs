using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy;

/// <summary>LS-0001-2012R8 (the 2013 list, last revision 2023-03-08) as data, from REFERENCE §2.1. Its content rests on
/// secondary sources (S7, S8, S9, S11, S14); rows whose survival to R8 or whose date of addition is not confirmed say so.</summary>
internal static class CatalogData2012R8
{
    private static readonly DateTime Issued = new(2013, 3, 1);

    private static Footnote Note(string id, ConditionKind kind, string en, string ja, SourceQuality q = SourceQuality.Secondary) =>
        new(id, kind, en, ja, new Citation(Sources.Ls2012R8, id, q, "S8, S9, S10"));

    internal static readonly Footnote Nisc = Note("注1 (2013)", ConditionKind.Informational,
        "Apply the NISC policy on migrating from SHA-1 and RSA-1024.",
        "「政府機関の情報システムにおいて使用されている暗号アルゴリズム SHA-1 及び RSA1024 に係る移行指針」を踏まえること。");
    internal static readonly Footnote Tdes = Note("注2/注3 (2013)", ConditionKind.Limit64BitBlock,
        "Use a 128-bit block cipher where possible; 3-key Triple DES is allowed for the time being under conditions.",
        "可能な限り 128 ビットブロック暗号を選択すること。3-key Triple DES は当面の使用を認める。");
    internal static readonly Footnote Gcm = Note("注4 (2013)", ConditionKind.GcmIv96Recommended,
        "GCM: a 96-bit IV is recommended.", "GCM では 96 ビットの IV を推奨する。");
    internal static readonly Footnote Rsaes = Note("RSAES-PKCS1-v1_5 (2013)", ConditionKind.Informational,
        "Tolerated because of its use in SSL 3.0 and TLS 1.0–1.2.", "SSL3.0/TLS1.0/1.1/1.2 で利用実績があることから当面の利用を認める。");
    internal static readonly Footnote Rc4Note = Note("RC4 (2013)", ConditionKind.Rc4KeyIs128,
        "128-bit RC4 only, and only in SSL/TLS; avoid as far as possible and migrate quickly.",
        "128-bit RC4 は SSL/TLS での利用に限定し、可能な限り利用を避け速やかに移行すること。");
    internal static readonly Footnote CbcMacNote = Note("CBC-MAC (2013)", ConditionKind.CbcMacFixedLength,
        "CBC-MAC: use only with a fixed message length.", "CBC-MAC は固定長のメッセージで利用すること。");
    internal static readonly Footnote Unconfirmed = Note("unconfirmed (policy basis D12)", ConditionKind.Informational,
        "Whether this row was still on the list at R8, or the date it entered, is not confirmed.",
        "R8 時点での掲載継続、又は掲載日は未確認。", SourceQuality.Unverified);

    /// <summary>Every footnote the catalogue holds for the 2013 list.</summary>
    internal static IReadOnlyList<Footnote> AllNotes => new[] { Nisc, Tdes, Gcm, Rsaes, Rc4Note, CbcMacNote, Unconfirmed };

    internal static IReadOnlyList<CatalogEntry> Build()
    {
        var list = new List<CatalogEntry>();
        void Add(string technique, Category category, ListStatus status, string row, DateTime? from, params Footnote[] notes) =>
            list.Add(new CatalogEntry(Edition.Ls0001_2012R8, technique, category, status, string.Empty,
                Sources.List2013(row + ", " + category.Ja()), from, notes, null));
        void E(string t, Category c, params Footnote[] n) => Add(t, c, ListStatus.Recommended, "電子政府推奨暗号リスト", Issued, n);
        void C(string t, Category c, DateTime? from, params Footnote[] n) => Add(t, c, ListStatus.Candidate, "推奨候補暗号リスト", from, n);
        void M(string t, Category c, params Footnote[] n) => Add(t, c, ListStatus.Monitored, "運用監視暗号リスト", Issued, n);

        E(Algorithms.Dsa, Category.Signature);
        E(Algorithms.Ecdsa, Category.Signature);
        E(Algorithms.RsaPss, Category.Signature, Nisc);
        E(Algorithms.RsaSsaPkcs1, Category.Signature, Nisc);
        E(Algorithms.RsaOaep, Category.Confidentiality, Nisc);
        E(Algorithms.Dh, Category.KeyExchange);
        E(Algorithms.Ecdh, Category.KeyExchange);
        E(Algorithms.TripleDes3Key, Category.BlockCipher64, Tdes);
        E(Algorithms.Aes, Category.BlockCipher128);
        E(Algorithms.Camellia, Category.BlockCipher128);
        E(Algorithms.KCipher2, Category.StreamCipher);
        E(Algorithms.Sha256, Category.HashFunction);
        E(Algorithms.Sha384, Category.HashFunction);
        E(Algorithms.Sha512, Category.HashFunction);
        foreach (var m in new[] { Algorithms.Cbc, Algorithms.Cfb, Algorithms.Ctr, Algorithms.Ofb })
        {
            E(m, Category.EncryptionMode);
        }
        E(Algorithms.Ccm, Category.AuthenticatedEncryptionMode);
        E(Algorithms.Gcm, Category.AuthenticatedEncryptionMode, Gcm);
        E(Algorithms.Cmac, Category.MessageAuthenticationCode);
        E(Algorithms.Hmac, Category.MessageAuthenticationCode);
        E(Algorithms.Iso9798_2, Category.EntityAuthentication);
        E(Algorithms.Iso9798_3, Category.EntityAuthentication);

        C(Algorithms.PsecKem, Category.KeyExchange, Issued);
        C(Algorithms.CipherUnicornE, Category.BlockCipher64, Issued, Tdes);
        C(Algorithms.HierocryptL1, Category.BlockCipher64, Issued, Tdes);
        C(Algorithms.Misty1, Category.BlockCipher64, Issued, Tdes);
        C(Algorithms.CipherUnicornA, Category.BlockCipher128, Issued);
        C(Algorithms.Clefia, Category.BlockCipher128, Issued);
        C(Algorithms.Hierocrypt3, Category.BlockCipher128, Issued);
        C(Algorithms.Sc2000, Category.BlockCipher128, Issued, Unconfirmed);
        C(Algorithms.Mugi, Category.StreamCipher, Issued);
        C(Algorithms.Enocoro128v2, Category.StreamCipher, Issued);
        C(Algorithms.MultiS01, Category.StreamCipher, Issued);
        C(Algorithms.PcMacAes, Category.MessageAuthenticationCode, Issued);
        C(Algorithms.Iso9798_4, Category.EntityAuthentication, Issued);
        // Added by a 2016 revision (S11) and EdDSA by R8 (S14); exact dates not confirmed.
        foreach (var h in new[] { Algorithms.Sha512_256, Algorithms.Sha3_256, Algorithms.Sha3_384, Algorithms.Sha3_512, Algorithms.Shake128, Algorithms.Shake256 })
        {
            C(h, Category.HashFunction, null, Unconfirmed);
        }
        C(Algorithms.EdDsa, Category.Signature, null, Unconfirmed);

        M(Algorithms.RsaesPkcs1, Category.Confidentiality, Rsaes);
        M(Algorithms.Rc4, Category.StreamCipher, Rc4Note, Unconfirmed);
        M(Algorithms.Ripemd160, Category.HashFunction);
        M(Algorithms.Sha1, Category.HashFunction);
        M(Algorithms.CbcMac, Category.MessageAuthenticationCode, CbcMacNote);
        return list;
    }
}
