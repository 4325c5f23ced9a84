using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CryptrecCheck.Code;

/// <summary>What a path given to <c>cryptrec-check code</c> stands for: one or more solutions, or projects.</summary>
public sealed record CodeInputs(string Root, IReadOnlyList<string> Solutions, IReadOnlyList<string> Projects);

/// <summary>Turns the path given by the user into solutions and projects: a .sln/.slnx, a .csproj, or a directory (every
/// solution under it; when there is none, every C# project under it). bin, obj and hidden directories are skipped.</summary>
public static partial class InputDiscovery
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", "node_modules" };

    /// <summary>The inputs, or an <see cref="CodeInputException"/> naming the path when there is nothing to inventory.</summary>
    public static CodeInputs Find(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var ext = Path.GetExtension(full).ToLowerInvariant();
            var root = Path.GetDirectoryName(full)!;
            return ext switch
            {
                ".sln" or ".slnx" => new CodeInputs(root, new[] { full }, Array.Empty<string>()),
                ".csproj" => new CodeInputs(root, Array.Empty<string>(), new[] { full }),
                _ => throw new CodeInputException(path,
                    $"{path}: not a solution (.sln, .slnx), a C# project (.csproj) or a directory / ソリューション・C# プロジェクト・ディレクトリのいずれでもありません"),
            };
        }
        if (!Directory.Exists(full))
        {
            throw new CodeInputException(path, $"{path}: no such file or directory / ファイル又はディレクトリがありません");
        }
        var files = Walk(full).ToList();
        var solutions = files.Where(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (solutions.Count > 0) { return new CodeInputs(full, solutions, Array.Empty<string>()); }
        var projects = files.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (projects.Count == 0)
        {
            throw new CodeInputException(path, $"{path}: no .sln, .slnx or .csproj found / .sln・.slnx・.csproj が見つかりません");
        }
        return new CodeInputs(full, Array.Empty<string>(), projects);
    }

    /// <summary>The C# projects a solution lists (for restoring them one by one before the workspace loads them). A
    /// solution that cannot be read is an <see cref="CodeInputException"/> naming it.</summary>
    public static IReadOnlyList<string> ProjectsOf(string solution)
    {
        string text;
        try { text = File.ReadAllText(solution); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodeInputException(solution, $"{solution}: cannot be read: {e.Message} / 読み込めません");
        }
        var dir = Path.GetDirectoryName(solution)!;
        var list = new List<string>();
        if (solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                foreach (var p in XDocument.Parse(text).Descendants("Project"))
                {
                    if (p.Attribute("Path")?.Value is { } rel && rel.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) { list.Add(Resolve(dir, rel)); }
                }
            }
            catch (System.Xml.XmlException e)
            {
                throw new CodeInputException(solution, $"{solution}: not a valid .slnx file: {e.Message} / .slnx として読めません");
            }
        }
        else
        {
            if (!text.Contains("Microsoft Visual Studio Solution File", StringComparison.Ordinal))
            {
                throw new CodeInputException(solution, $"{solution}: not a Visual Studio solution file / Visual Studio のソリューションファイルではありません");
            }
            foreach (Match m in SlnProject().Matches(text))
            {
                var rel = m.Groups[1].Value;
                if (rel.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) { list.Add(Resolve(dir, rel)); }
            }
        }
        return list;
    }

    private static string Resolve(string dir, string rel) => Path.GetFullPath(Path.Combine(dir, rel.Replace('\\', Path.DirectorySeparatorChar)));

    private static IEnumerable<string> Walk(string dir)
    {
        var stack = new Stack<string>();
        stack.Push(dir);
        while (stack.Count > 0)
        {
            var d = stack.Pop();
            string[] files, subdirs;
            try
            {
                files = Directory.GetFiles(d);
                subdirs = Directory.GetDirectories(d);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var f in files) { yield return f; }
            foreach (var s in subdirs)
            {
                var name = Path.GetFileName(s);
                if (name.StartsWith('.') || SkippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase)) { continue; }
                if (new DirectoryInfo(s).LinkTarget != null) { continue; }
                stack.Push(s);
            }
        }
    }

    [GeneratedRegex("^Project\\(\"\\{[^}]*\\}\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex SlnProject();
}

/// <summary>An input that cannot be inventoried at all (no such path, nothing to load); the message names it.</summary>
public sealed class CodeInputException(string input, string message) : Exception(message)
{
    public string Input { get; } = input;
}
