using System.Diagnostics;
using System.Text;

namespace CryptrecCheck.Code;

/// <summary>Runs <c>dotnet restore</c> for a project whose restore output is missing, as a separate process bounded by a
/// timeout; a failure is returned as a message naming the project (the run goes on with the other projects).</summary>
internal static class ProjectRestorer
{
    /// <summary>True when the project has no obj/project.assets.json yet (the SDK's default place for it).</summary>
    public static bool NeedsRestore(string project)
    {
        var assets = Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json");
        return !File.Exists(assets) || File.GetLastWriteTimeUtc(assets) < File.GetLastWriteTimeUtc(project);
    }

    private static string Seconds(TimeSpan t) => ((long)t.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Restores the project; null on success, else one line (EN/JA) with the end of the tool's output.</summary>
    public static async Task<string?> RestoreAsync(string project, string? configuration, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        psi.ArgumentList.Add("restore");
        psi.ArgumentList.Add(project);
        psi.ArgumentList.Add("--nologo");
        psi.ArgumentList.Add("-v:q");
        if (configuration != null) { psi.ArgumentList.Add("-p:Configuration=" + configuration); }
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // The restore's own output, bounded: only the last lines are kept for the message.
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (string.IsNullOrWhiteSpace(line)) { return; }
            lock (tail)
            {
                tail.Enqueue(line.Trim());
                while (tail.Count > 8) { tail.Dequeue(); }
            }
        }
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => Keep(e.Data);
        p.ErrorDataReceived += (_, e) => Keep(e.Data);
        try
        {
            p.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"{project}: dotnet restore could not be started: {e.Message} / dotnet restore を起動できません";
        }
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await p.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            ct.ThrowIfCancellationRequested();
            return $"{project}: dotnet restore did not finish within {Seconds(timeout)} s / dotnet restore が {Seconds(timeout)} 秒以内に終わりません";
        }
        p.WaitForExit();
        if (p.ExitCode == 0) { return null; }
        string detail;
        lock (tail) { detail = string.Join(" | ", tail.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty(tail.LastOrDefault() ?? string.Empty)); }
        var sb = new StringBuilder();
        sb.Append(project).Append(": dotnet restore failed (exit ").Append(p.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        if (detail.Length > 0) { sb.Append(": ").Append(detail.Length > 600 ? detail[..600] + "…" : detail); }
        sb.Append(" / 復元 (restore) に失敗しました");
        return sb.ToString();
    }
}
