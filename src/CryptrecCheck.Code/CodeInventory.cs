using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CryptrecCheck.Analyzers;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace CryptrecCheck.Code;

/// <summary>What an inventory run produced: one result per project (all its target frameworks together) and the errors of
/// the inputs that could not be inventoried (a restore that failed, a project file that does not load), each naming it.</summary>
public sealed record CodeInventoryRun(string Root, IReadOnlyList<CodeProjectResult> Results, IReadOnlyList<ReportError> Errors)
{
    /// <summary>Time spent restoring, loading (MSBuild evaluation and design-time build), and compiling + analysing.</summary>
    public TimeSpan RestoreTime { get; init; }
    public TimeSpan LoadTime { get; init; }
    public TimeSpan AnalysisTime { get; init; }
}

/// <summary>
/// <c>cryptrec-check code</c>: loads the solutions or projects with MSBuild (the SDK that Microsoft.Build.Locator finds, the
/// Roslyn MSBuild workspace), restores those that need it, runs the CryptrecCheck analyzers in-process on every compilation
/// and reads the inventory from their diagnostics: CRY0001 for every use (asset, status, citation, derived in its
/// properties) and the rule diagnostic, if any, reported at the same place. The IDE, the build and this report therefore
/// come from the same code and cannot disagree.
/// </summary>
public static partial class CodeInventory
{
    /// <summary>The analyzers of the CryptrecCheck.Analyzers assembly, every one of them, in a stable order.</summary>
    internal static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(RuleIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly object RegisterLock = new();

    /// <summary>Inventories the solution, project or directory at <paramref name="path"/>. Throws
    /// <see cref="CodeInputException"/> when the path itself is unusable; every other problem is an error of the run.</summary>
    public static Task<CodeInventoryRun> RunAsync(string path, CodeInventoryOptions options, CancellationToken ct = default)
    {
        var inputs = InputDiscovery.Find(path);
        // MSBuild must be registered before the JIT compiles any method whose locals or state-machine fields name an
        // MSBuild or MSBuildWorkspace type: in a Release build the compiled state machine of the inventory loaded
        // Microsoft.Build.Framework before registration ("MSBuild assemblies were already loaded"). Hence this plain
        // method registers first and the async body is a separate, never-inlined method.
        EnsureMsBuild();
        return RunRegisteredAsync(inputs, options, ct);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<CodeInventoryRun> RunRegisteredAsync(CodeInputs inputs, CodeInventoryOptions options, CancellationToken ct)
    {
        var errors = new List<ReportError>();
        var root = inputs.Root;
        string Rel(string p) => Relative(root, p);

        // 1. Which projects, then restore those that need it (a failure excludes the project and is reported).
        var solutions = new List<(string Path, IReadOnlyList<string> Projects)>();
        foreach (var sln in inputs.Solutions)
        {
            try { solutions.Add((sln, InputDiscovery.ProjectsOf(sln))); }
            catch (CodeInputException e) { errors.Add(new ReportError(Rel(sln), "load", e.Message.Replace(sln, Rel(sln), StringComparison.Ordinal))); }
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allProjects = solutions.SelectMany(s => s.Projects).Concat(inputs.Projects).Distinct(StringComparer.Ordinal).ToList();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in allProjects)
        {
            if (!File.Exists(p))
            {
                errors.Add(new ReportError(Rel(p), "load", $"{Rel(p)}: project file not found / プロジェクトファイルがありません"));
                excluded.Add(p);
                continue;
            }
            if (!options.Restore || !ProjectRestorer.NeedsRestore(p)) { continue; }
            options.Progress?.Invoke($"restore {Rel(p)}");
            if (await ProjectRestorer.RestoreAsync(p, options.Configuration, options.RestoreTimeout, ct).ConfigureAwait(false) is { } failure)
            {
                errors.Add(new ReportError(Rel(p), "restore", failure.Replace(p, Rel(p), StringComparison.Ordinal)));
                excluded.Add(p);
            }
        }

        var restoreTime = clock.Elapsed;
        clock.Restart();
        // 2. Load: each solution in its own workspace; the loose projects together in one.
        var projects = new List<Project>();
        var seen = new HashSet<(string, string)>();
        var workspaces = new List<MSBuildWorkspace>();
        try
        {
            foreach (var (sln, _) in solutions)
            {
                var ws = NewWorkspace(options, errors, root, sln, allProjects, excluded);
                workspaces.Add(ws);
                options.Progress?.Invoke($"load {Rel(sln)}");
                try
                {
                    var solution = await ws.OpenSolutionAsync(sln, cancellationToken: ct).ConfigureAwait(false);
                    Collect(solution.Projects);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors.Add(new ReportError(Rel(sln), "load", $"{Rel(sln)}: the solution could not be loaded: {e.Message} / ソリューションを読み込めません"));
                }
            }
            if (inputs.Projects.Count > 0)
            {
                var ws = NewWorkspace(options, errors, root, null, allProjects, excluded);
                // A referenced project is read from its built assembly, not loaded and compiled as source: only the inputs are inventoried.
                ws.LoadMetadataForReferencedProjects = true;
                workspaces.Add(ws);
                foreach (var p in inputs.Projects.Where(p => !excluded.Contains(p)))
                {
                    if (ws.CurrentSolution.Projects.Any(x => string.Equals(x.FilePath, p, StringComparison.Ordinal))) { continue; }
                    options.Progress?.Invoke($"load {Rel(p)}");
                    try { await ws.OpenProjectAsync(p, cancellationToken: ct).ConfigureAwait(false); }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        errors.Add(new ReportError(Rel(p), "load", $"{Rel(p)}: the project could not be loaded: {e.Message} / プロジェクトを読み込めません"));
                    }
                }
                Collect(ws.CurrentSolution.Projects.Where(x => inputs.Projects.Contains(x.FilePath ?? string.Empty, StringComparer.Ordinal)));
            }

            void Collect(IEnumerable<Project> ps)
            {
                foreach (var p in ps)
                {
                    if (p.Language != LanguageNames.CSharp || p.FilePath == null || excluded.Contains(p.FilePath)) { continue; }
                    if (seen.Add((p.FilePath, p.Name))) { projects.Add(p); }
                }
            }

            var loadTime = clock.Elapsed;
            clock.Restart();
            // 3. Analyse every compilation; merge the target frameworks of a project.
            var byFile = projects.GroupBy(p => p.FilePath!, StringComparer.Ordinal).OrderBy(g => Rel(g.Key), StringComparer.Ordinal).ToList();
            var results = new List<CodeProjectResult>();
            var n = 0;
            foreach (var group in byFile)
            {
                n++;
                var entries = new Dictionary<string, (InventoryEntry Entry, SortedSet<string> Tfms)>(StringComparer.Ordinal);
                var tfms = new SortedSet<string>(StringComparer.Ordinal);
                var documents = new HashSet<string>(StringComparer.Ordinal);
                foreach (var project in group.OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    var tfm = TargetFramework(project);
                    if (tfm != null) { tfms.Add(tfm); }
                    options.Progress?.Invoke($"analyse [{n}/{byFile.Count}] {Rel(group.Key)}{(tfm != null ? " (" + tfm + ")" : string.Empty)}");
                    try
                    {
                        await AnalyseAsync(project, tfm, options, root, entries, documents, errors, ct).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        errors.Add(new ReportError(Rel(group.Key), "analysis", $"{Rel(group.Key)}: analysis failed: {e.Message} / 解析に失敗しました"));
                    }
                }
                var list = entries.Values
                    .Select(v => v.Entry with { TargetFrameworks = v.Tfms.ToList() })
                    .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Asset, StringComparer.Ordinal)
                    .ToList();
                results.Add(new CodeProjectResult(Rel(group.Key), tfms.ToList(), documents.Count, list));
            }
            return new CodeInventoryRun(root, results, Dedup(errors)) { RestoreTime = restoreTime, LoadTime = loadTime, AnalysisTime = clock.Elapsed };
        }
        finally
        {
            foreach (var ws in workspaces) { ws.Dispose(); }
        }
    }

    /// <summary>Registers the SDK's MSBuild once per process (before any MSBuild type is loaded).</summary>
    private static void EnsureMsBuild()
    {
        lock (RegisterLock)
        {
            if (MSBuildLocator.IsRegistered) { return; }
            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException e)
            {
                throw new CodeInputException("MSBuild", $"no .NET SDK with MSBuild was found: {e.Message} / MSBuild を含む .NET SDK が見つかりません");
            }
        }
    }

    private static MSBuildWorkspace NewWorkspace(CodeInventoryOptions options, List<ReportError> errors, string root, string? solution, IReadOnlyCollection<string> inputs, HashSet<string> excluded)
    {
        var props = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.Configuration != null) { props["Configuration"] = options.Configuration; }
        var ws = MSBuildWorkspace.Create(props);
        ws.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind != WorkspaceDiagnosticKind.Failure) { return; }
            var message = e.Diagnostic.Message;
            var file = ProjectInMessage().Match(message) is { Success: true } m ? m.Groups[1].Value : solution ?? root;
            // A project that is only referenced (not an input) is not inventoried; its load problems are not the run's.
            if (file.EndsWith("proj", StringComparison.OrdinalIgnoreCase) && !inputs.Contains(file, StringComparer.Ordinal)) { return; }
            // Already reported: its restore failed.
            if (excluded.Contains(file)) { return; }
            lock (errors) { errors.Add(new ReportError(Relative(root, file), "load", $"{Relative(root, file)}: {message.Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)} / 読み込みに失敗しました")); }
        };
        return ws;
    }

    private static async Task AnalyseAsync(Project project, string? tfm, CodeInventoryOptions options, string root,
        Dictionary<string, (InventoryEntry, SortedSet<string>)> entries, HashSet<string> documents, List<ReportError> errors, CancellationToken ct)
    {
        var compilation = await project.GetCompilationAsync(ct).ConfigureAwait(false);
        if (compilation == null) { return; }
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in await project.GetSourceGeneratedDocumentsAsync(ct).ConfigureAwait(false))
        {
            if (d.FilePath != null) { generated.Add(d.FilePath); }
        }
        foreach (var t in compilation.SyntaxTrees) { documents.Add(t.FilePath); }
        // The inventory is what this verb reads: on, whatever the project's build sets (the package turns it off for builds).
        var forced = new Dictionary<string, string>(options.ForcedOptions, StringComparer.Ordinal) { ["cryptrec_check.inventory"] = "true" };
        var analyzerOptions = new AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles,
            new OverridingOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, forced, options.DefaultOptions));
        var cwa = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null,
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await cwa.GetAnalyzerDiagnosticsAsync(ct).ConfigureAwait(false);

        // Rule diagnostics by place, to pair each with the inventory record of the same use.
        var rules = diagnostics.Where(d => d.Id != RuleIds.Inventory && d.Id.StartsWith("CRY", StringComparison.Ordinal) && d.Id != RuleIds.InvalidOption && d.Location.IsInSource)
            .GroupBy(d => (d.Location.SourceTree!.FilePath, d.Location.SourceSpan))
            .ToDictionary(g => g.Key, g => g.ToList());
        var inventoryAt = diagnostics.Where(d => d.Id == RuleIds.Inventory && d.Location.IsInSource)
            .GroupBy(d => (d.Location.SourceTree!.FilePath, d.Location.SourceSpan))
            .ToDictionary(g => g.Key, g => g.Count());
        var ja = Japanese;
        var projectName = Relative(root, project.FilePath!);
        foreach (var d in diagnostics)
        {
            if (d.Id == RuleIds.InvalidOption || d.Id == "AD0001")
            {
                var where = d.Location.IsInSource ? Relative(root, d.Location.SourceTree!.FilePath) : projectName;
                lock (errors)
                {
                    errors.Add(new ReportError(where, d.Id == "AD0001" ? "analyzer" : "option",
                        $"{where}: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}" + (d.Id == "AD0001" ? " / アナライザーが例外で停止しました（インベントリが不完全な可能性）" : " / 設定値が不正です")));
                }
                continue;
            }
            if (d.Id != RuleIds.Inventory || !d.Location.IsInSource) { continue; }
            var p = d.Properties;
            if (!p.TryGetValue("status", out var statusText) || statusText == null || !ListStatusExtensions.TryParseWireName(statusText, out var status)) { continue; }
            var asset = p.GetValueOrDefault("asset") ?? p.GetValueOrDefault("algorithm") ?? "?";
            var key = (d.Location.SourceTree!.FilePath, d.Location.SourceSpan);
            Diagnostic? rule = null;
            if (rules.TryGetValue(key, out var candidates))
            {
                // One use at this place: its rule. Several (a composite at one expression): the rule that names this asset.
                // Both messages begin with "asset (source)".
                var what = asset + " (" + p.GetValueOrDefault("source") + ")";
                rule = candidates.FirstOrDefault(r => r.GetMessage(CultureInfo.InvariantCulture).StartsWith(what, StringComparison.Ordinal))
                    ?? (inventoryAt[key] == 1 ? candidates[0] : null);
            }
            var span = d.Location.GetLineSpan();
            var file = Relative(root, span.Path);
            var entry = new InventoryEntry
            {
                Asset = asset,
                Algorithm = p.GetValueOrDefault("algorithm") ?? asset,
                KeyBits = Int(p.GetValueOrDefault("keyBits")),
                Curve = p.GetValueOrDefault("curve"),
                Mode = p.GetValueOrDefault("mode"),
                Hash = p.GetValueOrDefault("hash"),
                ParameterSet = p.GetValueOrDefault("parameterSet"),
                OutputBits = Int(p.GetValueOrDefault("outputBits")),
                NonceBits = Int(p.GetValueOrDefault("nonceBits")),
                TlsCode = Int(p.GetValueOrDefault("tlsCode")),
                Status = status,
                Citation = p.GetValueOrDefault("citation") ?? string.Empty,
                Derived = p.GetValueOrDefault("derived") == "true",
                Reason = p.GetValueOrDefault("reason"),
                Source = p.GetValueOrDefault("source") ?? string.Empty,
                File = file,
                Line = span.StartLinePosition.Line + 1,
                Column = span.StartLinePosition.Character + 1,
                Generated = GeneratedCode.Is(d.Location.SourceTree, generated),
                TargetFrameworks = Array.Empty<string>(),
                RuleId = rule?.Id,
                MessageEn = (rule ?? d).GetMessage(CultureInfo.InvariantCulture),
                MessageJa = ja == null ? (rule ?? d).GetMessage(CultureInfo.InvariantCulture) : (rule ?? d).GetMessage(ja),
            };
            var id = string.Join("\u0001", entry.File, entry.Line.ToString(CultureInfo.InvariantCulture), entry.Column.ToString(CultureInfo.InvariantCulture),
                entry.Asset, entry.Source, entry.Status.ToWireName(), entry.RuleId ?? string.Empty);
            if (!entries.TryGetValue(id, out var existing))
            {
                existing = (entry, new SortedSet<string>(StringComparer.Ordinal));
                entries[id] = existing;
            }
            if (tfm != null) { existing.Item2.Add(tfm); }
        }
    }

    /// <summary>The Japanese culture for the analyzers' resources (null where the runtime cannot create it).</summary>
    private static readonly CultureInfo? Japanese = CreateJapanese();

    private static CultureInfo? CreateJapanese()
    {
        try { return CultureInfo.GetCultureInfo("ja", predefinedOnly: false); }
        catch (CultureNotFoundException) { return null; }
    }

    /// <summary>The target framework of one compilation: the workspace names a multi-targeted project "Name(tfm)"; otherwise
    /// the folder of its output assembly (bin/Debug/&lt;tfm&gt;/).</summary>
    internal static string? TargetFramework(Project p)
    {
        if (NameTfm().Match(p.Name) is { Success: true } m) { return m.Groups[1].Value; }
        var dir = p.OutputFilePath is { } o ? Path.GetFileName(Path.GetDirectoryName(o)) : null;
        return dir != null && TfmShape().IsMatch(dir) ? dir : null;
    }

    internal static string Relative(string root, string path)
    {
        if (string.IsNullOrEmpty(path)) { return path; }
        var rel = Path.IsPathRooted(path) ? Path.GetRelativePath(root, path) : path;
        return rel.Replace('\\', '/');
    }

    private static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static List<ReportError> Dedup(List<ReportError> errors) =>
        errors.GroupBy(e => (e.Source, e.Code, e.Message)).Select(g => g.First()).ToList();

    [GeneratedRegex(@"\(([A-Za-z][A-Za-z0-9.\-]*)\)$")]
    private static partial Regex NameTfm();

    [GeneratedRegex(@"^(net|netstandard|netcoreapp)[0-9][0-9.]*(-[a-z0-9.]+)?$")]
    private static partial Regex TfmShape();

    [GeneratedRegex(@"'([^']+\.(?:csproj|vbproj|fsproj|sln|slnx|props|targets))'")]
    private static partial Regex ProjectInMessage();
}
