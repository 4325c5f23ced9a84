using System.Reflection;
using CryptrecCheck.Policy.Naming;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>The analyzers map a library type to an asset by its simple name through <see cref="NameResolver.ResolveTypeName"/>,
/// which skips the pasted-form passes of the full resolver: for every public type of the libraries the analyzers read,
/// both give the same asset.</summary>
public class TypeNameResolutionTests
{
    public static IEnumerable<object[]> Libraries() => new[]
    {
        typeof(System.Security.Cryptography.Aes).Assembly,
        typeof(System.Security.Cryptography.X509Certificates.X509Certificate2).Assembly,
        typeof(System.Security.Cryptography.Xml.SignedXml).Assembly,
        typeof(Org.BouncyCastle.Crypto.IDigest).Assembly,
        typeof(Microsoft.IdentityModel.Tokens.SecurityAlgorithms).Assembly,
        typeof(Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation).Assembly,
        typeof(Microsoft.AspNetCore.DataProtection.IDataProtector).Assembly,
        typeof(Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.EncryptionAlgorithm).Assembly,
        typeof(System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler).Assembly,
    }.Distinct().Select(a => new object[] { a.GetName().Name! });

    [Theory]
    [MemberData(nameof(Libraries))]
    public void EveryPublicTypeName_ResolvesAsTheFullResolverDoes(string assemblyName)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == assemblyName);
        var names = assembly.GetExportedTypes().Select(t => t.Name.Split('`')[0]).Distinct().ToList();
        Assert.True(names.Count >= 2, $"{assemblyName}: {names.Count} types");
        var assets = 0;
        foreach (var n in names)
        {
            var full = NameResolver.Resolve(n).Resolved?.Asset;
            Assert.True(Equals(full, NameResolver.ResolveTypeName(n)), $"{assemblyName}: {n}: {full} vs {NameResolver.ResolveTypeName(n)}");
            if (full != null) { assets++; }
        }
        // Not vacuous where the library holds algorithm classes (BouncyCastle: hundreds; .NET: SHA256, Aes, …).
        if (assemblyName is "BouncyCastle.Cryptography" or "System.Security.Cryptography") { Assert.True(assets > 20, $"{assemblyName}: {assets} assets"); }
    }

    [Theory]
    [InlineData("SHA256")]
    [InlineData("HMACSHA1")]
    [InlineData("DesEdeEngine")]
    [InlineData("Rfc2898DeriveBytes")]
    public void KnownTypeNames_HaveAssets(string name) => Assert.NotNull(NameResolver.ResolveTypeName(name));

    [Theory]
    [InlineData("HS256")]
    [InlineData("A128KW")]
    public void JoseNames_AreNotTypeNames(string name)
    {
        // The scope of the shortcut: the full resolver knows JOSE names, the type-name resolver does not look them up.
        Assert.NotNull(NameResolver.Resolve(name).Resolved);
        Assert.Null(NameResolver.ResolveTypeName(name));
    }

    [Theory]
    [InlineData("aes128_ctr")]
    [InlineData("ＳＨＡ２５６")] // not ASCII: the full resolver
    [InlineData("")]
    public void OtherIdentifiers_MatchTheFullResolver(string name) =>
        Assert.Equal(NameResolver.Resolve(name).Resolved?.Asset, NameResolver.ResolveTypeName(name));
}
