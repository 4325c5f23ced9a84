using System.Text;

namespace CryptrecCheck.Certificates;

/// <summary>Finds RFC 7468 PEM blocks in text; anything between blocks is ignored. Headers (Proc-Type, DEK-Info) are
/// returned so that legacy-encrypted keys can be recognised.</summary>
internal static class PemReader
{
    internal readonly record struct Block(string Label, byte[]? Data, bool LegacyEncrypted, string? Error);

    internal static bool LooksLikePem(ReadOnlySpan<byte> data) => data.IndexOf("-----BEGIN "u8) >= 0;

    internal static IEnumerable<Block> Read(string text)
    {
        var pos = 0;
        while (true)
        {
            var begin = text.IndexOf("-----BEGIN ", pos, StringComparison.Ordinal);
            if (begin < 0) { yield break; }
            var labelEnd = text.IndexOf("-----", begin + 11, StringComparison.Ordinal);
            var eol = text.IndexOf('\n', begin);
            if (labelEnd < 0 || (eol >= 0 && labelEnd > eol))
            {
                pos = begin + 11;
                continue;
            }
            var label = text.Substring(begin + 11, labelEnd - begin - 11).Trim();
            var bodyStart = labelEnd + 5;
            var endMarker = "-----END " + label + "-----";
            var end = text.IndexOf(endMarker, bodyStart, StringComparison.Ordinal);
            if (end < 0)
            {
                yield return new Block(label, null, false, $"no \"{endMarker}\" line (truncated?)");
                yield break;
            }
            var body = text.AsSpan(bodyStart, end - bodyStart);
            pos = end + endMarker.Length;
            var legacy = false;
            var sb = new StringBuilder(body.Length);
            foreach (var line in body.EnumerateLines())
            {
                if (line.Contains(':'))
                {
                    if (line.StartsWith("Proc-Type:") && line.Contains("ENCRYPTED", StringComparison.Ordinal)) { legacy = true; }
                    continue;
                }
                foreach (var c in line)
                {
                    if (!char.IsWhiteSpace(c)) { sb.Append(c); }
                }
            }
            byte[]? data = null;
            string? error = null;
            try
            {
                data = Convert.FromBase64String(sb.ToString());
            }
            catch (FormatException)
            {
                error = "the body is not valid Base64";
            }
            if (data is { Length: 0 }) { error = "the block is empty"; data = null; }
            yield return new Block(label, data, legacy, error);
        }
    }
}
