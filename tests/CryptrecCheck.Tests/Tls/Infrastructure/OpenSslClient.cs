using System.Diagnostics;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary><c>openssl s_client</c> as an independent oracle: does the server complete a handshake with one suite?</summary>
internal static class OpenSslClient
{
    /// <param name="version">tls1_2 or tls1_3.</param>
    /// <param name="suite">An OpenSSL cipher name (TLS 1.2) or IANA TLS 1.3 suite name.</param>
    internal static bool Accepts(int port, string version, string suite)
    {
        var cipherArg = version == "tls1_3" ? $"-ciphersuites {suite}" : $"-cipher {suite}";
        var psi = new ProcessStartInfo("openssl", $"s_client -connect 127.0.0.1:{port} -{version} {cipherArg} -servername localhost")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(10_000)) { p.Kill(true); return false; }
        var text = stdout.Result;
        return text.Contains("Cipher is ", StringComparison.Ordinal) && !text.Contains("Cipher is (NONE)", StringComparison.Ordinal);
    }

    /// <summary>The digest of the server's TLS 1.2 key-exchange signature when the client offers only <paramref name="sigalgs"/>
    /// (s_client's "Peer signing digest"), or null when no handshake completes.</summary>
    internal static string? PeerSigningDigest(int port, string sigalgs, string cipher)
    {
        var psi = new ProcessStartInfo("openssl", $"s_client -connect 127.0.0.1:{port} -tls1_2 -sigalgs {sigalgs} -cipher {cipher} -servername localhost")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(10_000)) { p.Kill(true); return null; }
        var line = stdout.Result.Split('\n').FirstOrDefault(l => l.StartsWith("Peer signing digest: ", StringComparison.Ordinal));
        return line?["Peer signing digest: ".Length..].Trim();
    }
}
