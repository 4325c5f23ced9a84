using System.Linq;
using CryptrecCheck.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// BouncyCastle object graphs: an engine, digest or mode created as the argument of another component (a mode, MAC,
/// signer, encoding, KDF) is judged together with it, once, at the outer creation: new CbcBlockCipher(new DesEngine())
/// is "DES in CBC", new HMac(new Sha1Digest()) is HMAC-SHA1, new BufferedBlockCipher(new AesEngine()) is AES in ECB.
/// </summary>
internal static class BouncyCastle
{
    private static readonly string[] BufferedCiphers = { "BufferedBlockCipher", "PaddedBufferedBlockCipher" };

    public static void Creation(OperationAnalysisContext ctx, CryptoApi api, IObjectCreationOperation oc, INamedTypeSymbol type, params Reporter.Family2[] families)
    {
        // Absorbed into the component it is an argument of, directly or through a local.
        // A buffered cipher only wraps: an engine directly inside it is judged there (no mode, i.e. ECB); a mode inside it
        // is judged by itself.
        if (OperationHelpers.ConsumerOfArgument(oc) is IObjectCreationOperation outer && CryptoApi.IsBouncyCastle(outer.Type as INamedTypeSymbol)
            && (BufferedCiphers.Contains(outer.Type!.Name) ? type.Name.EndsWith("Engine", System.StringComparison.Ordinal) : IsComponentParameter(api, oc)))
        {
            return;
        }
        if (AbsorbedThroughLocal(api, oc)) { return; }
        // Raw use of an asymmetric engine is judged where ProcessBlock is called on it, not where it is created.
        if (type.Name is "RsaEngine" or "RsaBlindedEngine") { return; }

        CryptoAsset? asset;
        if (BufferedCiphers.Contains(type.Name))
        {
            // A block cipher engine directly in a buffered cipher: no mode of operation, i.e. ECB.
            if (oc.Arguments.Length == 0) { return; }
            var inner = OperationHelpers.Origin(oc.Arguments[0].Value);
            if (inner is not IObjectCreationOperation { Type: INamedTypeSymbol engine } || !engine.Name.EndsWith("Engine", System.StringComparison.Ordinal)) { return; }
            var cipher = api.AssetOf(engine);
            if (cipher == null || Algorithms.Get(cipher.Algorithm)?.Kind != AlgorithmKind.BlockCipher) { return; }
            asset = cipher with { Mode = Algorithms.Ecb };
        }
        else
        {
            asset = api.AssetOf(type);
            if (asset == null) { return; }
            // ChaCha20 and Poly1305 assembled into the RFC 8439 AEAD by hand: judged as that construction (listed), not as
            // two parts that are not listed alone.
            if (asset.Algorithm is Algorithms.ChaCha20 or Algorithms.Poly1305 && HandWrittenConstructions.AssemblesChaCha20Poly1305(oc.Syntax, api))
            {
                asset = new CryptoAsset { Algorithm = Algorithms.ChaCha20Poly1305 };
            }
            asset = Combine(api, oc, asset);
            if (asset == null) { return; }
        }

        var family = Reporter.Family(asset.Components?.Count > 0 ? asset.Components[asset.Components.Count - 1] : asset);
        if (asset.Mode != null || asset.Components != null) { family = Reporter.Family2.Cipher; }
        if (asset.Hash != null && family != Reporter.Family2.Kdf && Algorithms.Get(asset.Algorithm)?.Kind is AlgorithmKind.Mac) { family = Reporter.Family2.Hash; }
        if (!families.Contains(family)) { return; }
        Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), asset, oc.Syntax.GetLocation(), OperationHelpers.Shown(oc), kdf: family == Reporter.Family2.Kdf);
    }

    /// <summary>var digest = new Sha1Digest(); … new HMac(digest): the creation is judged with the component it is passed to.</summary>
    private static bool AbsorbedThroughLocal(CryptoApi api, IOperation created)
    {
        var p = created.Parent;
        while (p is IConversionOperation) { p = p.Parent; }
        if (p is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }) { return false; }
        var root = created;
        while (root.Parent != null) { root = root.Parent; }
        foreach (var op in root.Descendants())
        {
            if (op is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol) && IsComponentParameter(api, r)
                && OperationHelpers.ConsumerOfArgument(r) is IObjectCreationOperation consumer && CryptoApi.IsBouncyCastle(consumer.Type as INamedTypeSymbol))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the created object is passed where a component (digest, block cipher, asymmetric cipher) is expected.</summary>
    private static bool IsComponentParameter(CryptoApi api, IOperation created)
    {
        var p = created.Parent;
        while (p is IConversionOperation) { p = p.Parent; }
        if (p is not IArgumentOperation { Parameter: { } param }) { return false; }
        var t = param.Type;
        return CryptoApi.Is(t, api.BcDigest) || CryptoApi.Is(t, api.BcBlockCipher) || CryptoApi.Is(t, api.BcAsymmetricBlockCipher)
            || t.Name is "IBlockCipherMode" or "IAeadBlockCipher" or "IMac" or "IDsa" or "IStreamCipher";
    }

    /// <summary>Folds the component arguments into the asset of the outer creation.</summary>
    private static CryptoAsset? Combine(CryptoApi api, IObjectCreationOperation oc, CryptoAsset asset)
    {
        string? digest = null;
        CryptoAsset? cipher = null;
        var unresolvedDigest = false;
        foreach (var arg in oc.Arguments)
        {
            var t = arg.Parameter?.Type;
            if (CryptoApi.Is(t, api.BcDigest))
            {
                var origin = OperationHelpers.Origin(arg.Value);
                if (origin is IObjectCreationOperation { Type: INamedTypeSymbol d } && api.AssetOf(d) is { } da) { digest = da.Algorithm; }
                else { unresolvedDigest = true; }
            }
            else if (CryptoApi.Is(t, api.BcBlockCipher) || t?.Name is "IBlockCipherMode")
            {
                var origin = OperationHelpers.Origin(arg.Value);
                if (origin is IObjectCreationOperation { Type: INamedTypeSymbol e } && api.AssetOf(e) is { } ea)
                {
                    cipher = ea;
                    if (Algorithms.Get(ea.Algorithm)?.Kind == AlgorithmKind.Mode && origin is IObjectCreationOperation inner && inner.Arguments.Length > 0
                        && OperationHelpers.Origin(inner.Arguments[0].Value) is IObjectCreationOperation { Type: INamedTypeSymbol ie } && api.AssetOf(ie) is { } iea)
                    {
                        cipher = iea with { Mode = ea.Algorithm };
                    }
                }
            }
        }

        var kind = Algorithms.Get(asset.Algorithm)?.Kind;
        switch (kind)
        {
            case AlgorithmKind.Mode:
                // new CbcBlockCipher(new DesEngine()): the cipher in that mode. Without a visible engine: judge the mode alone.
                return cipher != null && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher ? cipher with { Mode = asset.Algorithm } : asset;
            case AlgorithmKind.Mac:
                if (asset.Algorithm == Algorithms.Hmac)
                {
                    return digest != null ? asset with { Hash = digest } : null;
                }
                if (cipher != null && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher)
                {
                    return new CryptoAsset
                    {
                        Algorithm = $"{asset.Algorithm}-{cipher.Algorithm}",
                        Components = new[] { asset with { Role = ComponentRole.MacOrPrf }, cipher with { Mode = null, Role = ComponentRole.Cipher } },
                    };
                }
                return asset;
            case AlgorithmKind.KeyDerivation:
                if (digest != null) { return asset with { Hash = digest }; }
                return unresolvedDigest || oc.Arguments.Length > 0 ? null : asset.Hash != null ? asset : null;
            case AlgorithmKind.Signature:
            case AlgorithmKind.PublicKeyEncryption:
                if (digest != null) { return asset with { Hash = digest }; }
                if (unresolvedDigest) { return asset with { Hash = null }; }
                // OaepEncoding(cipher) with no digest uses SHA-1; Pkcs1Encoding has none.
                return asset;
            default:
                return asset;
        }
    }
}
