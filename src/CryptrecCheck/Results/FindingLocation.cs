using System.Globalization;
using System.Text;

namespace CryptrecCheck.Results;

/// <summary>Where a finding was made: a file and line, an endpoint, a certificate, a configuration directive, or a
/// typed name. Every part is optional; <see cref="Display"/> joins the ones present.</summary>
public sealed record FindingLocation
{
    /// <summary>A file path as the user gave it (or relative to the scanned root).</summary>
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in <see cref="File"/>.</summary>
    public int? Column { get; init; }

    /// <summary>Host name or address of a TLS endpoint.</summary>
    public string? Host { get; init; }

    /// <summary>TCP port of a TLS endpoint.</summary>
    public int? Port { get; init; }

    /// <summary>The certificate: its subject, or its place in a chain ("chain[1]").</summary>
    public string? Certificate { get; init; }

    /// <summary>The certificate's serial number (hex).</summary>
    public string? Serial { get; init; }

    /// <summary>The configuration directive (e.g. <c>ssl_ciphers</c>).</summary>
    public string? Directive { get; init; }

    /// <summary>A name as typed (explain).</summary>
    public string? Input { get; init; }

    /// <summary>One line for people: <c>file:line:col</c>, <c>host:port</c>, certificate and serial, directive.</summary>
    public string Display
    {
        get
        {
            var sb = new StringBuilder();
            void Sep() { if (sb.Length > 0) { sb.Append(' '); } }
            if (File != null)
            {
                sb.Append(File);
                if (Line is int l) { sb.Append(':').Append(l.ToString(CultureInfo.InvariantCulture)); }
                if (Column is int c) { sb.Append(':').Append(c.ToString(CultureInfo.InvariantCulture)); }
            }
            if (Host != null)
            {
                Sep();
                sb.Append(Host.Contains(':') && !Host.StartsWith('[') ? "[" + Host + "]" : Host);
                if (Port is int p) { sb.Append(':').Append(p.ToString(CultureInfo.InvariantCulture)); }
            }
            if (Certificate != null) { Sep(); sb.Append(Certificate); }
            if (Serial != null) { Sep(); sb.Append("serial ").Append(Serial); }
            if (Directive != null) { Sep(); sb.Append(Directive); }
            if (Input != null && sb.Length == 0) { sb.Append(Input); }
            return sb.ToString();
        }
    }
}
