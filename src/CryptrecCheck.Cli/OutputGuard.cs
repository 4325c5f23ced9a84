namespace CryptrecCheck.Cli;

/// <summary>
/// Checks --output before anything is read or written: a report written over one of the run's own inputs would destroy
/// it (the file is truncated when the report is opened, before the input is read), a directory cannot be a report, and
/// a missing parent directory is better named here than as a platform message later.
/// </summary>
internal static class OutputGuard
{
    /// <summary>True (and the problem written to standard error) when the verb must stop with exit 2.</summary>
    internal static bool Refuses(string verb, FileInfo? output, IEnumerable<string> inputs, CliOutput io)
    {
        if (Problem(output, inputs) is not { } problem) { return false; }
        io.Err.WriteLine($"cryptrec-check {verb}: {CryptrecCheck.Reporting.TerminalText.Escape(problem)}");
        return true;
    }

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
        var cmp = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(a, b, cmp)) { return true; }
        // The same file under another name: a symbolic link at the file or at any directory above it. (A hard link is not
        // detected: .NET exposes no inode.)
        try
        {
            return string.Equals(RealPath(a), RealPath(b), cmp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The path with every symbolic link along it resolved (components that do not exist are kept as written).</summary>
    private static string RealPath(string full)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            current = info.Exists && info.LinkTarget != null ? Path.GetFullPath(info.ResolveLinkTarget(true)!.FullName) : next;
        }
        return current;
    }
}
