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
        var text = Connect($"-connect 127.0.0.1:{port} -{version} {cipherArg} -servername localhost");
        return text != null && text.Contains("Cipher is ", StringComparison.Ordinal) && !text.Contains("Cipher is (NONE)", StringComparison.Ordinal);
    }

    /// <summary>The digest of the server's TLS 1.2 key-exchange signature when the client offers only <paramref name="sigalgs"/>
    /// (s_client's "Peer signing digest"), or null when no handshake completes.</summary>
    internal static string? PeerSigningDigest(int port, string sigalgs, string cipher)
    {
        var text = Connect($"-connect 127.0.0.1:{port} -tls1_2 -sigalgs {sigalgs} -cipher {cipher} -servername localhost");
        var line = text?.Split('\n').FirstOrDefault(l => l.StartsWith("Peer signing digest: ", StringComparison.Ordinal));
        return line?["Peer signing digest: ".Length..].Trim();
    }

    /// <summary>One s_client connection with standard input closed; its standard output, or null after 10 s.</summary>
    private static string? Connect(string args)
    {
        var psi = new ProcessStartInfo("openssl", "s_client " + args)
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
        return stdout.Result;
    }
}
