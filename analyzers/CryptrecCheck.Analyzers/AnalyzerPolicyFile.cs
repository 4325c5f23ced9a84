using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.PolicyFiles;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The policy file of a compilation, given as an AdditionalFile — the same file, read by the same loader, as the CLI's
/// <c>--policy</c>. It is the AdditionalFile named by the .editorconfig key <c>cryptrec_check.policy_file</c> (its file name
/// or the end of its path), or else the one AdditionalFile named <c>cryptrec-check.json</c> or <c>*.cryptrec.json</c>.
/// Looked up once per compilation and option value, parsed once per distinct content (bounded cache: the IDE re-reads the
/// file as it is edited). A file that cannot be used is reported as CRY9001 at the problem's place in the file
/// (<see cref="PolicyFileAnalyzer"/>), and the rules then run on the .editorconfig options and defaults alone.
/// </summary>
internal sealed class AnalyzerPolicyFile
{
    public const string DefaultFileName = "cryptrec-check.json";
    public const string Suffix = ".cryptrec.json";

    private static readonly ConditionalWeakTable<AnalyzerOptions, ConcurrentDictionary<string, AnalyzerPolicyFile?>> PerCompilation = new();
    private static readonly BoundedCache<string, Parsed> ByContent = new(16, StringComparer.Ordinal);
    private static long _nextId;

    private AnalyzerPolicyFile(string path, PolicySettings? settings, long contentId, string? problemEn, string? problemJa, Location? location)
    {
        Path = path;
        Settings = settings;
        ContentId = contentId;
        ProblemEn = problemEn;
        ProblemJa = problemJa;
        ProblemLocation = location ?? Location.None;
    }

    /// <summary>The AdditionalFile's path, or the value of <c>cryptrec_check.policy_file</c> when no file matched.</summary>
    public string Path { get; }

    /// <summary>The settings the file makes; null when it could not be used (see <see cref="ProblemEn"/>).</summary>
    public PolicySettings? Settings { get; }

    /// <summary>Identifies the parsed content: equal contents share one id (and one <see cref="Settings"/> object).</summary>
    public long ContentId { get; }

    /// <summary>Why the file could not be used, naming file, line and column; null when it was read.</summary>
    public string? ProblemEn { get; }

    public string? ProblemJa { get; }

    /// <summary>Where in the AdditionalFile the problem is; <see cref="Location.None"/> when no file matched.</summary>
    public Location ProblemLocation { get; }

    /// <summary>The policy file for a tree's options in a compilation, or null when none is given.</summary>
    public static AnalyzerPolicyFile? Find(AnalyzerOptions options, AnalyzerConfigOptions config, CancellationToken cancellationToken = default)
    {
        config.TryGetValue(AnalyzerSettings.PolicyFileKey, out var named);
        named = named?.Trim() ?? string.Empty;
        var map = PerCompilation.GetValue(options, _ => new ConcurrentDictionary<string, AnalyzerPolicyFile?>(StringComparer.Ordinal));
        return map.GetOrAdd(named, n => Locate(options.AdditionalFiles, n, cancellationToken));
    }

    private static AnalyzerPolicyFile? Locate(IEnumerable<AdditionalText> files, string named, CancellationToken cancellationToken)
    {
        // Distinct paths in a fixed order, so that messages do not depend on the order the host lists the files in.
        var distinct = files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        List<AdditionalText> candidates;
        if (named.Length > 0)
        {
            var wanted = Normalize(named);
            if (wanted.StartsWith("./", StringComparison.Ordinal)) { wanted = wanted.Substring(2); }
            candidates = distinct.Where(f =>
            {
                var p = Normalize(f.Path);
                return p == wanted || p.EndsWith("/" + wanted, StringComparison.Ordinal);
            }).ToList();
            if (candidates.Count == 0)
            {
                return new AnalyzerPolicyFile(named, null, 0,
                    $"no AdditionalFile matches it; add the file to the project as <AdditionalFiles Include=\"{named}\" />",
                    $"一致する AdditionalFile がない。プロジェクトに <AdditionalFiles Include=\"{named}\" /> として追加すること", null);
            }
        }
        else
        {
            candidates = distinct.Where(f =>
            {
                var name = System.IO.Path.GetFileName(f.Path);
                return string.Equals(name, DefaultFileName, StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
            }).ToList();
            if (candidates.Count == 0) { return null; }
        }
        if (candidates.Count > 1)
        {
            var list = string.Join(", ", candidates.Select(c => c.Path));
            return new AnalyzerPolicyFile(candidates[0].Path, null, 0,
                $"several AdditionalFiles could be the policy file ({list}); name one with {AnalyzerSettings.PolicyFileKey}",
                $"ポリシーファイルとなり得る AdditionalFile が複数ある（{list}）。{AnalyzerSettings.PolicyFileKey} で一つを指定すること",
                Location.Create(candidates[1].Path, default, default));
        }
        return Load(candidates[0], cancellationToken);
    }

    private static AnalyzerPolicyFile Load(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text == null)
        {
            return new AnalyzerPolicyFile(file.Path, null, 0, $"{file.Path}: the file cannot be read", $"{file.Path}: ファイルを読み込めない",
                Location.Create(file.Path, default, default));
        }
        if (text.Length > PolicyFileLoader.MaxBytes)
        {
            // Checked before the text is copied: a policy file is a few kilobytes.
            return Failed(file.Path, text, new PolicyFileException(file.Path, 0, 0, "file is larger than 1 MiB (1048576 bytes); a policy file is a few kilobytes"));
        }
        var content = text.ToString();
        var parsed = ByContent.GetOrAdd(file.Path + "\u0000" + content, _ =>
        {
            try
            {
                return new Parsed(PolicyFileLoader.Parse(content, file.Path), null, Interlocked.Increment(ref _nextId));
            }
            catch (PolicyFileException e)
            {
                return new Parsed(null, e, 0);
            }
        });
        return parsed.Error != null ? Failed(file.Path, text, parsed.Error) : new AnalyzerPolicyFile(file.Path, parsed.Settings, parsed.Id, null, null, null);
    }

    private static AnalyzerPolicyFile Failed(string path, SourceText text, PolicyFileException e)
    {
        var start = Math.Min(Math.Max(e.Offset, 0), text.Length);
        var span = new TextSpan(start, Math.Min(Math.Max(e.Length, 0), text.Length - start));
        var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        var where = e.Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: ", path, e.Line, e.Column) : path + ": ";
        // The loader's problem text is English; the Japanese message says where and quotes it.
        return new AnalyzerPolicyFile(path, null, 0, where + e.Problem, where + e.Problem, location);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private sealed class Parsed
    {
        public Parsed(PolicySettings? settings, PolicyFileException? error, long id)
        {
            Settings = settings;
            Error = error;
            Id = id;
        }

        public PolicySettings? Settings { get; }
        public PolicyFileException? Error { get; }
        public long Id { get; }
    }
}
