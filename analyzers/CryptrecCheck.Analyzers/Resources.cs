using System.Resources;

namespace CryptrecCheck.Analyzers;

/// <summary>Access to Resources.resx / Resources.ja.resx; the IDE's UI culture picks the language.</summary>
internal static class Resources
{
    internal static readonly ResourceManager ResourceManager = new("CryptrecCheck.Analyzers.Resources", typeof(Resources).Assembly);
}
