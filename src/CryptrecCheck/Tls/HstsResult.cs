using System.Globalization;

namespace CryptrecCheck.Tls;

/// <summary>
/// The Strict-Transport-Security header of an HTTPS target's answer to <c>GET /</c> (RFC 6797), or its absence. A fact,
/// not a CRYPTREC finding: no CRYPTREC text available to the project rules on HSTS.
/// </summary>
public sealed record HstsResult
{
    /// <summary>The HTTP status code of the answer.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The first Strict-Transport-Security header field value (RFC 6797 §8.1: only the first counts); null when absent.</summary>
    public string? Header { get; init; }

    public bool Present => Header != null;

    /// <summary>max-age in seconds; null when absent or not a number (then the header is not valid).</summary>
    public long? MaxAge { get; init; }

    public bool IncludeSubDomains { get; init; }

    /// <summary>The <c>preload</c> token (not in RFC 6797; the browsers' preload lists ask for it).</summary>
    public bool Preload { get; init; }

    /// <summary>A header with exactly one valid max-age and no repeated directive (RFC 6797 §6.1).</summary>
    public bool Valid { get; init; }

    /// <summary>Parses a Strict-Transport-Security field value: directives separated by ';', names case-insensitive,
    /// values as token or quoted-string.</summary>
    public static HstsResult Parse(int statusCode, string? header)
    {
        if (header == null) { return new HstsResult { StatusCode = statusCode }; }
        long? maxAge = null;
        bool sub = false, preload = false, valid = true;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in header.Split(';'))
        {
            var d = raw.Trim();
            if (d.Length == 0) { continue; }
            var eq = d.IndexOf('=');
            var name = (eq < 0 ? d : d.Substring(0, eq)).Trim();
            var value = eq < 0 ? null : d.Substring(eq + 1).Trim();
            if (value is { Length: >= 2 } && value[0] == '"' && value[^1] == '"') { value = value.Substring(1, value.Length - 2); }
            if (!seen.Add(name)) { valid = false; continue; }
            if (name.Equals("max-age", StringComparison.OrdinalIgnoreCase))
            {
                if (value != null && value.Length > 0 && value.All(char.IsAsciiDigit) &&
                    long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                {
                    maxAge = seconds;
                }
                else
                {
                    valid = false;
                }
            }
            else if (name.Equals("includeSubDomains", StringComparison.OrdinalIgnoreCase)) { sub = true; }
            else if (name.Equals("preload", StringComparison.OrdinalIgnoreCase)) { preload = true; }
        }
        return new HstsResult
        {
            StatusCode = statusCode,
            Header = header,
            MaxAge = maxAge,
            IncludeSubDomains = sub,
            Preload = preload,
            Valid = valid && maxAge != null,
        };
    }
}
