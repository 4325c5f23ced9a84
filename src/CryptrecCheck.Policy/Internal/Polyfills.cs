// Lets records and init-only setters compile on netstandard2.0; the type is internal and carries no behaviour.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
