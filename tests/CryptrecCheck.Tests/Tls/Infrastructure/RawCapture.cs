using System.Net;
using System.Net.Sockets;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>Records the raw bytes a real server sends in answer to a hello, so parser tests run on genuine handshakes.</summary>
internal static class RawCapture
{
    /// <summary>Sends <paramref name="hello"/> to 127.0.0.1:<paramref name="port"/> and returns what arrives until the
    /// server is quiet for <paramref name="idleMs"/> ms (at most 256 KiB).</summary>
    internal static byte[] Exchange(int port, byte[] hello, int idleMs = 400)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        var s = client.GetStream();
        s.Write(hello);
        var ms = new MemoryStream();
        var buf = new byte[16384];
        client.ReceiveTimeout = idleMs;
        while (ms.Length < 256 * 1024)
        {
            int n;
            try { n = s.Read(buf); }
            catch (IOException) { break; }
            if (n == 0) { break; }
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }
}
