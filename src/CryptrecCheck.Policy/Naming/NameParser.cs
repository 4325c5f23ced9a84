using System;
using System.Collections.Generic;
using System.Linq;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// Interprets a token sequence as one asset. The grammar covers what the namespaces spell:
/// cipher[-bits][-mode][-padding] ("AES/ECB/PKCS7PADDING", "aes-128-gcm"), hash "with" signature and signature "with" hash
/// ("SHA1withRSA", "ecdsa-with-SHA256"), MAC over hash or cipher ("HMAC-SHA256", "AESCMAC"), KDF "with" HMAC
/// ("PBKDF2WithHmacSHA256"), public key with size, curve, padding or hash ("RSA-1024", "ECDSA-P256", "RSA/ECB/OAEPWithSHA-256AndMGF1Padding").
/// </summary>
internal static class NameParser
{
    internal sealed class Failure : Exception
    {
        internal Failure(string message) : base(message) { }
    }

    /// <summary>Returns the asset, null when the tokens do not form a name, or throws <see cref="Failure"/> for bad input
    /// such as an absurd key size.</summary>
    internal static CryptoAsset? Parse(List<Token> raw)
    {
        var tokens = raw.Where(t => t.Kind != TokenKind.Ignore).ToList();
        if (tokens.Count == 0) { return null; }

        var with = tokens.FindIndex(t => t.Kind == TokenKind.With);
        if (with >= 0) { return ParseWith(tokens, with); }
        return ParseSimple(tokens);
    }

    private static CryptoAsset? ParseWith(List<Token> tokens, int with)
    {
        var left = tokens.Take(with).ToList();
        var right = tokens.Skip(with + 1).ToList();
        var and = right.FindIndex(t => t.Kind == TokenKind.And);
        var tail = and >= 0 ? right.Skip(and + 1).ToList() : new List<Token>();
        if (and >= 0) { right = right.Take(and).ToList(); }

        // PBE: "PBEWithMD5AndDES", "PBEWithHmacSHA256AndAES_128": a KDF over a hash, then a cipher.
        if (left.Count == 1 && left[0].Kind == TokenKind.Algorithm && Algorithms.Get(left[0].Value)?.Kind == AlgorithmKind.KeyDerivation)
        {
            var hash = right.FirstOrDefault(t => t.Kind == TokenKind.Hash)?.Value;
            if (hash == null || right.Any(t => t.Kind is not (TokenKind.Hash or TokenKind.Mac))) { return null; }
            var kdf = new CryptoAsset { Algorithm = left[0].Value == Algorithms.Pbkdf1 && right.Any(t => t.Kind == TokenKind.Mac) ? Algorithms.Pbkdf2 : left[0].Value, Hash = hash, Usage = AssetUsage.KeyDerivation };
            if (tail.Count == 0) { return kdf; }
            var cipher = ParseSimple(tail);
            if (cipher == null) { return null; }
            return new CryptoAsset { Algorithm = "PBE", Components = new[] { kdf with { Role = ComponentRole.KeyExchange }, cipher with { Role = ComponentRole.Cipher } } };
        }

        // hmacWithSHA256 (PKCS #5 names).
        if (left.Count == 1 && left[0].Kind == TokenKind.Mac && left[0].Value == Algorithms.Hmac && right.Count == 1 && right[0].Kind == TokenKind.Hash && tail.Count == 0)
        {
            return new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = right[0].Value, Usage = AssetUsage.Mac };
        }

        // OAEP with a hash inside a transformation: RSA/ECB/OAEPWithSHA-256AndMGF1Padding.
        var oaepAt = left.FindIndex(t => t.Kind == TokenKind.Padding && t.Value.StartsWith("OAEP", StringComparison.Ordinal));
        if (oaepAt >= 0 && right.Count == 1 && right[0].Kind == TokenKind.Hash)
        {
            if (left.Any(t => t.Kind == TokenKind.Algorithm && t.Value != Algorithms.Rsa)) { return null; }
            var bits = left.FirstOrDefault(t => t.Kind == TokenKind.Number)?.Number;
            return Validated(new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = right[0].Value, KeyBits = bits });
        }

        // Signatures in either order: SHA256withRSA, ecdsa-with-SHA256, dsa_with_SHA256, NONEwithRSA.
        List<Token> hashSide, sigSide;
        if (left.All(t => t.Kind == TokenKind.Hash) && left.Count <= 1) { hashSide = left; sigSide = right; }
        else if (right.Count == 1 && right[0].Kind == TokenKind.Hash) { hashSide = right; sigSide = left; }
        else if (right.Count >= 2 && right[0].Kind == TokenKind.Mac && right[1].Kind == TokenKind.Hash && left.Count == 1 && left[0].Kind == TokenKind.Algorithm)
        {
            // ECDHwithHMAC... style is not a real spelling; reject.
            return null;
        }
        else { return null; }

        var sig = ParseSignature(sigSide.Concat(tail.Where(t => t.Kind == TokenKind.Padding)).ToList());
        if (sig == null) { return null; }
        var hashId = hashSide.FirstOrDefault()?.Value;
        if (sig.Algorithm is Algorithms.Ecdh or Algorithms.Dh)
        {
            // ECDHwithSHA1KDF (BouncyCastle agreement names): the hash feeds the KDF.
            return sig with { Hash = hashId };
        }
        return hashId == null ? sig : sig with { Hash = hashId };
    }

    private static CryptoAsset? ParseSignature(List<Token> t)
    {
        if (t.Count == 0) { return null; }
        string? alg = null;
        string? curve = null;
        int? bits = null;
        var pss = false;
        foreach (var tok in t)
        {
            switch (tok.Kind)
            {
                case TokenKind.Algorithm:
                    if (alg != null) { return null; }
                    alg = tok.Value;
                    curve ??= tok.Template?.Curve;
                    break;
                case TokenKind.Padding:
                    if (tok.Value is "PSS" or "MGF1") { pss = true; }
                    else if (tok.Value is "PKCS1") { }
                    else if (tok.Value is "X931" or "ISO9796") { alg = alg == Algorithms.Rsa || alg == null ? Algorithms.Iso9796_2 : alg; }
                    else { return null; }
                    break;
                case TokenKind.Curve:
                    curve = tok.Value;
                    break;
                case TokenKind.Number:
                    bits = tok.Number;
                    break;
                default:
                    return null;
            }
        }
        if (alg == null && pss) { alg = Algorithms.Rsa; }
        if (alg == null) { return null; }
        alg = alg switch
        {
            Algorithms.Rsa => pss ? Algorithms.RsaPss : Algorithms.RsaSsaPkcs1,
            Algorithms.RsaSsaPkcs1 => pss ? Algorithms.RsaPss : Algorithms.RsaSsaPkcs1,
            Algorithms.EcKey => Algorithms.Ecdsa,
            _ => alg,
        };
        var info = Algorithms.Get(alg);
        if (info == null || info.Kind is not (AlgorithmKind.Signature or AlgorithmKind.KeyAgreement)) { return null; }
        return Validated(new CryptoAsset { Algorithm = alg, Curve = curve, KeyBits = bits, Usage = AssetUsage.Signing });
    }

    private static CryptoAsset? ParseSimple(List<Token> tokens)
    {
        var first = tokens[0];
        switch (first.Kind)
        {
            case TokenKind.Mac:
                return ParseMac(first, tokens.Skip(1).ToList(), null);
            case TokenKind.Padding:
                return ParsePaddingFirst(first, tokens.Skip(1).ToList());
            case TokenKind.Curve:
                if (tokens.Count != 1) { return null; }
                return new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = first.Value };
            case TokenKind.Mode:
                if (tokens.Count != 1) { return null; }
                return new CryptoAsset { Algorithm = first.Value };
            case TokenKind.Hash:
                return ParseHash(first, tokens.Skip(1).ToList());
            case TokenKind.Algorithm:
                return ParseAlgorithm(first, tokens.Skip(1).ToList());
            case TokenKind.Number:
                // "3-key Triple DES" squashes to a word; a leading number otherwise is a key size in a PBE tail: "256BITAES".
                if (tokens.Count >= 2 && tokens[1].Kind == TokenKind.Algorithm)
                {
                    var rest = new List<Token> { tokens[1], first };
                    rest.AddRange(tokens.Skip(2));
                    return ParseAlgorithm(tokens[1], rest.Skip(1).ToList());
                }
                return null;
            default:
                return null;
        }
    }

    private static CryptoAsset? ParseHash(Token hash, List<Token> rest)
    {
        var a = new CryptoAsset { Algorithm = hash.Value };
        if (rest.Count == 0) { return a; }
        if (rest.Count == 1 && rest[0].Kind == TokenKind.Number)
        {
            var n = rest[0].Number;
            if (hash.Value is Algorithms.Shake128 or Algorithms.Shake256 || hash.Value is Algorithms.Blake2b or Algorithms.Blake2s or Algorithms.Blake3)
            {
                if (n < 8 || n > 65536) { throw new Failure($"{n} bits is not a meaningful output length for {hash.Value}"); }
                return a with { OutputBits = n };
            }
            // "SHA2-256", "RIPEMD-160", "SHA-256": the number restates the output size.
            var family = hash.Value switch
            {
                Algorithms.Sha256 => n switch { 224 => Algorithms.Sha224, 256 => Algorithms.Sha256, 384 => Algorithms.Sha384, 512 => Algorithms.Sha512, _ => null },
                Algorithms.Sha3_256 => n switch { 224 => Algorithms.Sha3_224, 256 => Algorithms.Sha3_256, 384 => Algorithms.Sha3_384, 512 => Algorithms.Sha3_512, _ => null },
                Algorithms.Ripemd160 => n switch { 128 => Algorithms.Ripemd128, 160 => Algorithms.Ripemd160, 256 => Algorithms.Ripemd256, 320 => Algorithms.Ripemd320, _ => null },
                Algorithms.Keccak256 => n == 256 ? Algorithms.Keccak256 : null,
                _ => Algorithms.Get(hash.Value)?.OutputBits == n ? hash.Value : null,
            };
            if (family == null) { throw new Failure($"{hash.Value} has no {n}-bit variant"); }
            return new CryptoAsset { Algorithm = family };
        }
        // "SHA256-RSA" (hash then signature) and "SHA1-DSA".
        var sig = ParseSignature(rest);
        if (sig != null) { return sig with { Hash = hash.Value }; }
        return null;
    }

    private static CryptoAsset? ParsePaddingFirst(Token pad, List<Token> rest)
    {
        // "OAEP", "RSA-PSS" (PSS alone), "OaepSHA256", "PKCS1" (encryption padding).
        string alg = pad.Value switch
        {
            "OAEP" or "OAEP-DEFAULT" => Algorithms.RsaOaep,
            "PKCS1" => Algorithms.RsaesPkcs1,
            "PSS" or "MGF1" => Algorithms.RsaPss,
            "ISO9796" or "X931" => Algorithms.Iso9796_2,
            _ => string.Empty,
        };
        if (alg.Length == 0) { return null; }
        var a = new CryptoAsset { Algorithm = alg, Hash = pad.Value == "OAEP-DEFAULT" ? Algorithms.Sha1 : null };
        foreach (var t in rest)
        {
            if (t.Kind == TokenKind.Hash && a.Hash == null || t.Kind == TokenKind.Hash && pad.Value == "OAEP-DEFAULT") { a = a with { Hash = t.Value }; }
            else if (t.Kind == TokenKind.Number && a.KeyBits == null) { a = a with { KeyBits = t.Number }; }
            else { return null; }
        }
        return Validated(a);
    }

    private static CryptoAsset? ParseMac(Token mac, List<Token> rest, CryptoAsset? cipherBefore)
    {
        if (mac.Value == Algorithms.Hmac)
        {
            if (cipherBefore != null) { return null; }
            if (rest.Count == 0) { return new CryptoAsset { Algorithm = Algorithms.Hmac, Usage = AssetUsage.Mac }; }
            if (rest[0].Kind != TokenKind.Hash) { return null; }
            var h = ParseHash(rest[0], rest.Skip(1).Where(t => t.Kind == TokenKind.Number && rest[0].Value is Algorithms.Sha256 or Algorithms.Sha3_256 or Algorithms.Ripemd160).ToList());
            if (h == null || rest.Skip(1).Any(t => t.Kind != TokenKind.Number)) { return null; }
            return new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = h.Algorithm, Usage = AssetUsage.Mac };
        }
        if (mac.Value is Algorithms.Kmac128 or Algorithms.Kmac256 or Algorithms.SipHash)
        {
            if (rest.Count > 1 || rest.Count == 1 && rest[0].Kind != TokenKind.Number || cipherBefore != null) { return null; }
            return new CryptoAsset { Algorithm = mac.Value, OutputBits = rest.Count == 1 ? rest[0].Number : null, Usage = AssetUsage.Mac };
        }
        // Cipher-based MACs (CMAC, GMAC, CBC-MAC, Poly1305): the cipher before or after, and perhaps a size.
        var cipher = cipherBefore;
        int? bits = null;
        foreach (var t in rest)
        {
            if (t.Kind == TokenKind.Algorithm && cipher == null && Algorithms.Get(t.Value)?.Kind == AlgorithmKind.BlockCipher) { cipher = t.Template ?? new CryptoAsset { Algorithm = t.Value }; }
            else if (t.Kind == TokenKind.Number && bits == null) { bits = t.Number; }
            else if (t.Kind == TokenKind.Mode && t.Value == Algorithms.Cfb) { }
            else { return null; }
        }
        var macAsset = new CryptoAsset { Algorithm = mac.Value, Usage = AssetUsage.Mac, Role = ComponentRole.MacOrPrf };
        if (cipher == null) { return macAsset with { Role = ComponentRole.None }; }
        var c = Validated(cipher with { KeyBits = bits ?? cipher.KeyBits, Mode = null, Usage = AssetUsage.Mac, Role = ComponentRole.Cipher });
        return new CryptoAsset { Algorithm = $"{mac.Value}-{cipher.Algorithm}", Usage = AssetUsage.Mac, Components = new[] { macAsset, c } };
    }

    private static CryptoAsset? ParseAlgorithm(Token first, List<Token> rest)
    {
        var a = first.Template ?? new CryptoAsset { Algorithm = first.Value };
        var info = Algorithms.Get(a.Algorithm);
        if (info == null) { return null; }
        for (var i = 0; i < rest.Count; i++)
        {
            var t = rest[i];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    a = ApplyNumber(a, info, t.Number);
                    break;
                case TokenKind.Mode:
                    if (info.Kind == AlgorithmKind.BlockCipher)
                    {
                        if (a.Mode == Algorithms.Gcm && t.Value == Algorithms.Siv) { a = a with { Mode = Algorithms.GcmSiv }; break; }
                        if (a.Mode != null && a.Mode != t.Value)
                        {
                            // "AES-GCM-SIV" squashes to GCM then SIV only when GCMSIV is not matched; treat a second mode as unknown.
                            return null;
                        }
                        a = a with { Mode = t.Value };
                    }
                    else if (info.Family is KeyFamily.Ifc or KeyFamily.Ffc or KeyFamily.Ecc && t.Value == Algorithms.Ecb) { /* RSA/ECB/...: ECB is a no-op there */ }
                    else if (t.Value == Algorithms.Kw || t.Value == Algorithms.Kwp) { return null; }
                    else { return null; }
                    break;
                case TokenKind.Padding:
                    a = ApplyPadding(a, info, t.Value);
                    if (a == null) { return null; }
                    if (t.Value.StartsWith("OAEP", StringComparison.Ordinal) && i + 1 < rest.Count && rest[i + 1].Kind == TokenKind.Hash)
                    {
                        a = a with { Hash = rest[i + 1].Value };
                        i++;
                    }
                    break;
                case TokenKind.Hash:
                    if (info.Family is KeyFamily.Ifc or KeyFamily.Ffc or KeyFamily.Ecc || info.Kind is AlgorithmKind.KeyDerivation)
                    {
                        // "RSA-SHA256" (OpenSSL's name for sha256WithRSAEncryption), "ECDSA-SHA256", "PBKDF2-SHA256".
                        if (a.Hash != null && a.Algorithm != Algorithms.RsaOaep) { return null; }
                        a = a with { Hash = t.Value };
                        if (a.Algorithm == Algorithms.Rsa) { a = a with { Algorithm = Algorithms.RsaSsaPkcs1 }; }
                        if (a.Algorithm == Algorithms.EcKey) { a = a with { Algorithm = Algorithms.Ecdsa }; }
                    }
                    else { return null; }
                    break;
                case TokenKind.Curve:
                    if (info.Family != KeyFamily.Ecc || a.Curve != null && a.Curve != t.Value) { return null; }
                    a = a with { Curve = t.Value };
                    break;
                case TokenKind.Mac:
                    if (info.Kind == AlgorithmKind.BlockCipher && t.Value != Algorithms.Hmac)
                    {
                        return ParseMac(t, rest.Skip(i + 1).ToList(), a);
                    }
                    if (t.Value == Algorithms.Hmac && info.Kind == AlgorithmKind.BlockCipher)
                    {
                        // OpenSSL "aes-128-cbc-hmac-sha256": encrypt-then-MAC stitched cipher.
                        var mac = ParseMac(t, rest.Skip(i + 1).ToList(), null);
                        if (mac == null) { return null; }
                        return new CryptoAsset { Algorithm = $"{a.Describe()}+{mac.Describe()}", Components = new[] { Validated(a) with { Role = ComponentRole.Cipher }, mac with { Role = ComponentRole.MacOrPrf } } };
                    }
                    return null;
                case TokenKind.Algorithm when info.Kind == AlgorithmKind.KeyDerivation:
                    return null;
                default:
                    return null;
            }
        }
        return Validated(a);
    }

    private static CryptoAsset ApplyNumber(CryptoAsset a, AlgorithmInfo info, int n)
    {
        if (a.ParameterSet == "Kyber")
        {
            // Pre-standard CRYSTALS-Kyber is not FIPS 203 ML-KEM: keep the name so that it is not mistaken for a listed set.
            return a with { ParameterSet = $"Kyber{n}" };
        }
        if (info.Id == Algorithms.MlKem || info.Id == Algorithms.MlDsa)
        {
            if (a.ParameterSet != null) { throw new Failure($"two parameter sets given for {info.Id}"); }
            var known = info.Id == Algorithms.MlKem ? new[] { 512, 768, 1024 } : new[] { 44, 65, 87 };
            if (Array.IndexOf(known, n) < 0) { throw new Failure($"{info.Id}-{n} is not a parameter set of {info.Id} (valid: {string.Join(", ", known)})"); }
            return a with { ParameterSet = $"{info.Id}-{n}" };
        }
        if (info.Family == KeyFamily.Ecc && a.Curve == null)
        {
            // "ECDSA-256", "ECDH-384": the NIST prime curve of that size, the usual meaning.
            var curve = n switch { 192 => "P-192", 224 => "P-224", 256 => "P-256", 384 => "P-384", 521 => "P-521", _ => null };
            if (curve != null && info.Id != Algorithms.EdDsa) { return a with { Curve = curve }; }
            if (info.Id == Algorithms.EdDsa && n is 25519 or 448) { return a with { Curve = n == 448 ? "Ed448" : "Ed25519" }; }
            if (info.Id == Algorithms.Ecdh && n is 25519 or 448) { return a with { Curve = n == 448 ? "X448" : "X25519" }; }
        }
        if (a.KeyBits != null)
        {
            // "AES-128-GCM-128"? A second number is a tag or output size only for AEAD modes.
            if (a.Mode is Algorithms.Gcm or Algorithms.Ccm && n is >= 32 and <= 128) { return a with { TagBits = n }; }
            throw new Failure($"two key sizes given for {info.Id}");
        }
        if (info.Id is Algorithms.TripleDes or Algorithms.TripleDes3Key or Algorithms.TripleDes2Key)
        {
            // 3DES-168, TDES-112, DESede-192 (bytes × 8), DESede-128.
            return n switch
            {
                168 or 192 => a with { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168 },
                112 or 128 => a with { Algorithm = Algorithms.TripleDes2Key, KeyBits = 112 },
                _ => throw new Failure($"{n} bits is not a Triple DES keying option (112/128 for 2-key, 168/192 for 3-key)"),
            };
        }
        if (info.Id == Algorithms.Des && n == 64) { return a with { KeyBits = 56 }; }
        return a with { KeyBits = n };
    }

    private static CryptoAsset? ApplyPadding(CryptoAsset a, AlgorithmInfo info, string padding)
    {
        if (info.Family == KeyFamily.Ifc)
        {
            return padding switch
            {
                "OAEP" => a with { Algorithm = Algorithms.RsaOaep },
                "OAEP-DEFAULT" => a with { Algorithm = Algorithms.RsaOaep, Hash = Algorithms.Sha1 },
                "PKCS1" => a with { Algorithm = a.Algorithm == Algorithms.RsaSsaPkcs1 ? Algorithms.RsaSsaPkcs1 : Algorithms.RsaesPkcs1 },
                "PSS" or "MGF1" => a with { Algorithm = Algorithms.RsaPss },
                "None" => a with { Algorithm = Algorithms.RsaRaw },
                "ISO9796" or "X931" => a with { Algorithm = Algorithms.Iso9796_2 },
                _ => null,
            };
        }
        if (info.Kind == AlgorithmKind.BlockCipher && padding is "PKCS7" or "None" or "Zeros" or "ISO10126" or "ANSIX923" or "ISO7816-4" or "TBC")
        {
            return a with { Padding = padding };
        }
        if (info.Kind is AlgorithmKind.StreamCipher or AlgorithmKind.AuthenticatedCipher && padding == "None") { return a; }
        return null;
    }

    /// <summary>Rejects key sizes that the algorithm cannot have.</summary>
    internal static CryptoAsset Validated(CryptoAsset a)
    {
        if (a.KeyBits is int k)
        {
            var info = Algorithms.Get(a.Algorithm);
            var error = info?.ValidateKeyBits(k);
            if (error != null) { throw new Failure(error); }
        }
        if (a.Curve != null && Curves.Find(a.Curve) is { } c)
        {
            if (a.KeyBits is int kb && kb != c.FieldBits) { throw new Failure($"{kb}-bit key given for the curve {c.Name} ({c.FieldBits} bits)"); }
        }
        return a;
    }
}
