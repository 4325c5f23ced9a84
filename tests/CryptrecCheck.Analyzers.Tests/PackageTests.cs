using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The shipped artefact end to end, as a user following the README gets it: the sources the package needs are copied to a
/// fresh directory with no bin/ or obj/ (what a new clone has), the README's dotnet pack runs there once and must produce
/// CryptrecCheck.Analyzers.&lt;version&gt;.nupkg, the legacy sample builds against that package with its warnings (and a
/// SARIF log), the same build fails with CryptrecCheckMode=strict, and a build with analyzers switched off warns (fails in
/// strict mode) instead of passing silently. Packed and built on Linux x64, the package's precompiled (ReadyToRun) analyzer
/// is the one the compiler runs, with the same findings; CryptrecCheckReadyToRun=false brings back the IL one.
/// Slow (pack and two builds), so it carries a trait; it runs with the rest of the suite.
/// </summary>
[Trait("Category", "Package")]
public class PackageTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CryptrecCheck.sln"))) { dir = dir.Parent; }
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static MemoryStream Read(ZipArchiveEntry entry)
    {
        var copy = new MemoryStream();
        using (var s = entry.Open()) { s.CopyTo(copy); }
        copy.Position = 0;
        return copy;
    }

    private static Guid Mvid(PEReader pe)
    {
        var md = pe.GetMetadataReader();
        return md.GetGuid(md.GetModuleDefinition().Mvid);
    }

    private static (int Code, string Output) Dotnet(string args, string workingDirectory, string? nugetPackages = null)
    {
        var psi = new ProcessStartInfo("dotnet", args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (nugetPackages != null) { psi.Environment["NUGET_PACKAGES"] = nugetPackages; }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(600_000)) { p.Kill(true); throw new TimeoutException($"dotnet {args} did not finish in 10 minutes"); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>What a fresh clone holds for the pack and the sample: the build files at the root, the analyzer projects,
    /// the policy sources they compile in and the sample; never bin/ or obj/.</summary>
    private static void CopyFreshSources(string root, string target)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md" })
        {
            var from = Path.Combine(root, file);
            if (File.Exists(from)) { Directory.CreateDirectory(target); File.Copy(from, Path.Combine(target, file)); }
        }
        foreach (var dir in new[] { "analyzers", Path.Combine("src", "CryptrecCheck.Policy"), Path.Combine("samples", "LegacyCrypto") })
        {
            CopyTree(Path.Combine(root, dir), Path.Combine(target, dir));
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) { File.Copy(f, Path.Combine(to, Path.GetFileName(f))); }
        foreach (var d in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(d);
            if (name is "bin" or "obj") { continue; }
            CopyTree(d, Path.Combine(to, name));
        }
    }

    [Fact]
    public void PackedAnalyzer_FromAFreshClone_WarnsOnTheSample_AndStrictModeFailsIt()
    {
        var work = Path.Combine(Path.GetTempPath(), "cryptrec-package-test-" + Guid.NewGuid().ToString("N")[..8]);
        var clone = Path.Combine(work, "clone");
        var packages = Path.Combine(work, "packages");
        var version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            CopyFreshSources(RepoRoot(), clone);
            // The README's command, once, in a tree that has never been restored: the first run has to work. The package
            // folder is named as a user names it in NUGET_PACKAGES=$(mktemp -d), without a trailing slash (the same folder
            // this run uses, so nothing new is downloaded): the pack once failed to find crossgen2 there.
            var packageRoot = (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } np
                ? np : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")).TrimEnd('/', '\\');
            var pack = Dotnet($"pack analyzers/CryptrecCheck.Analyzers.Package -c Release -o \"{packages}\" -p:Version={version} -nodeReuse:false", clone, packageRoot);
            Assert.True(pack.Code == 0, pack.Output);
            Assert.DoesNotContain(": error ", pack.Output);
            var nupkg = Path.Combine(packages, $"CryptrecCheck.Analyzers.{version}.nupkg");
            Assert.True(File.Exists(nupkg), $"{nupkg} was not produced:\n{pack.Output}");
            // Packed on Linux x64, the package carries the precompiled (ReadyToRun) analyzer beside the IL one, with its
            // Japanese satellite; packed anywhere else, it does not.
            var linuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;
            using (var zip = ZipFile.OpenRead(nupkg))
            {
                var image = zip.GetEntry("readytorun/linux-x64/CryptrecCheck.Analyzers.dll");
                Assert.Equal(linuxX64, image != null);
                Assert.Equal(linuxX64, zip.GetEntry("readytorun/linux-x64/ja/CryptrecCheck.Analyzers.resources.dll") != null);
                Assert.NotNull(zip.GetEntry("analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll"));
                if (image != null)
                {
                    using var pe = new PEReader(Read(image));
                    Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "readytorun/linux-x64/CryptrecCheck.Analyzers.dll has no ReadyToRun header");
                    Assert.True((pe.PEHeaders.CorHeader.Flags & CorFlags.ILLibrary) != 0, "readytorun/linux-x64/CryptrecCheck.Analyzers.dll is not marked as precompiled IL");
                    // Precompiled from the very IL analyzer beside it (same module version id), not from another build left
                    // in obj/ (a Debug build's once went into a Release package).
                    using var il = new PEReader(Read(zip.GetEntry("analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll")!));
                    Assert.Equal(Mvid(il), Mvid(pe));
                }
            }

            // The sample inside the copied tree, so the repository's central package versions apply.
            var sample = Path.Combine(clone, "samples", "LegacyCrypto");
            var sarif = Path.Combine(work, "legacy.sarif");
            var common = $"-p:UseCryptrecCheckPackage=true -p:CryptrecCheckPackageVersion={version} -p:RestoreAdditionalProjectSources=\"{packages}\" -nodeReuse:false";

            var build = Dotnet($"build LegacyCrypto.csproj {common} -p:ErrorLog=\"{sarif}%2Cversion=2.1\" -v:n", sample);
            Assert.True(build.Code == 0, build.Output);
            // On Linux x64 the compiler is handed the precompiled analyzer instead of the IL one (never both); elsewhere the IL one.
            var paths = build.Output.Replace('\\', '/');
            Assert.Equal(linuxX64, paths.Contains("readytorun/linux-x64/CryptrecCheck.Analyzers.dll", StringComparison.Ordinal));
            Assert.Equal(!linuxX64, paths.Contains("analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll", StringComparison.Ordinal));
            Assert.DoesNotContain("CS8034", build.Output);
            foreach (var id in new[] { "CRY1001", "CRY1002", "CRY2001", "CRY2002", "CRY2003", "CRY3001", "CRY3002", "CRY3003", "CRY4001", "CRY5002" })
            {
                Assert.Contains($"warning {id}", build.Output);
            }
            using (var log = JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                    .Select(r => r.GetProperty("ruleId").GetString()).Where(id => id!.StartsWith("CRY", StringComparison.Ordinal)).ToList();
                Assert.Equal(13, results.Count);
            }

            // A design-time build (the IDE) keeps the IL analyzer, beside the code fixes that reference it.
            foreach (var (designTime, expected) in new[] { (true, "analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll"), (false, linuxX64 ? "readytorun/linux-x64/CryptrecCheck.Analyzers.dll" : "analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll") })
            {
                var items = Dotnet($"msbuild LegacyCrypto.csproj {common} -t:ResolveLockFileAnalyzers;CryptrecCheckReadyToRun -p:DesignTimeBuild={designTime.ToString().ToLowerInvariant()} -getItem:Analyzer", sample);
                Assert.True(items.Code == 0, items.Output);
                var analyzers = JsonDocument.Parse(items.Output[items.Output.IndexOf('{')..]).RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
                    .Select(a => a.GetProperty("FullPath").GetString()!.Replace('\\', '/')).Where(a => a.EndsWith("/CryptrecCheck.Analyzers.dll", StringComparison.Ordinal)).ToList();
                Assert.True(analyzers.Count == 1 && analyzers[0].EndsWith(expected, StringComparison.Ordinal), $"design-time {designTime}: {string.Join(", ", analyzers)}");
            }

            // Strict mode, here with the IL analyzer (CryptrecCheckReadyToRun=false): the same rules fail the build.
            var strict = Dotnet($"build LegacyCrypto.csproj {common} -p:CryptrecCheckMode=strict -p:CryptrecCheckReadyToRun=false --no-incremental -v:n", sample);
            Assert.NotEqual(0, strict.Code);
            Assert.Contains("error CRY1001", strict.Output);
            Assert.Contains("analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll", strict.Output.Replace('\\', '/'));
            Assert.DoesNotContain("readytorun/linux-x64/CryptrecCheck.Analyzers.dll", strict.Output);

            // A build that switches analyzers off checks nothing: never silently (issue 13). Without strict, one warning
            // (the summary repeats it) and no finding; with strict, the build fails and says how to run the analyzers.
            var off = Dotnet($"build LegacyCrypto.csproj {common} -p:RunAnalyzersDuringBuild=false --no-incremental", sample);
            Assert.True(off.Code == 0, off.Output);
            Assert.Contains("warning CRYPTRECBUILD: Analyzers are switched off for this build (RunAnalyzersDuringBuild=false)", off.Output);
            Assert.Contains("アナライザーが無効", off.Output);
            Assert.DoesNotContain("warning CRY1001", off.Output);
            var offStrict = Dotnet($"build LegacyCrypto.csproj {common} -p:RunAnalyzers=false -p:CryptrecCheckMode=strict --no-incremental", sample);
            Assert.NotEqual(0, offStrict.Code);
            Assert.Contains("error CRYPTRECBUILD: CryptrecCheckMode=strict, but analyzers are switched off for this build (RunAnalyzers=false)", offStrict.Output);
            Assert.Contains("-p:RunAnalyzers=true -p:RunAnalyzersDuringBuild=true", offStrict.Output);

            // Packing Debug and then Release again in the same tree, same version (nothing to rebuild): the Release package's precompiled copy is still made
            // from its own IL analyzer (the copy in obj/ was once shared by both configurations).
            if (linuxX64)
            {
                var debug = Dotnet($"pack analyzers/CryptrecCheck.Analyzers.Package -c Debug -o \"{Path.Combine(work, "debug")}\" -p:Version={version} -nodeReuse:false", clone, packageRoot);
                Assert.True(debug.Code == 0, debug.Output);
                var again = Dotnet($"pack analyzers/CryptrecCheck.Analyzers.Package -c Release -o \"{Path.Combine(work, "again")}\" -p:Version={version} -nodeReuse:false", clone, packageRoot);
                Assert.True(again.Code == 0, again.Output);
                using var zip = ZipFile.OpenRead(Path.Combine(work, "again", $"CryptrecCheck.Analyzers.{version}.nupkg"));
                using var il = new PEReader(Read(zip.GetEntry("analyzers/dotnet/cs/CryptrecCheck.Analyzers.dll")!));
                using var pre = new PEReader(Read(zip.GetEntry("readytorun/linux-x64/CryptrecCheck.Analyzers.dll")!));
                Assert.Equal(Mvid(il), Mvid(pre));
            }
        }
        finally
        {
            try { Directory.Delete(work, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
