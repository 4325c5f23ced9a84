using CryptrecCheck.Config;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Tests.Config;

/// <summary>A temporary directory for configurations written by a test, and a scanner over the default policy.</summary>
internal sealed class ConfigTestKit : IDisposable
{
    internal ConfigTestKit()
    {
        Root = Path.Combine(Path.GetTempPath(), "cryptrec-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    internal string Root { get; }

    internal static readonly PolicyEngine Engine = new(new EvaluationContext(new DateTime(2026, 11, 28)));

    internal string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    internal static ConfigScanner Scanner(ConfigType forced = ConfigType.Unknown) => new(new ConfigAuditor(Engine), forced);

    internal static DirectiveResult One(ConfigFileResult r, string directive) =>
        r.Directives.Single(d => d.Directive.Directive == directive);

    internal static DirectiveResult One(ConfigFileResult r, string directive, int line) =>
        r.Directives.Single(d => d.Directive.Directive == directive && d.Directive.Line == line);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
