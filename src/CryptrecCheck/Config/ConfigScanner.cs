using CryptrecCheck.Results;

namespace CryptrecCheck.Config;

/// <summary>
/// Audits files and directories: each file named is read (bounded), recognised (or forced with <c>type</c>), read by its
/// format's reader with includes followed, and judged. Problems are per-file errors; the rest is audited. In a directory,
/// files of no recognised format are skipped (counted in <see cref="Skipped"/>), as are hidden entries.
/// </summary>
public sealed class ConfigScanner
{
    private readonly ConfigAuditor _auditor;
    private readonly ConfigType _forced;

    public ConfigScanner(ConfigAuditor auditor, ConfigType forced = ConfigType.Unknown)
    {
        _auditor = auditor;
        _forced = forced;
    }

    public List<ReportError> Errors { get; } = new();

    /// <summary>Files in directories that were not configurations of a known format.</summary>
    public int Skipped { get; private set; }

    /// <summary>Audits the given paths lazily, one file at a time.</summary>
    public IEnumerable<ConfigFileResult> Scan(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Walk(p))
                {
                    var r = ScanFile(f, explicitlyNamed: false);
                    if (r != null) { yield return r; }
                }
            }
            else
            {
                var r = ScanFile(p, explicitlyNamed: true);
                if (r != null) { yield return r; }
            }
        }
    }

    public ConfigFileResult? ScanFile(string path, bool explicitlyNamed = true)
    {
        var ctx = new ConfigReadContext();
        var text = ctx.Read(path);
        if (text == null)
        {
            // Found by walking a directory, a binary file or one past the size bound whose name is not a configuration's
            // (/etc holds ld.so.cache, localtime, …) is skipped like any unrecognised file. Named on the command line,
            // named like a configuration (a binary nginx.conf, any *.conf), or unreadable, it stays an error.
            if (!explicitlyNamed && ctx.Errors.All(e => e.Code is "binary" or "too-large") && ConfigDetector.Detect(path, string.Empty) == ConfigType.Unknown
                && Path.GetExtension(path).ToLowerInvariant() is not (".conf" or ".cfg" or ".cnf" or ".config" or ".reg" or ".cf"))
            {
                Skipped++;
                return null;
            }
            Errors.AddRange(ctx.Errors);
            return null;
        }
        var type = _forced != ConfigType.Unknown ? _forced : ConfigDetector.Detect(path, text);
        if (type == ConfigType.Unknown)
        {
            if (explicitlyNamed)
            {
                Errors.Add(new ReportError(path, "unrecognised", $"{path}: not a configuration format cryptrec-check recognises ({ConfigTypeNames.All}); use --type"));
            }
            else
            {
                Skipped++;
            }
            return null;
        }
        IReadOnlyList<ConfigDirective> directives;
        using (ctx.Enter(path))
        {
            directives = ConfigDetector.ReaderFor(type).Read(path, text, ctx);
        }
        Errors.AddRange(ctx.Errors);
        var results = directives.Select(_auditor.Audit).ToList();
        return new ConfigFileResult(path, type, results, ctx.FilesRead.ToList());
    }

    private IEnumerable<string> Walk(string root)
    {
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Errors.Add(new ReportError(dir, "io", $"{dir}: {e.Message}"));
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (Path.GetFileName(f).StartsWith('.')) { continue; }
                yield return f;
            }
            for (var i = dirs.Length - 1; i >= 0; i--)
            {
                var info = new DirectoryInfo(dirs[i]);
                if (info.Name.StartsWith('.') || info.LinkTarget != null) { continue; }
                stack.Push(dirs[i]);
            }
        }
    }
}
