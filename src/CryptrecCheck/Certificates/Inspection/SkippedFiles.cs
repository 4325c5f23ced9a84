namespace CryptrecCheck.Certificates;

/// <summary>What a directory walk passed over in one directory argument: files neither named like a certificate or key
/// file nor holding a PEM block or a DER object, and files holding only blocks with nothing to judge (DH/DSA/EC
/// parameters, CRLs, requests) (<see cref="CertificateInspector.InspectPaths"/>).</summary>
/// <param name="Directory">The directory argument.</param>
/// <param name="Count">How many files were passed over.</param>
/// <param name="Examples">The first few, relative to <paramref name="Directory"/>.</param>
/// <param name="Message">One sentence for people naming them and saying why.</param>
public sealed record SkippedFiles(string Directory, int Count, IReadOnlyList<string> Examples, string Message);
