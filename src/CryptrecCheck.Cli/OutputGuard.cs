namespace CryptrecCheck.Cli;

/// <summary>
/// Checks --output before anything is read or written: a report written over one of the run's own inputs would destroy
/// it (the file is truncated when the report is opened, before the input is read), a directory cannot be a report, and
/// a missing parent directory is better named here than as a platform message later.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Null when the output may be written; otherwise the message (the caller exits 2).</summary>
    internal static string? Problem(FileInfo? output, IEnumerable<string> inputs)
    {
        if (output == null) { return null; }
        var target = Path.GetFullPath(output.FullName);
        if (Directory.Exists(target)) { return $"--output '{output}' is a directory; name a file."; }
        var parent = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(parent) && !Directory.Exists(parent)) { return $"--output '{output}': the directory '{parent}' does not exist."; }
        foreach (var input in inputs)
        {
            if (string.IsNullOrEmpty(input) || input == "-") { continue; }
            string full;
            try { full = Path.GetFullPath(input); }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { continue; }
            if (SameFile(full, target)) { return $"--output '{output}' is also an input; writing the report there would destroy it. Name another file."; }
        }
        return null;
    }

    private static bool SameFile(string a, string b)
    {
        if (string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) { return true; }
        // The same file under another name (a symbolic link): compare where the links lead.
        try
        {
            if (!File.Exists(a) || !File.Exists(b)) { return false; }
            var ra = new FileInfo(a).ResolveLinkTarget(true)?.FullName ?? a;
            var rb = new FileInfo(b).ResolveLinkTarget(true)?.FullName ?? b;
            return string.Equals(ra, rb, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
