using System;
using System.Collections.Generic;
using System.Linq;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>
/// The one evaluator: an asset in, a verdict out. Used alike by the analyzer, the certificate checker, the TLS scanner
/// and the CLI. Verdicts are cached in the <see cref="EvaluationContext"/>, so repeated questions are cheap.
/// </summary>
public static class Evaluator
{
    /// <summary>Judges an asset against the context's edition, date, operation end year and options.</summary>
    public static Verdict Evaluate(CryptoAsset asset, EvaluationContext context)
    {
        if (asset is null) { throw new ArgumentNullException(nameof(asset)); }
        if (context is null) { throw new ArgumentNullException(nameof(context)); }
        return context.GetOrAdd(asset, a => Compute(a, context));
    }

    private static Verdict Compute(CryptoAsset a, EvaluationContext ctx)
    {
        if (a.TlsKind == TlsItemKind.ProtocolVersion) { return TlsGuideline.ProtocolVerdict(a, ctx); }
        var b = a.Components != null ? Composite(a, ctx) : Single(a, ctx);
        var tls = a.TlsKind != TlsItemKind.None || a.Usage == AssetUsage.Certificate ? TlsGuideline.Judge(a, b.Status, b.Components, ctx) : null;
        return b.Build(tls);
    }

    private static Builder Composite(CryptoAsset a, EvaluationContext ctx)
    {
        var b = new Builder(a, ctx) { Technique = a.Algorithm };
        if (a.Components!.Count == 0)
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.Component, Outcome.NotApplicable,
                $"{a.Algorithm} is a signalling value, not a cipher suite: there is nothing to evaluate.",
                $"{a.Algorithm} はシグナリング値であり暗号スイートではないため、評価対象がない。", Sources.Decision("TLS cipher suites"));
            return b;
        }
        var worst = -1;
        var anyPqc = false;
        foreach (var part in a.Components)
        {
            var v = Evaluate(part, ctx);
            b.Components.Add(new ComponentVerdict(part.Role, v));
            anyPqc |= v.Status == ListStatus.RecommendedPqc;
            if (v.Status.Rank() > worst) { worst = v.Status.Rank(); b.Status = v.Status; }
            var outcome = v.Status.Rank() >= 3 ? Outcome.Fail : v.Status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass;
            // The reason that decided the component: a failure, else a warning (e.g. HMAC with SHA-1, judged monitored by
            // the derived combination rule), else the listing; its citation is the component's.
            var basis = v.Reasons.FirstOrDefault(r => r.Outcome is Outcome.Fail or Outcome.NotYetEffective)
                ?? v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning)
                ?? v.Reasons.FirstOrDefault(r => r.Code is ReasonCodes.Listed or ReasonCodes.NotListed) ?? v.Reasons.FirstOrDefault();
            b.Add(ReasonCodes.Component, outcome,
                basis?.Code == ReasonCodes.Combined ? $"{RoleEn(part.Role)}: {basis.Message}"
                    : $"{RoleEn(part.Role)}: {part.Describe()} is {v.Status.PhraseEn()}" + (basis != null && basis.Code != ReasonCodes.Listed ? $" ({basis.Message.TrimEnd('.')})." : "."),
                basis?.Code == ReasonCodes.Combined ? $"{RoleJa(part.Role)}: {basis.MessageJa}"
                    : $"{RoleJa(part.Role)}: {part.Describe()} は{v.Status.PhraseJa()}" + (basis != null && basis.Code != ReasonCodes.Listed ? $"（{basis.MessageJa.TrimEnd('。')}）。" : "。"),
                basis?.Citation ?? Sources.Decision("Combined techniques"));
            if (b.Alternative == null && v.Status.Rank() >= 2) { b.Alternative = v.Alternative; }
        }
        // A suite is replaced by another suite, not by the replacement of one of its parts (RSA-OAEP is no TLS option).
        if (a.TlsKind == TlsItemKind.CipherSuite && b.Status.Rank() >= 1) { b.Alternative = Alternatives.TlsSuite; }
        if (worst == 0 && anyPqc) { b.Status = ListStatus.RecommendedPqc; }
        b.Add(ReasonCodes.Combined, Outcome.Info,
            "A combination is judged by its weakest component.",
            "組合せは最も弱い構成要素で判定する。", Sources.Decision("Combined techniques"));
        return b;
    }

    private static Builder Single(CryptoAsset a, EvaluationContext ctx)
    {
        var b = new Builder(a, ctx);
        var alg = a.Algorithm;
        var catalog = ctx.Catalog;

        // Key types and variants that resolve to a listed technique only once their parameters are known.
        if (alg == Algorithms.TripleDes)
        {
            if (a.KeyBits is 112 or 128) { alg = Algorithms.TripleDes2Key; }
            else
            {
                alg = Algorithms.TripleDes3Key;
                if (a.KeyBits is null)
                {
                    b.Add(ReasonCodes.KeyAssumed, Outcome.Info,
                        "Keying option not visible: 3-key Triple DES assumed (a 16-byte, 2-key Triple DES key is not listed).",
                        "鍵オプションが不明なため 3-key Triple DES とみなした（16 バイト鍵の 2-key Triple DES はリストに記載なし）。",
                        Sources.Decision("Combined techniques"));
                }
            }
        }
        if (alg == Algorithms.Rijndael && (a.BlockBits ?? 128) == 128 && (a.KeyBits is null or 128 or 192 or 256)) { alg = Algorithms.Aes; }
        if (alg == Algorithms.Aes && a.BlockBits is int bb && bb != 128)
        {
            b.Status = ListStatus.NotListed;
            b.Technique = Algorithms.Rijndael;
            b.Alternative = Alternatives.For(Algorithms.Rijndael);
            b.Add(ReasonCodes.NotListed, Outcome.Fail,
                $"Rijndael with a {bb}-bit block is not AES (FIPS 197 fixes the block at 128 bits) and is not on the list.",
                $"ブロック長 {bb} ビットの Rijndael は AES ではなく（FIPS 197 はブロック長 128 ビット）、リストに記載なし。",
                Sources.NotListed(ctx.Edition));
            return b;
        }
        b.EffectiveAlgorithm = alg;

        var ov = ctx.Options.FindOverride(alg);
        if (ov != null)
        {
            b.Status = ov.Status;
            b.Technique = alg;
            b.Add(ReasonCodes.Override, Outcome.Info,
                $"Status set to {ov.Status.ToWireName()} by the policy file: {ov.Justification}",
                $"ポリシーファイルにより {ov.Status.ToWireName()} に設定: {ov.Justification}",
                new Citation("policy file", "overrides", SourceQuality.Derived, "user"));
            return b;
        }

        if (MissingParameter(a, alg) is { } missing)
        {
            // A family name names a key type, not a scheme with its size: say what is missing instead of passing.
            b.Status = ListStatus.Unknown;
            b.Technique = alg;
            b.Add(ReasonCodes.Incomplete, Outcome.Fail, missing.En, missing.Ja, Sources.Decision("Key types (schemes judged by their key)"));
            return b;
        }

        if (alg is Algorithms.Rsa or Algorithms.EcKey)
        {
            var scheme = catalog.Find(alg == Algorithms.Rsa ? Algorithms.RsaPss : Algorithms.Ecdsa)!;
            if (!CheckEffective(b, scheme, ctx)) { return b; }
            b.Status = ListStatus.Recommended;
            b.Add(ReasonCodes.KeyType, Outcome.Pass,
                alg == Algorithms.Rsa
                    ? "RSA key: the schemes that use it, RSA-PSS, RSASSA-PKCS1-v1_5 and RSA-OAEP, are on Table 1 (RSAES-PKCS1-v1_5 is monitored); the key length is judged below."
                    : "Elliptic-curve key: ECDSA and ECDH are on Table 1; the curve and its size are judged below.",
                alg == Algorithms.Rsa
                    ? "RSA 鍵: これを用いる RSA-PSS、RSASSA-PKCS1-v1_5、RSA-OAEP は表１に記載（RSAES-PKCS1-v1_5 は運用監視）。鍵長は以下で判定。"
                    : "楕円曲線鍵: ECDSA 及び ECDH は表１に記載。曲線と鍵長は以下で判定。",
                Sources.Decision("Key types (schemes judged by their key)"));
        }
        else
        {
            var entry = catalog.Find(alg);
            if (entry == null)
            {
                b.Status = ListStatus.Unknown;
                b.Add(ReasonCodes.Unknown, Outcome.Fail, $"{alg} is not a technique the catalogue knows.", $"{alg} はカタログにない技術である。",
                    Sources.Decision("Statuses"));
                return b;
            }
            b.Technique = entry.Technique;
            if (!CheckEffective(b, entry, ctx)) { return b; }
            if (entry.Category == Category.NotACategory && Algorithms.Get(alg)?.Kind is AlgorithmKind.KeyDerivation && a.Hash != null)
            {
                // Appendix A: a KDF is not a list category; it is judged by the HMAC/hash it is built on.
                b.Status = catalog.Find(Algorithms.Hmac)?.Status ?? ListStatus.Recommended;
                b.Add(ReasonCodes.NotACategory, Outcome.Info,
                    $"{alg} is not a list category; it is judged by the HMAC over {a.Hash} it is built on.",
                    $"{alg} はリストの分類にないため、基とする {a.Hash} の HMAC で判定する。", Sources.Decision("Combined techniques"));
            }
            else
            {
                b.Status = entry.Status;
                AddListing(b, entry);
                b.Alternative ??= entry.Status.Rank() >= 2 ? Alternatives.For(alg) : null;
                if (entry.Status == ListStatus.RecommendedPqc) { CheckParameterSet(b, a, entry); }
                else { AddAlsoPqc(b, a, catalog.FindPqc(alg), ctx); }
                foreach (var note in entry.Notes) { CheckNote(b, a, note, alg, ctx); }
            }
        }

        if (a.Mode != null) { CheckMode(b, a, alg, ctx); }
        if (a.Hash != null) { CheckInner(b, a.Hash, "hash", "ハッシュ関数", ctx, a); }
        if (a.Mac != null) { CheckInner(b, a.Mac, "MAC", "MAC", ctx, a); }
        CheckCurve(b, a, alg, ctx);
        CheckStrength(b, a, alg, ctx);
        if (ctx.Edition == Edition.Ls0001_2012R8 && ctx.AsOf >= Catalog.EditionStart(Edition.Ls0001_2022R2))
        {
            b.Add(ReasonCodes.Superseded, Outcome.Info,
                "LS-0001-2012R8 was superseded by LS-0001-2022 on 2023-03-30; it is evaluated because it was selected.",
                "LS-0001-2012R8 は 2023-03-30 に LS-0001-2022 へ改定された。指定により評価している。",
                new Citation(Sources.Ls2022R2, "revision history", SourceQuality.Primary, "S3"));
        }
        return b;
    }

    private static bool CheckEffective(Builder b, CatalogEntry entry, EvaluationContext ctx)
    {
        if (entry.EffectiveFrom is DateTime from && ctx.AsOf < from)
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.NotYetEffective, Outcome.NotYetEffective,
                $"{entry.Technique}: this row of {entry.Edition.ToDocumentId()} takes effect on {Catalog.IsoDate(from)}, after the as-of date {Catalog.IsoDate(ctx.AsOf)}.",
                $"{entry.Technique}: {entry.Edition.ToDocumentId()} のこの記載は {Catalog.IsoDate(from)} から有効であり、評価基準日 {Catalog.IsoDate(ctx.AsOf)} には未発効。",
                entry.Citation);
            return false;
        }
        return true;
    }

    private static void AddListing(Builder b, CatalogEntry entry)
    {
        if (entry.Status == ListStatus.NotListed)
        {
            b.Add(ReasonCodes.NotListed, Outcome.Fail,
                $"{entry.Technique} is not on any of the three lists of {entry.Edition.ToDocumentId()}.",
                $"{entry.Technique} は {entry.Edition.ToDocumentId()} のいずれのリストにも記載されていない。", entry.Citation);
            return;
        }
        var extraEn = entry.Status switch
        {
            ListStatus.Monitored => " Continued use is tolerated only to keep compatibility with systems in operation; use for any other purpose is not recommended.",
            ListStatus.Candidate => " It may be promoted to the e-Government Recommended list in future; key lengths must still meet LS-0003.",
            _ => string.Empty,
        };
        var extraJa = entry.Status switch
        {
            ListStatus.Monitored => " 運用中のシステムとの互換性維持のための継続利用のみ容認され、それ以外の目的での利用は推奨しない。",
            ListStatus.Candidate => " 将来的に電子政府推奨暗号リストに掲載される可能性がある。鍵長は LS-0003 を満たす必要がある。",
            _ => string.Empty,
        };
        b.Add(ReasonCodes.Listed, entry.Status.Rank() == 0 ? Outcome.Pass : Outcome.Warning,
            $"{entry.Technique} is on the {entry.Status.ListNameEn()} ({entry.Category.En()}).{extraEn}",
            $"{entry.Technique} は{entry.Status.ListNameJa()}（{entry.Category.Ja()}）に記載。{extraJa}", entry.Citation);
    }

    private static void AddAlsoPqc(Builder b, CryptoAsset a, CatalogEntry? pqc, EvaluationContext ctx)
    {
        if (pqc?.ParameterSets == null || pqc.EffectiveFrom is DateTime f && ctx.AsOf < f) { return; }
        foreach (var set in pqc.ParameterSets)
        {
            var matches = set.KeyBits is int kb ? a.KeyBits == kb : string.Equals(set.Name, pqc.Technique, StringComparison.OrdinalIgnoreCase);
            if (!matches) { continue; }
            var cat = set.PqcCategory is int c ? $" (Category {c})" : string.Empty;
            var catJa = set.PqcCategory is int c2 ? $"（カテゴリ{c2}）" : string.Empty;
            b.Add(ReasonCodes.AlsoPqc, Outcome.Info, $"{set.Name} is also on Table 2, the PQC list{cat}.", $"{set.Name} は表２ 耐量子計算機暗号リストにも記載{catJa}。", pqc.Citation);
        }
    }

    private static void CheckParameterSet(Builder b, CryptoAsset a, CatalogEntry entry)
    {
        var sets = entry.ParameterSets ?? Array.Empty<ParameterSet>();
        var names = string.Join(", ", sets.Select(s => s.Name));
        if (a.ParameterSet == null)
        {
            b.Add(ReasonCodes.ParameterSet, Outcome.Warning,
                $"Parameter set not visible: only {names} are listed.", $"パラメータセットが不明: 記載されているのは {names} のみ。", entry.Citation);
            return;
        }
        var hit = sets.FirstOrDefault(s => string.Equals(s.Name, a.ParameterSet, StringComparison.OrdinalIgnoreCase));
        if (hit == null)
        {
            b.Status = ListStatus.NotListed;
            b.Alternative = Alternatives.For(entry.Technique);
            b.Add(ReasonCodes.ParameterSet, Outcome.Fail,
                $"{a.ParameterSet} is not on Table 2: only {names} are listed.", $"{a.ParameterSet} は表２に記載されていない（記載は {names} のみ）。", entry.Citation);
            return;
        }
        b.Add(ReasonCodes.ParameterSet, Outcome.Pass,
            $"{hit.Name} is listed (security category {hit.PqcCategory}).", $"{hit.Name} は記載あり（セキュリティカテゴリ {hit.PqcCategory}）。", entry.Citation);
    }

    /// <summary>What a bare family name lacks before it can be judged (policy basis D5), or null.</summary>
    private static Alternative? MissingParameter(CryptoAsset a, string alg)
    {
        if (a.Role != ComponentRole.None || a.TlsKind != TlsItemKind.None) { return null; }
        return alg switch
        {
            Algorithms.Rsa when a.KeyBits == null => new Alternative(
                "RSA names a key type, not a scheme: the list judges RSA-PSS, RSASSA-PKCS1-v1_5 and RSA-OAEP (RSAES-PKCS1-v1_5 is monitored), each by its key length. Give the scheme and the key length, e.g. RSA-PSS-3072 or RSA-OAEP-2048.",
                "RSA は鍵の種類であり方式ではない。リストは RSA-PSS、RSASSA-PKCS1-v1_5、RSA-OAEP（RSAES-PKCS1-v1_5 は運用監視）を鍵長とともに判定する。方式と鍵長を指定すること（例: RSA-PSS-3072、RSA-OAEP-2048）。"),
            Algorithms.EcKey when a.Curve == null => new Alternative(
                "EC names a key type, not a scheme: the list judges ECDSA and ECDH on a referenced curve. Give the scheme and the curve, e.g. ECDSA-P256 or ECDH-P384.",
                "EC は鍵の種類であり方式ではない。リストは参照仕様の曲線上の ECDSA 及び ECDH を判定する。方式と曲線を指定すること（例: ECDSA-P256、ECDH-P384）。"),
            Algorithms.Dh when a.KeyBits == null => new Alternative(
                "Diffie-Hellman is on Table 1, but its strength depends on the group: give the group size, e.g. DH-3072 or ffdhe3072.",
                "DH は表１に記載されるが、安全性は群の大きさによる。群のビット長を指定すること（例: DH-3072、ffdhe3072）。"),
            _ => null,
        };
    }

    private static void CheckNote(Builder b, CryptoAsset a, Footnote note, string alg, EvaluationContext ctx)
    {
        switch (note.Kind)
        {
            case ConditionKind.Limit64BitBlock:
                // The note sets two limits: 2^20 blocks of encryption, 2^21 blocks of CMAC generation with one key.
                var cmac = a.Usage == AssetUsage.Mac;
                var exponent = cmac ? 21 : 20;
                if (a.BlocksPerKey is long n && n > (1L << exponent))
                {
                    b.Status = ListStatus.NotListed;
                    b.Add(ReasonCodes.Block64Limit, Outcome.Fail,
                        $"{n} blocks {(cmac ? "of CMAC generation" : "encrypted")} with one key exceed the limit of 2^{exponent} blocks: {note.TextEn}",
                        $"同一鍵で {n} ブロックの{(cmac ? " CMAC 生成" : "暗号化")}は上限 2^{exponent} ブロックを超える: {note.TextJa}", note.Citation);
                }
                else
                {
                    b.Add(ReasonCodes.Block64Limit, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
                }
                break;
            case ConditionKind.ShakeOutputAtLeast256:
                if (a.OutputBits is int o && o < 256)
                {
                    b.Status = ListStatus.NotListed;
                    b.Add(ReasonCodes.ShakeOutput, Outcome.Fail, $"{o}-bit output is shorter than 256 bits: {note.TextEn}", $"出力長 {o} ビットは 256 ビット未満: {note.TextJa}", note.Citation);
                }
                else
                {
                    b.Add(ReasonCodes.ShakeOutput, a.OutputBits is null ? Outcome.Info : Outcome.Pass, note.TextEn, note.TextJa, note.Citation);
                }
                break;
            case ConditionKind.GcmIv96Recommended:
                b.Add(ReasonCodes.GcmIv, a.NonceBits is int iv && iv != 96 ? Outcome.Warning : Outcome.Info,
                    a.NonceBits is int iv2 && iv2 != 96 ? $"A {iv2}-bit IV is used. {note.TextEn}" : note.TextEn,
                    a.NonceBits is int iv3 && iv3 != 96 ? $"{iv3} ビットの IV を使用。{note.TextJa}" : note.TextJa, note.Citation);
                break;
            case ConditionKind.XtsStorageOnly:
                if (a.Usage is not (AssetUsage.Unspecified or AssetUsage.StorageEncryption))
                {
                    b.Status = ListStatus.NotListed;
                    b.Add(ReasonCodes.XtsStorage, Outcome.Fail, $"XTS used outside storage-device encryption. {note.TextEn}", $"ストレージ暗号化以外での XTS 利用。{note.TextJa}", note.Citation);
                }
                else
                {
                    b.Add(ReasonCodes.XtsStorage, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
                }
                break;
            case ConditionKind.CbcMacFixedLength:
                b.Add(ReasonCodes.CbcMacFixed, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
                break;
            case ConditionKind.EcdhMacHmacOrCmac:
                if (ctx.AsOf < Catalog.Ls2022R2Revised) { break; } // 注2 is new in the 2026 revision
                if (a.Mac != null && a.Mac is not (Algorithms.Hmac or Algorithms.Cmac))
                {
                    b.Status = ListStatus.NotListed;
                    b.Add(ReasonCodes.EcdhMac, Outcome.Fail, $"ECDH is combined with {a.Mac}. {note.TextEn}", $"ECDH と {a.Mac} の組合せ。{note.TextJa}", note.Citation);
                }
                else
                {
                    b.Add(ReasonCodes.EcdhMac, a.Mac is null ? Outcome.Info : Outcome.Pass, note.TextEn, note.TextJa, note.Citation);
                }
                break;
            case ConditionKind.Rc4KeyIs128:
                if (a.KeyBits is int k && k != 128)
                {
                    b.Status = ListStatus.NotListed;
                    b.Add(ReasonCodes.Footnote, Outcome.Fail, $"RC4 with a {k}-bit key. {note.TextEn}", $"{k} ビット鍵の RC4。{note.TextJa}", note.Citation);
                }
                else
                {
                    b.Add(ReasonCodes.Footnote, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
                }
                break;
            case ConditionKind.ParameterSetRestricted:
                break;
            default:
                b.Add(ReasonCodes.Footnote, Outcome.Info, $"{note.Id}: {note.TextEn}", $"{note.Id}: {note.TextJa}", note.Citation);
                break;
        }
    }

    private static void CheckMode(Builder b, CryptoAsset a, string alg, EvaluationContext ctx)
    {
        var info = Algorithms.Get(alg);
        if (info?.Kind != AlgorithmKind.BlockCipher) { return; }
        var mode = Algorithms.Get(a.Mode)?.Id ?? a.Mode!;
        var entry = ctx.Catalog.Find(mode);
        if (entry == null)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.Mode, Outcome.Fail, $"The mode {mode} is not a known mode of operation and is not on the list.",
                $"利用モード {mode} は既知の利用モードではなく、リストに記載なし。", Sources.NotListed(ctx.Edition));
            return;
        }
        var effective = entry.EffectiveFrom is not DateTime f || ctx.AsOf >= f;
        var status = effective ? entry.Status : ListStatus.NotListed;
        b.Worsen(status);
        if (status.Rank() >= 2) { b.Alternative ??= Alternatives.For(mode); }
        b.Add(ReasonCodes.Mode, status.Rank() >= 3 ? Outcome.Fail : status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass,
            status == ListStatus.NotListed
                ? $"{alg} in {mode} mode: {mode} is not on the list, so the combination is not a listed technique."
                : $"{alg} in {mode} mode: {mode} is {status.PhraseEn()}.",
            status == ListStatus.NotListed
                ? $"{alg} の {mode} モード: {mode} はリストに記載がないため、この組合せはリスト掲載の技術ではない。"
                : $"{alg} の {mode} モード: {mode} は{status.PhraseJa()}。",
            entry.Citation);
        if (mode == Algorithms.Xts && info.BlockBits != 128)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.XtsStorage, Outcome.Fail, $"XTS requires a listed 128-bit block cipher; {alg} has a {info.BlockBits}-bit block.",
                $"XTS はリスト掲載の 128 ビットブロック暗号が必要だが、{alg} のブロック長は {info.BlockBits} ビット。", CatalogData2022R2.N5.Citation);
        }
        if (effective)
        {
            foreach (var note in entry.Notes) { CheckNote(b, a, note, mode, ctx); }
        }
    }

    private static void CheckInner(Builder b, string inner, string roleEn, string roleJa, EvaluationContext ctx, CryptoAsset a)
    {
        var id = Algorithms.Get(inner)?.Id ?? inner;
        var entry = ctx.Catalog.Find(id);
        var status = entry == null ? ListStatus.Unknown
            : entry.EffectiveFrom is DateTime f && ctx.AsOf < f ? ListStatus.NotListed : entry.Status;
        if (status == ListStatus.RecommendedPqc) { status = ListStatus.Recommended; }
        var outer = b.Status;
        b.Worsen(status);
        if (status.Rank() >= 2) { b.Alternative ??= Alternatives.For(id); }
        var judged = b.Status;
        b.Add(ReasonCodes.Combined, status.Rank() >= 3 ? Outcome.Fail : status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass,
            judged == outer
                ? $"{a.Algorithm} with {id}: the {roleEn} {id} is {status.PhraseEn()} too."
                : $"{a.Algorithm} is {outer.PhraseEn()} and the {roleEn} {id} is {status.PhraseEn()}, so {a.Algorithm} with {id} is judged {judged.ToWireName()} (derived: a combination is judged by its weakest component).",
            judged == outer
                ? $"{a.Algorithm} と {id}: {roleJa} {id} も{status.PhraseJa()}。"
                : $"{a.Algorithm} は{outer.PhraseJa()}、{roleJa} {id} は{status.PhraseJa()}のため、{id} を用いる {a.Algorithm} は {judged.ToWireName()} と判定する（導出: 組合せは最も弱い構成要素で判定）。",
            Sources.Decision("Combined techniques"));
        if (entry != null && (id is Algorithms.Shake128 or Algorithms.Shake256))
        {
            foreach (var note in entry.Notes) { CheckNote(b, a, note, id, ctx); }
        }
    }

    private static void CheckCurve(Builder b, CryptoAsset a, string alg, EvaluationContext ctx)
    {
        if (a.Curve == null || Algorithms.Get(alg)?.Family != KeyFamily.Ecc) { return; }
        var curve = Curves.Find(a.Curve);
        var cite = Sources.Decision("Curves");
        if (curve == null)
        {
            b.Worsen(ListStatus.NotListed);
            b.Alternative ??= Alternatives.ReferencedCurve;
            b.Add(ReasonCodes.Curve, Outcome.Warning, $"The curve {a.Curve} is not a known named curve: curve outside the referenced specifications.",
                $"曲線 {a.Curve} は既知の名前付き曲線ではない: 参照仕様の範囲外の曲線。", cite);
            return;
        }
        var formOk = alg switch
        {
            Algorithms.EdDsa => curve.Form == CurveForm.Edwards,
            Algorithms.Ecdsa => curve.Form == CurveForm.Weierstrass,
            Algorithms.Ecdh => curve.Form is CurveForm.Weierstrass or CurveForm.Montgomery,
            _ => true,
        };
        if (!formOk)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.Curve, Outcome.Fail, $"{curve.Name} cannot be used with {alg}.", $"{curve.Name} は {alg} に使用できない。", cite);
            return;
        }
        if (curve.Standing == CurveStanding.Referenced || ctx.Options.IsAdditionallyAccepted(curve))
        {
            b.Add(ReasonCodes.Curve, Outcome.Pass,
                curve.Standing == CurveStanding.Referenced ? $"{curve.Name} is a curve of the referenced specifications." : $"{curve.Name} is accepted by the policy file.",
                curve.Standing == CurveStanding.Referenced ? $"{curve.Name} は参照仕様の曲線である。" : $"{curve.Name} はポリシーファイルにより許容。", cite);
            return;
        }
        if (curve.Standing == CurveStanding.AcceptedDerived && ctx.Options.AcceptMontgomeryCurvesAsEcdh)
        {
            b.Add(ReasonCodes.Curve, Outcome.Info,
                $"{curve.Name} is accepted as ECDH: the list names only \"ECDH\", and GL-3001 setting examples use {curve.Name} (derived; policy basis D6).",
                $"{curve.Name} は ECDH として許容: リストは「ECDH」のみを記載し、GL-3001 の設定例は {curve.Name} を用いる（導出、判断 D6）。", cite);
            return;
        }
        b.Worsen(ListStatus.NotListed);
        b.Alternative ??= Alternatives.ReferencedCurve;
        b.Add(ReasonCodes.Curve, Outcome.Warning,
            $"{curve.Name} is a curve outside the referenced specifications (the list names no curves; P-256, P-384, P-521, Ed25519 and Ed448 are accepted).",
            $"{curve.Name} は参照仕様の範囲外の曲線である（リストは曲線を指定しない。P-256、P-384、P-521、Ed25519、Ed448 を許容）。", cite);
    }

    private static void CheckStrength(Builder b, CryptoAsset a, string alg, EvaluationContext ctx)
    {
        var info = Algorithms.Get(alg);
        if (info == null || info.Family == KeyFamily.None) { return; }
        // LS-0001-2022R2 脚注3: LS-0003 does not apply to Table 2 public-key techniques for now.
        if (info.Kind == AlgorithmKind.Kem) { return; }
        if (a.KeyBits == null && a.Curve == null && info.DefaultKeyBits == null) { return; }
        var strength = SecurityStrength.Of(a with { Algorithm = alg });
        if (strength is not int s) { return; }
        var processing = SecurityStrength.IsProcessingOnly(a.Usage);
        var phase = SecurityStrength.Phase(s, ctx.OperationEndYear, processing);
        b.StrengthBits = s;
        b.Phase = phase;
        var what = a.Curve != null ? $"{alg} on {Curves.Find(a.Curve)?.Name ?? a.Curve}" : $"{alg} with a {a.KeyBits ?? info.DefaultKeyBits}-bit key";
        var whatJa = a.Curve != null ? $"{Curves.Find(a.Curve)?.Name ?? a.Curve} 上の {alg}" : $"{a.KeyBits ?? info.DefaultKeyBits} ビット鍵の {alg}";
        var year = ctx.OperationEndYear;
        switch (phase)
        {
            case StrengthPhase.NotUsable:
                b.Worsen(ListStatus.NotListed);
                b.Alternative ??= Alternatives.StrongerKey;
                b.Add(ReasonCodes.KeyStrength, Outcome.Fail,
                    s < 112
                        ? $"Key length below the strength standard: {what} gives {s}-bit security, below the 112-bit minimum; a technique used with such a key is not counted as listed."
                        : $"Key length below the strength standard for operation until {year}: {what} gives {s}-bit security, which LS-0003 marks 利用不可 (not usable) for new operations then.",
                    s < 112
                        ? $"鍵長が強度基準を満たさない: {whatJa} の安全性は {s} ビットで 112 ビット未満。このような鍵長での利用はリスト掲載の技術の利用とみなされない。"
                        : $"{year} 年までの運用には鍵長が強度基準を満たさない: {whatJa} の安全性は {s} ビットで、LS-0003 ではその時期の新規生成は利用不可。",
                    Sources.StrengthTable);
                break;
            case StrengthPhase.MigrationPeriod:
                var deadline = s < 128 ? SecurityStrength.Last112BitYear : SecurityStrength.Last128BitMigrationYear;
                b.Add(ReasonCodes.KeyStrength, Outcome.Warning,
                    $"{what} gives {s}-bit security: 移行完遂期間 (migration period) for operation until {year}; migrate to a stronger key by {deadline}.",
                    $"{whatJa} の安全性は {s} ビット: {year} 年までの運用では移行完遂期間。{deadline} 年までにより強い鍵へ移行すること。",
                    Sources.StrengthTable);
                break;
            case StrengthPhase.Tolerated:
                b.Add(ReasonCodes.KeyStrength, Outcome.Warning,
                    $"{what} gives {s}-bit security: 許容 (tolerated) in {year} only for processing data protected earlier (decryption, verification).",
                    $"{whatJa} の安全性は {s} ビット: {year} 年には既存データの処理（復号・検証）に限り許容。",
                    Sources.StrengthTable);
                break;
            default:
                b.Add(ReasonCodes.KeyStrength, Outcome.Pass,
                    $"{what} gives {s}-bit security: 利用可 (usable) for operation until {year}.",
                    $"{whatJa} の安全性は {s} ビット: {year} 年までの運用で利用可。", Sources.StrengthTable);
                break;
        }
    }

    internal static string RoleEn(ComponentRole r) => r switch
    {
        ComponentRole.KeyExchange => "Key exchange",
        ComponentRole.Authentication => "Authentication",
        ComponentRole.Cipher => "Cipher",
        ComponentRole.MacOrPrf => "MAC/PRF",
        ComponentRole.Classical => "Classical part",
        ComponentRole.PostQuantum => "Post-quantum part",
        _ => "Component",
    };

    internal static string RoleJa(ComponentRole r) => r switch
    {
        ComponentRole.KeyExchange => "鍵交換",
        ComponentRole.Authentication => "認証",
        ComponentRole.Cipher => "暗号",
        ComponentRole.MacOrPrf => "MAC/PRF",
        ComponentRole.Classical => "従来暗号部",
        ComponentRole.PostQuantum => "耐量子部",
        _ => "構成要素",
    };

    /// <summary>Collects a verdict while the checks run.</summary>
    internal sealed class Builder
    {
        private readonly CryptoAsset _asset;
        private readonly List<Reason> _reasons = new();

        internal Builder(CryptoAsset asset, EvaluationContext ctx)
        {
            _asset = asset;
            Context = ctx;
        }

        internal EvaluationContext Context { get; }
        internal ListStatus Status { get; set; } = ListStatus.Unknown;
        internal string? Technique { get; set; }
        internal string? EffectiveAlgorithm { get; set; }
        internal int? StrengthBits { get; set; }
        internal StrengthPhase? Phase { get; set; }
        internal Alternative? Alternative { get; set; }
        internal List<ComponentVerdict> Components { get; } = new();

        internal void Worsen(ListStatus s)
        {
            if (s.Rank() > Status.Rank()) { Status = s; }
        }

        internal void Add(string code, Outcome outcome, string en, string ja, Citation citation) =>
            _reasons.Add(new Reason(code, outcome, en, ja, citation));

        internal Verdict Build(TlsJudgement? tls)
        {
            var alt = Status.Rank() >= 1 ? Alternative : null;
            return new Verdict(_asset, Status, _reasons.ToArray(), Technique, StrengthBits, Phase, Components.ToArray(), tls, alt);
        }
    }
}
