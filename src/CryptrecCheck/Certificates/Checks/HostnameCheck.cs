using System.Net;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>When a host name is given, the leaf must name it in a subjectAltName dNSName (one leftmost wildcard label
/// allowed) or iPAddress. The commonName is not used (RFC 9525 §6.3 removed that fallback).</summary>
public sealed class HostnameCheck : CertificateCheck
{
    public override string Id => "cert.hostname";

    public override Citation Citation { get; } = Rfc("9525", "§6.3 and §6.4 (DNS-ID and IP-ID matching)");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        if (input.Options.Hostname is not { Length: > 0 } host || !input.IsLeaf) { return; }
        if (Matches(input.Certificate, host)) { return; }
        var names = string.Join(", ", input.Certificate.SubjectAltNames.Where(s => s.Kind is "dns" or "ip").Select(s => s.Value));
        findings.Add(Make(FindingSeverity.Error,
            $"The certificate does not name the host \"{host}\" (subjectAltName: {(names.Length == 0 ? "none" : names)}).",
            $"証明書はホスト「{host}」を含まない（subjectAltName: {(names.Length == 0 ? "なし" : names)}）。"));
    }

    /// <summary>A file with --hostname whose certificates are all CA certificates: the check was not made (a self-signed
    /// server certificate made by `openssl req -x509` is marked CA:TRUE and looks like a root).</summary>
    internal static Finding NotChecked(string host) => new()
    {
        Id = "cert.hostname",
        Severity = FindingSeverity.Warning,
        Status = ListStatus.Recommended,
        MessageEn = $"No end-entity certificate here (all are CA:TRUE), so the host name \"{host}\" was not checked. A self-signed server certificate made with `openssl req -x509` is marked CA:TRUE; give it a basicConstraints of CA:FALSE, or scan the server with `tls`.",
        MessageJa = $"エンドエンティティ証明書がない（すべて CA:TRUE）ため、ホスト名「{host}」は確認していない。`openssl req -x509` で作る自己署名のサーバ証明書は CA:TRUE になる。basicConstraints を CA:FALSE にするか、`tls` でサーバを検査すること。",
        Citation = Rfc("9525", "§6.3 and §6.4 (DNS-ID and IP-ID matching)").ToString(),
    };

    internal static bool Matches(ParsedCertificate c, string host)
    {
        host = host.TrimEnd('.');
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip))
        {
            var want = ip.ToString();
            return c.SubjectAltNames.Any(s => s.Kind == "ip" && string.Equals(s.Value, want, StringComparison.OrdinalIgnoreCase));
        }
        foreach (var s in c.SubjectAltNames)
        {
            if (s.Kind != "dns") { continue; }
            var name = s.Value.TrimEnd('.');
            if (string.Equals(name, host, StringComparison.OrdinalIgnoreCase)) { return true; }
            if (name.StartsWith("*.", StringComparison.Ordinal))
            {
                var dot = host.IndexOf('.');
                if (dot > 0 && string.Equals(host[(dot + 1)..], name[2..], StringComparison.OrdinalIgnoreCase) && name[2..].Contains('.')) { return true; }
            }
        }
        return false;
    }
}
