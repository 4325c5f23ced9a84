using CryptrecCheck.Inputs;

namespace CryptrecCheck.Config;

/// <summary>The bounds every configuration file is read under.</summary>
public static class ConfigLimits
{
    /// <summary>Largest configuration file read (real ones are kilobytes; a Java security file is ~60 KB).</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>How deep includes are followed.</summary>
    public const int MaxIncludeDepth = 16;

    /// <summary>Most files one include glob may expand to.</summary>
    public const int MaxIncludeFiles = 1000;
}

/// <summary>Reads configuration files with the bounds of <see cref="ConfigLimits"/>, follows includes with a depth bound
/// and loop detection, and records every problem as a per-file error so the rest of the audit goes on.</summary>
public sealed class ConfigReadContext
{
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);

    public List<Results.ReportError> Errors { get; } = new();

    /// <summary>Every file read, including included ones.</summary>
    public List<string> FilesRead { get; } = new();

    /// <summary>Reads a file as text; null (and an error recorded) when it is missing, unreadable, too large or binary.</summary>
    public string? Read(string path)
    {
        try
        {
            byte[] bytes;
            using (var stream = BoundedInput.Open(path))
            {
                bytes = BoundedInput.ReadBytes(stream, path, ConfigLimits.MaxFileBytes, rejectNul: false);
            }
            string text;
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                // regedit exports .reg files as UTF-16LE with a byte-order mark.
                text = System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                var nul = Array.IndexOf(bytes, (byte)0);
                if (nul >= 0) { throw new InputException(path, 0, $"is binary, not text (NUL byte at offset {nul})"); }
                text = System.Text.Encoding.UTF8.GetString(bytes);
            }
            FilesRead.Add(path);
            return text;
        }
        catch (InputException e)
        {
            // Classified by the problem, not the whole message (which holds the path: a directory named "binary" made a FIFO
            // look like a binary file).
            Errors.Add(new Results.ReportError(path, e.Problem.StartsWith("is binary", StringComparison.Ordinal) ? "binary" : e.Problem.StartsWith("is larger", StringComparison.Ordinal) ? "too-large" : "io", e.Message));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add(new Results.ReportError(path, "io", $"{path}: {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Follows an include: expands the glob relative to <paramref name="baseDir"/>, refuses to go deeper than
    /// <see cref="ConfigLimits.MaxIncludeDepth"/> or into a file already open (a loop), and calls <paramref name="read"/>
    /// for each file, in name order (as nginx, Apache and sshd do).
    /// </summary>
    public void Include(string pattern, string baseDir, int depth, string fromFile, int fromLine, Action<string, string, int> read)
    {
        if (depth >= ConfigLimits.MaxIncludeDepth)
        {
            Errors.Add(new Results.ReportError($"{fromFile}:{fromLine}", "include-depth", $"{fromFile}:{fromLine}: includes nested deeper than {ConfigLimits.MaxIncludeDepth} levels; not followed"));
            return;
        }
        foreach (var file in Glob(pattern, baseDir))
        {
            var full = Path.GetFullPath(file);
            if (_open.Contains(full))
            {
                Errors.Add(new Results.ReportError($"{fromFile}:{fromLine}", "include-loop", $"{fromFile}:{fromLine}: include of {file} makes a loop; not followed again"));
                continue;
            }
            var text = Read(file);
            if (text == null) { continue; }
            _open.Add(full);
            try { read(file, text, depth + 1); }
            finally { _open.Remove(full); }
        }
    }

    /// <summary>Marks a top-level file as open, for loop detection.</summary>
    public IDisposable Enter(string path)
    {
        var full = Path.GetFullPath(path);
        _open.Add(full);
        return new Exit(() => _open.Remove(full));
    }

    private sealed class Exit(Action a) : IDisposable
    {
        public void Dispose() => a();
    }

    private IEnumerable<string> Glob(string pattern, string baseDir)
    {
        var p = pattern.Trim().Trim('"', '\'');
        if (!Path.IsPathRooted(p)) { p = Path.Combine(baseDir, p); }
        var dir = Path.GetDirectoryName(p) ?? baseDir;
        var name = Path.GetFileName(p);
        if (name.IndexOfAny(new[] { '*', '?', '[' }) < 0)
        {
            if (File.Exists(p)) { return new[] { p }; }
            if (Directory.Exists(p)) { return SafeFiles(p, "*"); }
            Errors.Add(new Results.ReportError(pattern, "include-missing", $"include {pattern}: no such file"));
            return Array.Empty<string>();
        }
        if (dir.IndexOfAny(new[] { '*', '?', '[' }) >= 0 || !Directory.Exists(dir)) { return Array.Empty<string>(); }
        return SafeFiles(dir, name.Replace("[", string.Empty, StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal));
    }

    private IEnumerable<string> SafeFiles(string dir, string pattern)
    {
        try
        {
            var files = Directory.GetFiles(dir, pattern).OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count > ConfigLimits.MaxIncludeFiles)
            {
                Errors.Add(new Results.ReportError(dir, "include-too-many", $"{dir}/{pattern}: more than {ConfigLimits.MaxIncludeFiles} files; only the first are read"));
                files = files.Take(ConfigLimits.MaxIncludeFiles).ToList();
            }
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add(new Results.ReportError(dir, "io", $"{dir}: {e.Message}"));
            return Array.Empty<string>();
        }
    }
}

/// <summary>Small text helpers shared by the readers.</summary>
internal static class ConfigLines
{
    /// <summary>Lines with their 1-based numbers; \r stripped.</summary>
    internal static IEnumerable<(int Line, string Text)> Number(string text)
    {
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            yield return (n, raw.TrimEnd('\r'));
        }
    }

    /// <summary>The text before an unquoted '#'.</summary>
    internal static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0') { if (c == quote) { quote = '\0'; } continue; }
            if (c is '"' or '\'') { quote = c; continue; }
            if (c == '#') { return line.Substring(0, i); }
        }
        return line;
    }

    internal static string Unquote(string s)
    {
        s = s.Trim();
        return s.Length >= 2 && (s[0] == '"' && s[^1] == '"' || s[0] == '\'' && s[^1] == '\'') ? s[1..^1] : s;
    }
}
