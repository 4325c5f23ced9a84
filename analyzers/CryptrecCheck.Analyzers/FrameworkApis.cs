using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Internal;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The framework types through which .NET applications choose cryptography without calling System.Security.Cryptography
/// themselves: Microsoft.IdentityModel (JWT/JWS/JWE algorithms), ASP.NET Core Data Protection, ASP.NET Core Identity's
/// password hasher and KeyDerivation, XML digital signatures, and the certificate-request signature generator. Resolved once
/// per compilation; a compilation that references none of them costs one look-up per name.
/// </summary>
internal sealed class FrameworkApis
{
    private static readonly ConditionalWeakTable<Compilation, FrameworkApis> Cache = new();

    private const string DpModel = "Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.";

    private FrameworkApis(Compilation c)
    {
        INamedTypeSymbol? T(string name) => c.GetTypeByMetadataName(name);
        SigningCredentials = T("Microsoft.IdentityModel.Tokens.SigningCredentials");
        EncryptingCredentials = T("Microsoft.IdentityModel.Tokens.EncryptingCredentials");
        TokenValidationParameters = T("Microsoft.IdentityModel.Tokens.TokenValidationParameters");
        AuthenticatedEncryptorConfiguration = T(DpModel + "AuthenticatedEncryptorConfiguration");
        ManagedConfiguration = T(DpModel + "ManagedAuthenticatedEncryptorConfiguration");
        CngCbcConfiguration = T(DpModel + "CngCbcAuthenticatedEncryptorConfiguration");
        CngGcmConfiguration = T(DpModel + "CngGcmAuthenticatedEncryptorConfiguration");
        PasswordHasherOptions = T("Microsoft.AspNetCore.Identity.PasswordHasherOptions");
        KeyDerivation = T("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation");
        SignedInfo = T("System.Security.Cryptography.Xml.SignedInfo");
        Reference = T("System.Security.Cryptography.Xml.Reference");
        X509SignatureGenerator = T("System.Security.Cryptography.X509Certificates.X509SignatureGenerator");
        CertificateRequest = T("System.Security.Cryptography.X509Certificates.CertificateRequest");
        RsaSignaturePadding = T("System.Security.Cryptography.RSASignaturePadding");
        HashAlgorithmName = T("System.Security.Cryptography.HashAlgorithmName");
        HasIdentityModel = SigningCredentials != null || EncryptingCredentials != null || TokenValidationParameters != null;
        HasDataProtection = AuthenticatedEncryptorConfiguration != null || ManagedConfiguration != null || CngCbcConfiguration != null || CngGcmConfiguration != null;
        HasIdentity = PasswordHasherOptions != null || KeyDerivation != null;
        HasXml = SignedInfo != null || Reference != null;
        HasCertificates = X509SignatureGenerator != null || CertificateRequest != null;
    }

    public static FrameworkApis Get(Compilation c) => Cache.GetValue(c, x => new FrameworkApis(x));

    public INamedTypeSymbol? SigningCredentials { get; }
    public INamedTypeSymbol? EncryptingCredentials { get; }
    public INamedTypeSymbol? TokenValidationParameters { get; }
    public INamedTypeSymbol? AuthenticatedEncryptorConfiguration { get; }
    public INamedTypeSymbol? ManagedConfiguration { get; }
    public INamedTypeSymbol? CngCbcConfiguration { get; }
    public INamedTypeSymbol? CngGcmConfiguration { get; }
    public INamedTypeSymbol? PasswordHasherOptions { get; }
    public INamedTypeSymbol? KeyDerivation { get; }
    public INamedTypeSymbol? SignedInfo { get; }
    public INamedTypeSymbol? Reference { get; }
    public INamedTypeSymbol? X509SignatureGenerator { get; }
    public INamedTypeSymbol? CertificateRequest { get; }
    public INamedTypeSymbol? RsaSignaturePadding { get; }
    public INamedTypeSymbol? HashAlgorithmName { get; }

    public bool HasIdentityModel { get; }
    public bool HasDataProtection { get; }
    public bool HasIdentity { get; }
    public bool HasXml { get; }
    public bool HasCertificates { get; }

    public bool HasAnything => HasIdentityModel || HasDataProtection || HasIdentity || HasXml || HasCertificates;

    /// <summary>The types whose static methods FrameworkAnalyzer judges (its invocation callback's first check).</summary>
    [MethodImpl(HotPath.Options)]
    public bool OwnsInvoked(INamedTypeSymbol? t) => CryptoApi.Is(t, KeyDerivation) || CryptoApi.Is(t, X509SignatureGenerator);

    /// <summary>The types whose properties FrameworkAnalyzer judges when they are assigned (its assignment callback's first check).</summary>
    [MethodImpl(HotPath.Options)]
    public bool OwnsAssigned(INamedTypeSymbol? t) => CryptoApi.Is(t, TokenValidationParameters) || CryptoApi.Is(t, AuthenticatedEncryptorConfiguration)
        || CryptoApi.Is(t, ManagedConfiguration) || CryptoApi.Is(t, CngCbcConfiguration) || CryptoApi.Is(t, CngGcmConfiguration)
        || CryptoApi.Is(t, PasswordHasherOptions) || CryptoApi.Is(t, SignedInfo) || CryptoApi.Is(t, Reference);
}
