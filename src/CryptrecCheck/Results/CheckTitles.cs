using System.Collections.Concurrent;

namespace CryptrecCheck.Results;

/// <summary>Titles of the check ids that findings carry, for SARIF rule metadata and report legends. Each verb
/// registers its own checks once (a static constructor); an id without a title is shown as itself.</summary>
public static class CheckTitles
{
    private static readonly ConcurrentDictionary<string, (string En, string Ja)> Titles = new(StringComparer.Ordinal);

    public static void Register(string id, string en, string ja) => Titles[id] = (en, ja);

    public static string Get(string id, bool japanese) =>
        Titles.TryGetValue(id, out var t) ? (japanese ? t.Ja : t.En) : id;
}
