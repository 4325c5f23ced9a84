namespace CryptrecCheck.Certificates;

/// <summary>What a directory walk passed over in one directory argument: files neither named like a certificate or key
/// file nor holding a PEM block or a DER object, and files holding only blocks with nothing to judge (DH/DSA/EC
/// parameters, CRLs, requests) (<see cref="CertificateInspector.InspectPaths"/>).</summary>
/// <param name="Directory">The directory argument.</param>
/// <param name="Count">How many files were passed over.</param>
/// <param name="Examples">The first few, relative to <paramref name="Directory"/>.</param>
/// <param name="Message">One sentence for people naming them and saying why.</param>
public sealed record SkippedFiles(string Directory, int Count, IReadOnlyList<string> Examples, string Message)
{
    /// <summary>The message in the report's language (<paramref name="japanese"/>), built from the same facts.</summary>
    public string MessageIn(bool japanese) => !japanese ? Message
        : $"{Directory}: 証明書も鍵も含まない {Count} 個のファイルを読み飛ばしました"
          + (Examples.Count == 0 ? "。" : $"（{string.Join("、", Examples)}{(Count > Examples.Count ? "、…" : string.Empty)}）。");
}
