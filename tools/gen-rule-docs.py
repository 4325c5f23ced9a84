#!/usr/bin/env python3
"""Writes docs/rules/CRYxxxx.md (one skeleton per rule) and the rules table of README.md from the content below.
Titles are read from analyzers/CryptrecCheck.Analyzers/Resources*.resx so docs and diagnostics cannot drift.
Usage: tools/gen-rule-docs.py [--verify]"""
import os, re, sys, xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def resx(name):
    t = ET.parse(os.path.join(ROOT, "analyzers", "CryptrecCheck.Analyzers", name))
    return {d.get("name"): d.find("value").text for d in t.getroot().findall("data")}
EN, JA = resx("Resources.resx"), resx("Resources.ja.resx")

RULES = {
 "CRY0001": dict(basis="Not a CRYPTREC rule and not a finding: the inventory. Every use the analyzers find is judged by the same catalogue and evaluator as the rules (status, reason, citation) and recorded, compliant or not. The properties of the diagnostic are a contract for tools that run the analyzers in-process (`cryptrec-check code`): `asset`, `algorithm`, `keyBits`, `curve`, `mode`, `hash`, `parameterSet`, `outputBits`, `nonceBits`, `tlsCode`, `status` (`recommended`, `recommended-pqc`, `candidate`, `monitored`, `not-listed`), `citation`, `derived` (`true` when the verdict rests on this project's reading), `reason` (the code of the deciding reason), `tlsAllowed` (TLS settings, under the configured guideline type) and `source` (the code as written).",
   bad="// Recorded with status not-listed, and reported as CRY1001:\nusing var md5 = MD5.Create();",
   good="// Recorded with status recommended; nothing is shown:\nvar h = SHA256.HashData(data);\nusing var gcm = new AesGcm(key, 16);",
   fix="Nothing to fix: the record is information. It is hidden (severity Hidden), so the IDE and the build show nothing; the strict preset leaves it out. A key size or RSA padding with no value anywhere in the compilation is recorded as the algorithm alone, its `source` ending in \"= ? (no value found in this compilation / …)\"; no rule judges it. Command-line builds do not produce the record at all (the package sets the MSBuild property `CryptrecCheckInventory=false`: a hidden diagnostic is neither shown nor logged by a build, and producing one per use was most of the package's build time); `cryptrec-check code` turns it on for its own run. Set `CryptrecCheckInventory=true` in the project, or `cryptrec_check.inventory = true` in `.editorconfig`, to produce it for another tool.",
   fixja="修正は不要（記録は情報）。重大度は Hidden のため IDE とビルドには表示されず、strict モードの対象外。鍵長や RSA パディングの値がコンパイル内のどこにも見つからない場合は、アルゴリズムのみを記録し `source` の末尾に「= ? (no value found in this compilation / このコンパイル内に値が見つからない)」と記す（規則では判定しない）。コマンドラインのビルドではこの記録自体を生成しない（パッケージが MSBuild プロパティ `CryptrecCheckInventory=false` を設定する。Hidden の診断はビルドでは表示も記録もされず、利用ごとに生成するとパッケージのビルド時間の大半を占めていた）。`cryptrec-check code` は自身の実行では有効にする。他のツールのために生成するには、プロジェクトで `CryptrecCheckInventory=true`、又は `.editorconfig` で `cryptrec_check.inventory = true` とする。",
   opts="all options apply to the status recorded (edition, as-of, operation end year, TLS guideline type, accepted curves)",
   suppress="Builds already skip it (above). Elsewhere (the IDE, a tool running the analyzers), `cryptrec_check.inventory = false` in `.editorconfig` stops producing it, and `dotnet_diagnostic.CRY0001.severity = none` hides it. The findings (CRY1xxx–CRY5xxx) are not affected.",
   suppressja="ビルドでは既に生成しない（上記）。それ以外（IDE、アナライザーを実行するツール）では `.editorconfig` の `cryptrec_check.inventory = false` で生成を止め、`dotnet_diagnostic.CRY0001.severity = none` で非表示にできる。指摘（CRY1xxx〜CRY5xxx）には影響しない。"),
 "CRY1001": dict(basis="LS-0001-2022R2: the hash functions on the list are SHA-256/384/512, SHA-512/256, SHA3-256/384/512 and SHAKE128/256 (表１); RIPEMD-160 and SHA-1 are monitored. MD5, MD4, SHA-224, SHA-512/224, SHA3-224, Keccak, BLAKE and others are on no list (derived, policy basis D2). MACs: CMAC and HMAC are listed, PC-MAC-AES is a candidate, CBC-MAC monitored; KMAC, GMAC, Poly1305 alone and SipHash are not listed. A construction over an unlisted hash (HMAC-MD5) is judged by that hash (脚注2/5/7; policy basis D3).",
   bad="using var md5 = MD5.Create();\nvar tag = HMACMD5.HashData(key, data);\nvar d = DigestUtilities.GetDigest(\"MD5\");",
   good="using var sha = SHA256.Create();\nvar tag = HMACSHA256.HashData(key, data);\nvar d = DigestUtilities.GetDigest(\"SHA-256\");",
   fix="The code fix replaces MD5/SHA-1 types and one-shots with SHA-256 (HMAC types with HMACSHA256) and HashAlgorithmName.MD5 with SHA256. Hash values change: data hashed before must be re-hashed, or kept verifiable behind a versioned format.",
   fixja="コード修正は MD5/SHA-1 の型と一括計算を SHA-256 に（HMAC の型は HMACSHA256 に）、HashAlgorithmName.MD5 を SHA256 に置き換える。ハッシュ値が変わるため、既存データは再計算するか、版付きの形式で検証可能に保つこと。",
   opts="cryptrec_check.edition, cryptrec_check.as_of"),
 "CRY1002": dict(basis="LS-0001-2022R2, 運用監視暗号リスト, ハッシュ関数: RIPEMD-160 and SHA-1. Monitored techniques may be used only to keep compatibility with systems in operation. HMAC-SHA1 and signatures over SHA-1 are judged by the hash (derived, policy basis D3).",
   bad="var h = SHA1.HashData(data);\nrsa.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pss);",
   good="var h = SHA256.HashData(data);\nrsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);",
   fix="Same code fixes as CRY1001. Where SHA-1 is needed to interoperate with a system in operation, keep it and suppress with a justification; set cryptrec_check.report_monitored = false to stop reporting monitored techniques everywhere.",
   fixja="CRY1001 と同じコード修正がある。運用中のシステムとの相互運用のために SHA-1 が必要な場合は残し、理由を付けて抑止する。cryptrec_check.report_monitored = false で運用監視の技術をすべて報告しないようにできる。",
   opts="cryptrec_check.report_monitored"),
 "CRY1003": dict(basis="LS-0001-2022R2, 推奨候補暗号リスト, メッセージ認証コード: PC-MAC-AES.", bad="var mac = CryptoConfig.CreateFromName(\"PC-MAC-AES\");", good="var mac = CMac over AES, or HMACSHA256", fix="Use CMAC-AES or HMAC-SHA256 when procurement requires the e-Government Recommended list.", fixja="電子政府推奨暗号リストが求められる場合は CMAC-AES 又は HMAC-SHA256 を用いる。", opts="cryptrec_check.report_candidate"),
 "CRY2001": dict(basis="LS-0001-2022R2 lists AES and Camellia (128-bit block ciphers) and KCipher-2 (stream cipher) in 表１, ChaCha20-Poly1305 as authenticated encryption; 3-key Triple DES is monitored. DES, 2-key Triple DES, RC2, RC4 (dropped from the list in 2023), Blowfish, IDEA, SEED, ARIA, SM4, Salsa20 and ChaCha20 without Poly1305 are on no list; Rijndael with a 192- or 256-bit block is not AES (FIPS 197).",
   bad="using var des = DES.Create();\nvar engine = new RC4Engine();\ntdes.Key = new byte[16]; // 2-key Triple DES",
   good="using var aes = Aes.Create();\nusing var gcm = new AesGcm(key, 16);",
   fix="No automatic fix: the data format changes. Migrate to AES-GCM (or AES-CBC/CTR with HMAC): decrypt existing data with the old cipher once, re-encrypt with AES, and record the algorithm in the stored format.",
   fixja="自動修正はない（データ形式が変わる）。AES-GCM（又は AES-CBC/CTR と HMAC）へ移行する。既存データは旧暗号で一度復号して AES で再暗号化し、保存形式にアルゴリズムを記録する。",
   opts="cryptrec_check.edition"),
 "CRY2002": dict(basis="LS-0001-2022R2, 運用監視暗号リスト, 64ビットブロック暗号: 3-key Triple DES (注14: at most 2^20 blocks with one key; 注15). It was on the e-Government list of 2013 and moved to monitored in 2023.", bad="using var t = TripleDES.Create();\nvar c = CipherUtilities.GetCipher(\"DESede/CBC/PKCS5Padding\");", good="using var aes = Aes.Create();", fix="No automatic fix. Re-encrypt data at rest with AES; for protocols, negotiate AES suites. Until then keep within 2^20 blocks per key.", fixja="自動修正はない。保存データは AES で再暗号化し、プロトコルは AES のスイートに移行する。移行までは同一鍵で 2^20 ブロック以内に抑える。", opts="cryptrec_check.report_monitored"),
 "CRY2003": dict(basis="LS-0001-2022R2 lists the encryption modes CBC, CFB, CTR, OFB and XTS (storage only) and the authenticated modes CCM and GCM (表１). ECB, CTS, EAX, OCB, SIV, key wrap, and a block cipher used without a mode are not listed (derived, policy basis D2). BouncyCastle's CipherUtilities.GetCipher(\"AES\") without a mode is ECB.",
   bad="aes.Mode = CipherMode.ECB;\nvar ct = aes.EncryptEcb(data, PaddingMode.PKCS7);\nvar c = new PaddedBufferedBlockCipher(new AesEngine());",
   good="using var gcm = new AesGcm(key, 16);\nvar ct = aes.EncryptCbc(data, iv);",
   fix="No automatic fix: ECB ciphertext cannot be read in another mode. Move to GCM (or CBC/CTR with HMAC/CMAC) with a fresh IV per message, and migrate stored data.",
   fixja="自動修正はない（ECB の暗号文は他のモードでは読めない）。メッセージごとに新しい IV を用いる GCM（又は CBC/CTR と HMAC/CMAC）へ移行し、保存データを移行する。",
   opts="none"),
 "CRY2004": dict(basis="Footnotes of LS-0001-2022R2: 注7 (GCM: a 96-bit IV is recommended), 注5 (XTS only for storage encryption with a listed 128-bit block cipher), 注3/注10/注14 (64-bit block ciphers: 2^20 blocks per key).", bad="gcm.Encrypt(new byte[16], plaintext, ciphertext, tag); // 128-bit nonce", good="gcm.Encrypt(new byte[12], plaintext, ciphertext, tag);", fix="Use a 12-byte (96-bit) nonce for AES-GCM.", fixja="AES-GCM には 12 バイト（96 ビット）のナンスを用いる。", opts="none"),
 "CRY2005": dict(basis="LS-0001-2022R2, 推奨候補暗号リスト: CIPHERUNICORN-E, Hierocrypt-L1, MISTY1 (64-bit), CIPHERUNICORN-A, CLEFIA, Hierocrypt-3 (128-bit), Enocoro-128v2, MUGI, MULTI-S01 (stream).", bad="var c = CryptoConfig.CreateFromName(\"CLEFIA\");", good="using var aes = Aes.Create();", fix="Use AES or Camellia when procurement requires the e-Government Recommended list.", fixja="電子政府推奨暗号リストが求められる場合は AES 又は Camellia を用いる。", opts="cryptrec_check.report_candidate"),
 "CRY3001": dict(basis="LS-0001-2022R2: a key length that does not meet LS-0003 means the technique is not considered to be in use. The strength-by-period table of LS-0003 (policy basis D4, secondary) and NIST SP 800-57 key sizes (policy basis D4, unverified) give: below 112-bit strength (RSA/DSA/DH < 2048, ECC < 224) not usable; 112-bit (RSA-2048, 3-key TDES) only for systems whose operation ends by 2030 (移行完遂期間); 128-bit usable to 2040. This rule is derived; the operation end year is an option.",
   bad="using var rsa = RSA.Create(1024);\nusing var csp = new RSACryptoServiceProvider(); // 1024-bit default\nvar p = new RsaKeyGenerationParameters(e, random, 1024, 100);",
   good="using var rsa = RSA.Create(3072);",
   fix="The code fix replaces a literal key size with a size the policy accepts under the file's options: 3072 and, while the operation end year allows it (to 2030), 2048; past 2050 the smallest 192-bit size (7680). Existing keys and certificates must be re-issued.",
   fixja="コード修正はリテラルの鍵長を、そのファイルの設定で判定が通る鍵長に置き換える: 3072、運用終了年が許す間（2030 年まで）は 2048 も。2050 年より後は 192 ビット強度の最小の鍵長（7680）。既存の鍵と証明書は再発行が必要。",
   opts="cryptrec_check.operation_end_year, cryptrec_check.as_of"),
 "CRY3002": dict(basis="LS-0001-2022R2, 運用監視暗号リスト, 守秘: RSAES-PKCS1-v1_5 (注13: tolerated for its use in TLS 1.0–1.2). RSA-OAEP is on 表１; with SHA-1 it uses a monitored hash.", bad="rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1);\ncsp.Encrypt(data, fOAEP: false);\nvar enc = new Pkcs1Encoding(new RsaEngine());", good="rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);", fix="The code fix replaces RSAEncryptionPadding.Pkcs1 and OaepSHA1 with OaepSHA256. Both sides of the exchange must change together.", fixja="コード修正は RSAEncryptionPadding.Pkcs1 と OaepSHA1 を OaepSHA256 に置き換える。送受信の双方を同時に変更すること。", opts="cryptrec_check.report_monitored"),
 "CRY3003": dict(basis="The list names no curves; ECDSA and ECDH refer to SEC 1, ANSI X9.142, NIST SP 800-56A and FIPS 186-5. CryptrecCheck's derived decision (policy basis D6): P-256, P-384, P-521 are accepted, Ed25519/Ed448 for EdDSA, X25519/X448 as ECDH; other curves (secp256k1, brainpool, binary curves, P-224) are reported.", bad="using var ec = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1);\nvar k1 = ECCurve.CreateFromFriendlyName(\"secp256k1\");", good="using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);", fix="The code fix replaces the curve with ECCurve.NamedCurves.nistP256 (fully qualified where the file has no using of System.Security.Cryptography). To accept a curve your procurement allows, set cryptrec_check.accepted_curves.", fixja="コード修正は曲線を ECCurve.NamedCurves.nistP256 に置き換える。調達で認められた曲線は cryptrec_check.accepted_curves で許容できる。", opts="cryptrec_check.accepted_curves"),
 "CRY3004": dict(basis="LS-0001-2022R2 lists DSA, ECDSA, EdDSA, RSA-PSS, RSASSA-PKCS1-v1_5 (signature), RSA-OAEP (confidentiality), DH, ECDH (key exchange), and on Table 2 ML-KEM-768/1024. Raw RSA, ElGamal, ECIES, SM2, GOST, ML-KEM-512 and every PQC signature (ML-DSA, SLH-DSA) are not listed (Table 2 has no signature yet).", bad="using var k = MLKem.GenerateKey(MLKemAlgorithm.MLKem512);\nusing var s = MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65);\nengine.ProcessBlock(data, 0, data.Length); // RsaEngine without padding", good="using var k = MLKem.GenerateKey(MLKemAlgorithm.MLKem768);", fix="Use ML-KEM-768 or ML-KEM-1024 for post-quantum key exchange; keep ECDSA/EdDSA/RSA-PSS for signatures until a PQC signature is listed; always use OAEP or PSS with RSA.", fixja="耐量子の鍵共有には ML-KEM-768 又は ML-KEM-1024 を用いる。PQC 署名が掲載されるまで署名は ECDSA/EdDSA/RSA-PSS を用いる。RSA には必ず OAEP 又は PSS を用いる。", opts="cryptrec_check.as_of (Table 2 is in force from 2026-03-30)"),
 "CRY4001": dict(basis="CRYPTREC GL-3001 v3 (secondary sources; policy basis D7): SSL 3.0 prohibited, TLS 1.0/1.1 only in セキュリティ例外型 as an interim measure; the product's derived profiles (policy basis D7) allow TLS 1.2 and 1.3 in every type. SslProtocols.None / SecurityProtocolType.SystemDefault leave the choice to the operating system and are compliant.", bad="h.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\nServicePointManager.SecurityProtocol = SecurityProtocolType.Ssl3;", good="h.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;\nh.SslProtocols = SslProtocols.None;", fix="Two code fixes: SslProtocols.None (let the OS choose; recommended) or Tls12 | Tls13.", fixja="コード修正は二つ: SslProtocols.None（OS に選択させる。推奨）又は Tls12 | Tls13。", opts="cryptrec_check.tls_type"),
 "CRY4002": dict(basis="Cipher suites are judged per component against the list and against the configured GL-3001 type's derived profile (policy basis D8): 高セキュリティ型 = ECDHE/DHE + AEAD; 推奨セキュリティ型 adds RSA key transport and CBC with HMAC-SHA1/SHA-256/SHA-384; セキュリティ例外型 adds 3-key TDES. RC4, DES, NULL, export, anonymous, PSK, ARIA, SEED and MD5 MACs are prohibited everywhere.", bad="new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_RSA_WITH_3DES_EDE_CBC_SHA });", good="new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_AES_256_GCM_SHA384, TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 });", fix="Remove the suite from the policy; `cryptrec-check explain <suite> --tls-type <type>` shows why.", fixja="ポリシーから当該スイートを除く。理由は `cryptrec-check explain <suite> --tls-type <type>` で確認できる。", opts="cryptrec_check.tls_type"),
 "CRY5001": dict(basis="KDFs and password hashing are not list categories (policy basis D2); CryptrecCheck judges them by the HMAC or hash they use (policy basis D3). PBKDF2 over MD5 uses a hash that is on no list.", bad="Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.MD5, 32);", good="Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);", fix="The code fix replaces the HashAlgorithmName with SHA256. Derived keys and stored password hashes change: rehash at the next sign-in.", fixja="コード修正は HashAlgorithmName を SHA256 に置き換える。導出鍵と保存済みパスワードハッシュが変わるため、次回ログイン時に再計算すること。", opts="none"),
 "CRY5002": dict(basis="PBKDF2 or HKDF over SHA-1 uses a hash on the 運用監視暗号リスト. Rfc2898DeriveBytes constructors without a HashAlgorithmName use SHA-1.", bad="using var kdf = new Rfc2898DeriveBytes(password, salt, 100_000);", good="using var kdf = new Rfc2898DeriveBytes(password, salt, 600_000, HashAlgorithmName.SHA256);", fix="Pass HashAlgorithmName.SHA256 (code fix where the SHA-1 name is explicit).", fixja="HashAlgorithmName.SHA256 を渡す（SHA-1 を明示している場合はコード修正がある）。", opts="cryptrec_check.report_monitored"),
 "CRY6001": dict(basis="Not a rule of its own: the name is judged by the same catalogue and evaluator as the API rules, and this rule says only that an identifier the catalogue reads EXACTLY as a registry name (OpenSSH names of RFC 4253/4344/5656/6668/8268/8332/8709/8731 and OpenSSH's PROTOCOL files; JOSE/JWA names of RFC 7518/8037/8812; XML-DSig and XML-Enc URIs; IANA TLS cipher suite names) stands in the code as a string literal and draws a finding (monitored, candidate, not listed, or a TLS suite the configured guideline type does not allow). The tolerant algorithm-name parser is not used here, so \"md5\", \"sha256\" or \"aes\" in ordinary text are never read as algorithms. Literals handed straight to .NET cryptography, BouncyCastle, Microsoft.IdentityModel or ASP.NET Core are left to the analyzers of those APIs. Two JOSE names are English words: \"none\" and \"dir\" count only in an algorithm context, defined as: assigned to, initialising, passed as or compared with a field, property, local, parameter or method whose name contains `alg` (alg, Algorithm, SigningAlg); the value of an `\"alg\"` key (header[\"alg\"] = \"none\", { \"alg\", \"none\" }); a case of a switch or an `is` pattern over such a name. \"dir\" (direct use of a shared key) is recorded but never reported: the \"enc\" algorithm beside it is what is judged.",
   bad="public static readonly string[] Ciphers = { \"aes128-ctr\", \"3des-cbc\", \"arcfour\" }; // 3des-cbc, arcfour\nheader[\"alg\"] = \"none\";\nconst string KeyTransport = \"RSA1_5\";",
   good="public static readonly string[] Ciphers = { \"aes128-ctr\", \"aes256-gcm@openssh.com\", \"chacha20-poly1305@openssh.com\" };\nheader[\"alg\"] = \"RS256\";\nconst string KeyTransport = \"RSA-OAEP-256\";",
   fix="Remove the name from what the code offers or accepts, or keep it where it only recognises a peer's choice (then suppress with a reason). No automatic fix: which name replaces it is a protocol decision.",
   fixja="コードが提示・受理する名前から除く。相手の選択を識別するだけの箇所では残し、理由を付けて抑止する。置き換える名前はプロトコル上の判断であるため自動修正はない。",
   opts="`dotnet_diagnostic.CRY6001.severity` (hidden by default; `warning` shows it, `none` turns it off; the inventory keeps the names either way), cryptrec_check.report_monitored, cryptrec_check.report_candidate, cryptrec_check.tls_type",
   suppress="It is hidden by default. Where it is shown (`dotnet_diagnostic.CRY6001.severity = warning`, or `CryptrecCheckMode=strict`), suppress a justified use with `#pragma warning disable CRY6001 // recognises the peer's choice only`, or set `dotnet_diagnostic.CRY6001.severity = none` in `.editorconfig` (an `.editorconfig` section overrides the strict preset). The inventory (CRY0001) keeps the names either way.",
   suppressja="既定では Hidden。表示される場合（`dotnet_diagnostic.CRY6001.severity = warning` 又は `CryptrecCheckMode=strict`）、正当な使用は `#pragma warning disable CRY6001 // 相手の選択の識別のみ` で抑止するか、`.editorconfig` で `dotnet_diagnostic.CRY6001.severity = none` とする（`.editorconfig` のセクションは strict の設定より優先される）。いずれの場合もインベントリ（CRY0001）には記録される。"),
 "CRY9001": dict(basis="Not a CRYPTREC rule: CryptrecCheck's own configuration. A bad value is never silent; the default applies. The policy file of the CLI's `--policy` (schemas/policy.schema.json) also steers the analyzer when the project gives it as an AdditionalFile named `cryptrec-check.json` or `*.cryptrec.json`, or named by `cryptrec_check.policy_file` (its name or the end of its path): `<ItemGroup><AdditionalFiles Include=\"cryptrec-check.json\" /></ItemGroup>`. Precedence, the same in the CLI: `.editorconfig` keys over the policy file over the defaults. A policy file that is not valid JSON, breaks the schema, is missing or ambiguous is CRY9001 at the problem's line and column in the file, and none of it applies.", bad="# .editorconfig\ncryptrec_check.tls_type = medium\n\n// cryptrec-check.json (AdditionalFile): CRY9001 at 3:14, unknown edition \"2099\"\n{\n  \"schemaVersion\": 1,\n  \"edition\": \"2099\"\n}", good="# .editorconfig\ncryptrec_check.tls_type = recommended\n\n// cryptrec-check.json (AdditionalFile)\n{\n  \"schemaVersion\": 1,\n  \"edition\": \"2022r2\"\n}", fix="Correct the value; the message lists the accepted values. For the policy file the message names file, line and column, and the diagnostic is placed there.", fixja="値を修正する。受け付ける値はメッセージに示される。ポリシーファイル（AdditionalFile として与えた cryptrec-check.json 又は *.cryptrec.json、若しくは cryptrec_check.policy_file で指定したもの）の場合、メッセージはファイル・行・列を示し、診断はその位置に付く。不正なポリシーファイルは全体が適用されない。優先順位は CLI と同じく .editorconfig ＞ ポリシーファイル ＞ 既定値。", opts="all cryptrec_check.* keys (also `cryptrec_check.policy_file`, which names the policy file among the AdditionalFiles), the policy file and the CryptrecCheckMode property"),
}

OPTIONS_DOC = """| Key | Values | Default |
|---|---|---|
| `cryptrec_check.edition` | `2022r2`, `2012r8` | `2022r2` |
| `cryptrec_check.as_of` | `yyyy-MM-dd` | this version's release date (2026-11-28) |
| `cryptrec_check.operation_end_year` | 1990–2200 | the as-of year |
| `cryptrec_check.tls_type` | `high`, `recommended`, `exception` | `recommended` |
| `cryptrec_check.report_monitored` | `true`, `false` | `true` |
| `cryptrec_check.report_candidate` | `true`, `false` | `true` |
| `cryptrec_check.accepted_curves` | curve names, comma-separated | none |
| `cryptrec_check.language` | `en`, `ja` | the IDE's UI language |
| MSBuild `CryptrecCheckMode` | `default`, `strict` (every rule an error) | `default` |"""

SUPPRESS = """Only where the use is justified (e.g. compatibility with a system in operation), and say why:

```csharp
#pragma warning disable {id_} // interoperability with <system>, until <date>
```

or in `.editorconfig`: `dotnet_diagnostic.{id_}.severity = none`."""

SUPPRESS_JA = "正当な理由（運用中システムとの互換性など）がある場合に限り、理由を記して `#pragma warning disable {id_}` 又は `.editorconfig` の `dotnet_diagnostic.{id_}.severity = none` を用いる。"

def doc(id_):
    r = RULES[id_]
    t, tj = EN[id_ + "Title"], JA[id_ + "Title"]
    return f"""# {id_}: {t}

{tj}

| | |
|---|---|
| Category | {"Inventory (not a finding)" if id_[3]=="0" else "Hash and MAC" if id_[3]=="1" else "Symmetric ciphers and modes" if id_[3]=="2" else "Public key and key size" if id_[3]=="3" else "TLS settings" if id_[3]=="4" else "Key derivation and RNG" if id_[3]=="5" else "Algorithm identifiers in protocol code" if id_[3]=="6" else "Configuration"} |
| Default severity | {"Hidden (never shown; not part of `CryptrecCheckMode=strict`)" if id_ == "CRY0001" else "Hidden (raise it with `dotnet_diagnostic.CRY6001.severity = warning`; error with `CryptrecCheckMode=strict`)" if id_ == "CRY6001" else ("Info" if id_ in ("CRY1003","CRY2005") else "Warning") + " (error with `CryptrecCheckMode=strict`)"} |

## Cause

{EN[id_ + "Description"]}

## CRYPTREC basis

{r["basis"]}

## Noncompliant

```csharp
{r["bad"]}
```

## Compliant

```csharp
{r["good"]}
```

## How to fix

{r["fix"]}

## How to suppress

{r.get("suppress") or SUPPRESS.format(id_=id_)}

## Options

Relevant: {r["opts"]}. All options:

{OPTIONS_DOC}

## 日本語

**原因**: {JA[id_ + "Description"]}

**修正方法**: {r["fixja"]}

**抑止**: {r.get("suppressja") or SUPPRESS_JA.format(id_=id_)}
"""

def table():
    rows = ["| Rule | Title | タイトル |", "|---|---|---|"]
    for id_ in RULES:
        rows.append(f"| [{id_}](docs/rules/{id_}.md) | {EN[id_ + 'Title']} | {JA[id_ + 'Title']} |")
    return "\n".join(rows)

verify = "--verify" in sys.argv
stale = []
for id_ in RULES:
    path = os.path.join(ROOT, "docs", "rules", id_ + ".md")
    text = doc(id_)
    if verify:
        if not os.path.exists(path) or open(path).read() != text: stale.append(path)
    else:
        open(path, "w").write(text)
readme = os.path.join(ROOT, "README.md")
s = open(readme).read()
start, end = "<!-- RULES:START -->", "<!-- RULES:END -->"
block = f"{start}\n{table()}\n{end}"
new = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: block, s, flags=re.S) if start in s else s
if verify:
    if new != s: stale.append(readme)
    if stale:
        print("out of date:", *stale, sep="\n  "); sys.exit(1)
    print("rule docs up to date")
else:
    open(readme, "w").write(new)
    print(f"wrote {len(RULES)} rule docs")
