using System.Diagnostics;
using CryptrecCheck.Cli;
using CryptrecCheck.Inputs;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;
using Xunit;

namespace CryptrecCheck.Tests;

/// <summary>Policy files read from disk (parsing is tested with the loader in CryptrecCheck.Policy.Tests): only regular files up
/// to 1 MiB are read, checked before opening, so /dev/zero, a FIFO or a directory is a clear error in no time.</summary>
public class PolicyFileTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Runs a load that must fail fast; if it blocks (the defect), the test fails instead of hanging.</summary>
    private static PolicyFileException LoadFailsFast(string path, Action? unblock = null)
    {
        var task = Task.Run(() => Assert.Throws<PolicyFileException>(() => PolicyFileReader.Load(path)));
        if (!task.Wait(Patience))
        {
            unblock?.Invoke();
            Assert.Fail($"loading {path} blocked for {Patience.TotalSeconds} s");
        }
        return task.Result;
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var task = Task.Run(() => Program.Run(args, o, e, () => new DateTime(2026, 11, 28)));
        Assert.True(task.Wait(Patience), "the CLI blocked");
        return (task.Result, o.ToString(), e.ToString());
    }

    private static string MakeFifo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-fifo-{Guid.NewGuid():N}");
        using var p = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return path;
    }

    [Fact]
    public void Load_DevZero_IsACharacterDeviceError()
    {
        if (!OperatingSystem.IsLinux()) { return; } // /dev/zero and statx: Linux; the CI runs there.
        var e = LoadFailsFast("/dev/zero");
        Assert.Equal("/dev/zero: is a character device, not a regular file; only regular files are read", e.Message);
    }

    [Fact]
    public void Load_Fifo_IsAnErrorWithoutBlocking()
    {
        if (!OperatingSystem.IsLinux()) { return; } // mkfifo and statx: Linux; the CI runs there.
        var fifo = MakeFifo();
        try
        {
            // Should the check regress, opening the FIFO for writing releases the blocked reader so the run ends.
            var e = LoadFailsFast(fifo, () => { using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write); });
            Assert.Contains("is a FIFO (named pipe), not a regular file", e.Message);
            Assert.StartsWith(fifo, e.Message);
        }
        finally { File.Delete(fifo); }
    }

    [Fact]
    public void Load_Directory_IsAnError()
    {
        var e = LoadFailsFast(Path.GetTempPath());
        Assert.Contains("is a directory", e.Message);
    }

    [Fact]
    public void Load_OverOneMiB_IsAnErrorAndAtTheLimitIsRead()
    {
        var dir = Directory.CreateTempSubdirectory("cc-policy-");
        try
        {
            var big = Path.Combine(dir.FullName, "big.json");
            File.WriteAllText(big, "{ \"schemaVersion\": 1 }" + new string(' ', PolicyFileLoader.MaxBytes));
            Assert.Contains("larger than 1 MiB", LoadFailsFast(big).Message);

            var exact = Path.Combine(dir.FullName, "exact.json");
            var body = "{ \"schemaVersion\": 1 }";
            File.WriteAllText(exact, body + new string(' ', PolicyFileLoader.MaxBytes - body.Length));
            Assert.Equal(PolicyFileLoader.MaxBytes, new FileInfo(exact).Length);
            Assert.NotNull(PolicyFileReader.Load(exact));

            // A symbolic link to a regular file is followed.
            var link = Path.Combine(dir.FullName, "link.json");
            File.CreateSymbolicLink(link, exact);
            Assert.NotNull(PolicyFileReader.Load(link));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void BoundedFile_FileKinds_FromStat()
    {
        if (!OperatingSystem.IsLinux()) { return; } // statx: Linux; the CI runs there.
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Directory, FileKinds.Of("/"));
        Assert.Equal(FileKind.Missing, FileKinds.Of("/nonexistent/x"));
        Assert.Equal(FileKind.Regular, FileKinds.Of(typeof(PolicyFileTests).Assembly.Location));
    }

    [Theory]
    [InlineData("/dev/zero", "character device")]
    [InlineData("/dev/null", "character device")]
    public void Cli_PolicyDevice_ExitsTwoNamingTheFile(string path, string fragment)
    {
        if (!OperatingSystem.IsLinux()) { return; } // device files: Linux; the CI runs there.
        var (code, _, err) = Cli("explain", "SHA-256", "--policy", path);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(path, err);
        Assert.Contains(fragment, err);
    }

    [Fact]
    public void Cli_PolicyFifo_ExitsTwoWithoutBlocking()
    {
        if (!OperatingSystem.IsLinux()) { return; } // mkfifo: Linux; the CI runs there.
        var fifo = MakeFifo();
        try
        {
            var (code, _, err) = Cli("explain", "SHA-256", "--policy", fifo);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains($"{fifo}: is a FIFO", err);
        }
        finally { File.Delete(fifo); }
    }

    [Fact]
    public void Cli_PolicyFile_IsOverriddenByTheCommandLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"operationEndYear\": 2035 }");
        try
        {
            Assert.Equal(ExitCodes.Noncompliant, Cli("explain", "RSA-2048", "--policy", path).Code); // the file's 2035
            Assert.Equal(ExitCodes.Compliant, Cli("explain", "RSA-2048", "--policy", path, "-y", "2030").Code); // the command line wins
        }
        finally { File.Delete(path); }
    }
    [Fact]
    public void Load_MissingFile_IsAClearError()
    {
        var e = Assert.Throws<PolicyFileException>(() => PolicyFileReader.Load("/nonexistent/policy.json"));
        Assert.Contains("file not found", e.Message);
    }

    [Fact]
    public void SamplePolicy_LoadsAndMatchesSchemaVersion()
    {
        var s = PolicyFileReader.Load(Path.Combine(AppContext.BaseDirectory, "samples", "policy.json"));
        Assert.NotNull(s.OperationEndYear);
        var schema = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "policy.schema.json"));
        Assert.Contains("\"schemaVersion\"", schema);
        // Every property the loader accepts is described in the published schema.
        foreach (var p in new[] { "edition", "asOf", "operationEndYear", "tlsType", "failOn", "curves", "overrides", "tls", "acceptMontgomeryAsEcdh",
                     "accept", "technique", "status", "justification", "versions", "keyExchanges", "ciphers", "requireAead", "macHashes", "minDhBits",
                     "minRsaBits", "allowSha1HandshakeSignatures", "allowSuites", "denySuites" })
        {
            Assert.Contains($"\"{p}\"", schema);
        }
    }
}
