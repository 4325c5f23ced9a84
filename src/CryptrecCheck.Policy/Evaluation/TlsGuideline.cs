using System;
using System.Collections.Generic;
using System.Linq;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>
/// Judges TLS items (cipher suites, protocol versions, groups, signature schemes, certificates) under the three
/// GL-3001 types. The guideline's tables were not available (REFERENCE §4.3 is unverified), so every judgement here
/// rests on the product decisions of REFERENCE §8 and is cited as derived; the profiles can be replaced by a policy file.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class TlsGuideline
{
    private static readonly Citation SuiteRule = Sources.Decision("TLS cipher suites");
    private static readonly Citation VersionRule = Sources.Decision("TLS protocol versions");
    private static readonly Citation CertRule = Sources.Decision("Certificates");
    private static readonly Citation DheRule = Sources.Decision("DHE groups");
    private static readonly Citation V3Changes = new(Sources.Gl3001, "第3版 changes: SSL 3.0 prohibited, TLS 1.0/1.1 only in セキュリティ例外型, SHA-1 prohibited in server certificates", SourceQuality.Secondary, "S28, S29");

    internal static Verdict ProtocolVerdict(CryptoAsset a, EvaluationContext ctx)
    {
        var version = (TlsProtocolVersion)(a.TlsCode ?? 0);
        var results = ctx.Options.TlsProfiles.All.Select(p =>
        {
            var ok = p.Versions.Contains(version);
            var cite = version is TlsProtocolVersion.Ssl30 or TlsProtocolVersion.Tls10 or TlsProtocolVersion.Tls11 ? V3Changes : VersionRule;
            return new TlsTypeResult(p.Type, ok, new[]
            {
                new Reason(ReasonCodes.Tls, ok ? Outcome.Pass : Outcome.Fail,
                    ok ? $"{version.Display()} is allowed in the {p.Type.En()}." : $"{version.Display()} is not allowed in the {p.Type.En()}.",
                    ok ? $"{version.Display()} は{p.Type.Ja()}で利用可。" : $"{version.Display()} は{p.Type.Ja()}で利用不可。", cite),
            });
        }).ToArray();
        var tls = new TlsJudgement(results[0], results[1], results[2]);

        // Protocol versions are not list items: their status mirrors the guideline (derived, documented in the README):
        // allowed in every type -> recommended; only in the exception type -> monitored (interim, compatibility only);
        // in no type -> not-listed.
        var status = tls.Recommended.Allowed ? ListStatus.Recommended : tls.Exception.Allowed ? ListStatus.Monitored : ListStatus.NotListed;
        var reasons = new List<Reason>
        {
            new(ReasonCodes.Tls, status == ListStatus.Recommended ? Outcome.Pass : status == ListStatus.Monitored ? Outcome.Warning : Outcome.Fail,
                status switch
                {
                    ListStatus.Recommended => $"{version.Display()} is allowed in all three GL-3001 types.",
                    ListStatus.Monitored => $"{version.Display()} is allowed only in the Security Exception type, as an interim measure until migration (status shown as monitored).",
                    _ => $"{version.Display()} is prohibited in every GL-3001 type.",
                },
                status switch
                {
                    ListStatus.Recommended => $"{version.Display()} は GL-3001 の三つの型すべてで利用可。",
                    ListStatus.Monitored => $"{version.Display()} はセキュリティ例外型でのみ、移行までの暫定措置として利用可（状態は運用監視として表示）。",
                    _ => $"{version.Display()} は GL-3001 のすべての型で利用禁止。",
                },
                version is TlsProtocolVersion.Ssl30 or TlsProtocolVersion.Tls10 or TlsProtocolVersion.Tls11 ? V3Changes : VersionRule),
        };
        return new Verdict(a, status, reasons, version.Display(), null, null, Array.Empty<ComponentVerdict>(), tls, null);
    }

    internal static TlsJudgement Judge(CryptoAsset a, ListStatus status, IReadOnlyList<ComponentVerdict> components, EvaluationContext ctx)
    {
        var p = ctx.Options.TlsProfiles;
        return new TlsJudgement(JudgeOne(a, status, components, p.High, ctx), JudgeOne(a, status, components, p.Recommended, ctx), JudgeOne(a, status, components, p.Exception, ctx));
    }

    private static TlsTypeResult JudgeOne(CryptoAsset a, ListStatus status, IReadOnlyList<ComponentVerdict> components, TlsProfile p, EvaluationContext ctx)
    {
        var reasons = new List<Reason>();
        bool Deny(string en, string ja, Citation c)
        {
            reasons.Add(new Reason(ReasonCodes.Tls, Outcome.Fail, $"{p.Type.En()}: {en}", $"{p.Type.Ja()}: {ja}", c));
            return false;
        }
        bool Allow(string en, string ja, Citation c)
        {
            reasons.Add(new Reason(ReasonCodes.Tls, Outcome.Pass, $"{p.Type.En()}: {en}", $"{p.Type.Ja()}: {ja}", c));
            return true;
        }

        bool allowed;
        switch (a.TlsKind)
        {
            case TlsItemKind.CipherSuite:
            case TlsItemKind.Ssl2CipherKind:
                allowed = JudgeSuite(a, status, components, p, Allow, Deny);
                break;
            case TlsItemKind.SupportedGroup:
                allowed = JudgeGroup(a, status, p, Allow, Deny);
                break;
            case TlsItemKind.SignatureScheme:
                allowed = status.Rank() == 0 ? Allow("the signature scheme uses listed techniques.", "署名方式はリスト掲載の技術を用いる。", SuiteRule)
                    : a.Hash == Algorithms.Sha1 && status == ListStatus.Monitored && p.AllowSha1HandshakeSignatures
                        ? Allow("SHA-1 handshake signatures are tolerated for interoperability.", "相互運用のため SHA-1 のハンドシェイク署名を容認。", SuiteRule)
                        : Deny($"the signature scheme is {status.PhraseEn()}.", $"署名方式は{status.PhraseJa()}。", SuiteRule);
                break;
            default:
                allowed = JudgeCertificate(a, status, p, Allow, Deny);
                break;
        }
        return new TlsTypeResult(p.Type, allowed, reasons);
    }

    private static bool JudgeSuite(CryptoAsset a, ListStatus status, IReadOnlyList<ComponentVerdict> components, TlsProfile p,
        Func<string, string, Citation, bool> allow, Func<string, string, Citation, bool> deny)
    {
        var code = a.TlsCode ?? -1;
        if (p.DenySuites.Contains(code)) { return deny("the suite is denied by the policy file.", "ポリシーファイルにより禁止。", SuiteRule); }
        if (p.AllowSuites.Contains(code)) { return allow("the suite is allowed by the policy file.", "ポリシーファイルにより許可。", SuiteRule); }
        var suite = TlsRegistry.FindSuite(code);
        if (suite == null) { return deny("not a registered cipher suite.", "登録された暗号スイートではない。", SuiteRule); }
        if (suite.Protocol == SuiteProtocol.Signalling) { return allow("a signalling value, not a cipher suite.", "シグナリング値であり暗号スイートではない。", SuiteRule); }
        if (suite.Protocol == SuiteProtocol.Ssl2) { return deny("SSL 2.0 is prohibited in every type.", "SSL 2.0 はすべての型で利用禁止。", VersionRule); }
        if (status.Rank() >= 3)
        {
            var bad = components.Where(c => c.Verdict.Status.Rank() >= 3).Select(c => c.Verdict.Asset.Describe());
            var list = string.Join(", ", bad);
            return deny($"prohibited in every type: it uses techniques that are not listed ({list}).",
                $"リストに記載のない技術（{list}）を用いるため、すべての型で利用禁止。", SuiteRule);
        }
        if (suite.IsExport) { return deny("export-grade suites are prohibited.", "輸出グレードの暗号スイートは利用禁止。", SuiteRule); }
        if (suite.Protocol == SuiteProtocol.Tls13)
        {
            if (!p.Versions.Contains(TlsProtocolVersion.Tls13)) { return deny("TLS 1.3 is not allowed.", "TLS 1.3 は利用不可。", VersionRule); }
            if (!TlsProfile.Contains(p.Ciphers, suite.Cipher)) { return deny($"{suite.Cipher} is not an allowed cipher.", $"{suite.Cipher} は許可された暗号ではない。", SuiteRule); }
            return allow("TLS 1.3 suite with a listed AEAD and forward secrecy.", "リスト掲載の認証暗号と前方秘匿性を持つ TLS 1.3 スイート。", SuiteRule);
        }
        if (!TlsProfile.Contains(p.KeyExchanges, suite.KeyExchange))
        {
            return deny(suite.HasForwardSecrecy ? $"key exchange {suite.KeyExchange} is not allowed." : $"key exchange {suite.KeyExchange} has no forward secrecy and is not allowed.",
                suite.HasForwardSecrecy ? $"鍵交換 {suite.KeyExchange} は許可されていない。" : $"鍵交換 {suite.KeyExchange} は前方秘匿性がなく許可されていない。", SuiteRule);
        }
        if (!TlsProfile.Contains(p.Ciphers, suite.Cipher)) { return deny($"{suite.Cipher} is not an allowed cipher.", $"{suite.Cipher} は許可された暗号ではない。", SuiteRule); }
        if (p.RequireAead && !suite.IsAead) { return deny("only AEAD suites (GCM, CCM, ChaCha20-Poly1305) are allowed.", "認証暗号（GCM、CCM、ChaCha20-Poly1305）のスイートのみ許可。", SuiteRule); }
        if (!suite.IsAead && (suite.MacHash == null || !TlsProfile.Contains(p.MacHashes, suite.MacHash)))
        {
            return deny($"HMAC with {suite.MacHash} is not an allowed MAC.", $"{suite.MacHash} の HMAC は許可された MAC ではない。", SuiteRule);
        }
        return allow($"{suite.KeyExchange} key exchange, {suite.Cipher}{(suite.Mode != null ? "-" + suite.Mode : string.Empty)} and {(suite.IsAead ? "AEAD" : "HMAC-" + suite.MacHash)} are allowed.",
            $"{suite.KeyExchange} 鍵交換、{suite.Cipher}{(suite.Mode != null ? "-" + suite.Mode : string.Empty)}、{(suite.IsAead ? "認証暗号" : "HMAC-" + suite.MacHash)} は許可されている。", SuiteRule);
    }

    private static bool JudgeGroup(CryptoAsset a, ListStatus status, TlsProfile p, Func<string, string, Citation, bool> allow, Func<string, string, Citation, bool> deny)
    {
        if (a.Algorithm == Algorithms.Dh && a.KeyBits is int bits && bits < p.MinDhBits)
        {
            return deny($"finite-field groups must have at least {p.MinDhBits} bits.", $"有限体の群は {p.MinDhBits} ビット以上が必要。", DheRule);
        }
        if (status.Rank() != 0) { return deny($"the group is {status.PhraseEn()}.", $"この群は{status.PhraseJa()}。", SuiteRule); }
        return allow("the group uses listed key exchange on an accepted curve or group.", "この群はリスト掲載の鍵共有と許容される曲線・群を用いる。", SuiteRule);
    }

    private static bool JudgeCertificate(CryptoAsset a, ListStatus status, TlsProfile p, Func<string, string, Citation, bool> allow, Func<string, string, Citation, bool> deny)
    {
        foreach (var part in a.Components ?? new[] { a })
        {
            if (part.Hash is Algorithms.Sha1 or Algorithms.Md5 or Algorithms.Md2 or Algorithms.Md4)
            {
                return deny($"{part.Hash} signatures are prohibited in server certificates.", $"サーバ証明書での {part.Hash} 署名は利用禁止。",
                    part.Hash == Algorithms.Sha1 ? V3Changes : CertRule);
            }
            var info = Algorithms.Get(part.Algorithm);
            if (info?.Family == KeyFamily.Ifc && part.KeyBits is int bits && bits < p.MinRsaBits)
            {
                return deny($"RSA keys in certificates must have at least {p.MinRsaBits} bits.", $"証明書の RSA 鍵は {p.MinRsaBits} ビット以上が必要。", CertRule);
            }
        }
        if (status.Rank() != 0) { return deny($"the certificate uses a technique that is {status.PhraseEn()}.", $"証明書は{status.PhraseJa()}技術を用いる。", CertRule); }
        return allow("the certificate's key and signature meet the certificate rules.", "証明書の鍵と署名は証明書の規則を満たす。", CertRule);
    }
}
