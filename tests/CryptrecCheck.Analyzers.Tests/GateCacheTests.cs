using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The namespace gates are answered from a per-compilation cache (<c>CryptoApi.Gate</c>): it must give the answer of the
/// uncached gates for every type, on the first question and on every later one, also when many types share a slot.
/// </summary>
public class GateCacheTests
{
    [Fact]
    public void CachedGates_AgreeWithTheNamespaceWalk_ForEveryTypeOfTheReferences_AskedTwice()
    {
        var bc = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);
        var source = "namespace App.Security.Cryptography { public class Local { } } namespace Org.BouncyCastle { public class Mine { } }";
        var compilation = CSharpCompilation.Create("gates", new[] { CSharpSyntaxTree.ParseText(source) }, Verify.FrameworkReferences.Add(bc),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var api = CryptoApi.Get(compilation);
        var types = new List<INamedTypeSymbol>();
        void Collect(INamespaceSymbol ns)
        {
            foreach (var t in ns.GetTypeMembers()) { types.Add(t); }
            foreach (var child in ns.GetNamespaceMembers()) { Collect(child); }
        }
        Collect(compilation.GlobalNamespace);
        // Far more types than cache slots: entries are overwritten and asked again.
        Assert.True(types.Count > 4 * 1024, $"{types.Count} types");
        var dotnet = 0;
        var bouncy = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var t in types)
            {
                Assert.Equal(CryptoApi.IsDotNetCrypto(t), api.IsDotNetCryptoCached(t));
                Assert.Equal(CryptoApi.IsBouncyCastle(t), api.IsBouncyCastleCached(t));
                Assert.Equal(CryptoApi.IsDotNetCrypto(t) || CryptoApi.IsBouncyCastle(t), api.IsCryptoTypeCached(t));
                if (round == 0 && api.IsDotNetCryptoCached(t)) { dotnet++; }
                if (round == 0 && api.IsBouncyCastleCached(t)) { bouncy++; }
            }
        }
        // Not vacuous: both libraries' types were among them, and look-alike namespaces of the application were not taken.
        Assert.True(dotnet > 100 && bouncy > 1000, $"{dotnet} .NET, {bouncy} BouncyCastle");
        Assert.False(api.IsCryptoTypeCached(compilation.GetTypeByMetadataName("App.Security.Cryptography.Local")));
        // Org.BouncyCastle is a namespace, not a library: a type the application declares there is taken as BouncyCastle by both.
        Assert.True(api.IsBouncyCastleCached(compilation.GetTypeByMetadataName("Org.BouncyCastle.Mine")));
        Assert.False(api.IsCryptoTypeCached(null));
    }
}
