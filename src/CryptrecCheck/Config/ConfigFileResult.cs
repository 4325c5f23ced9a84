using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Config;

/// <summary>One configuration file audited (with the files it includes): its type and every directive's result.</summary>
public sealed class ConfigFileResult : IReportResult
{
    private readonly List<Finding> _findings = new();

    static ConfigFileResult()
    {
        CheckTitles.Register("config.tls-cipher", "TLS cipher suite a configuration enables", "設定が有効にする TLS 暗号スイート");
        CheckTitles.Register("config.tls-protocol", "TLS protocol version a configuration enables", "設定が有効にする TLS プロトコル");
        CheckTitles.Register("config.tls-group", "TLS key-exchange group a configuration enables", "設定が有効にする TLS 鍵交換グループ");
        CheckTitles.Register("config.ssh-algorithm", "SSH algorithm a configuration enables", "設定が有効にする SSH アルゴリズム");
        CheckTitles.Register("config.enabled", "Algorithm or protocol a configuration leaves enabled", "設定が有効のまま残すアルゴリズム又はプロトコル");
        CheckTitles.Register("config.invalid-value", "Directive value the product would reject", "製品が受け付けないディレクティブの値");
        CheckTitles.Register("config.unknown-name", "Algorithm name that could not be recognised", "認識できないアルゴリズム名");
    }

    public ConfigFileResult(string path, ConfigType type, IReadOnlyList<DirectiveResult> directives, IReadOnlyList<string> filesRead)
    {
        Path = path;
        Type = type;
        Directives = directives;
        FilesRead = filesRead;
        foreach (var d in directives)
        {
            var loc = new FindingLocation { File = d.Directive.File, Line = d.Directive.Line > 0 ? d.Directive.Line : null, Directive = d.Directive.Directive };
            if (d.Error != null)
            {
                _findings.Add(new Finding
                {
                    Id = "config.invalid-value", Severity = FindingSeverity.Error, Status = ListStatus.Unknown, Asset = d.Directive.Value, Location = loc,
                    MessageEn = d.Error, MessageJa = $"ディレクティブの値が不正: {d.Error}", Citation = "cryptrec-check",
                });
                continue;
            }
            var id = IdOf(d.Directive.Kind);
            foreach (var s in d.Selected)
            {
                if (s.Verdict == null)
                {
                    _findings.Add(new Finding
                    {
                        Id = "config.unknown-name", Severity = FindingSeverity.Error, Status = ListStatus.Unknown, Asset = s.Name, Location = loc,
                        MessageEn = s.Error != null ? $"{s.Name}: {s.Error}" : $"{s.Name} is not a name CryptrecCheck recognises",
                        MessageJa = s.Error != null ? $"{s.Name}: {s.Error}" : $"{s.Name} は認識できない名前",
                        Citation = "cryptrec-check",
                    });
                    continue;
                }
                var f = Finding.FromVerdict(s.ItemKind is { } itemKind ? IdOf(itemKind) : id, s.Verdict, loc, s.Name);
                if (f.Severity != FindingSeverity.Info) { _findings.Add(f); }
            }
        }
    }

    public string Path { get; }
    public ConfigType Type { get; }
    public IReadOnlyList<DirectiveResult> Directives { get; }
    public IReadOnlyList<string> FilesRead { get; }

    public string Kind => "config";
    public string Subject => Path;

    public ListStatus Status => Directives.Count == 0 ? ListStatus.Recommended : Directives.Select(d => d.Status).OrderByDescending(s => s.Rank()).First();

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyList<KeyValuePair<string, string>> Facts
    {
        get
        {
            var facts = new List<KeyValuePair<string, string>>
            {
                new("type", Type.ToWireName()),
                new("directives", Directives.Count.ToString(CultureInfo.InvariantCulture)),
            };
            foreach (var d in Directives.Where(d => d.Tls != null))
            {
                var where = d.Directive.Line > 0 ? $"{d.Directive.File}:{d.Directive.Line}" : $"{d.Directive.File} (default)";
                var types = string.Join(", ", d.Tls!.Select(t => $"{t.Type.Id()}: {(t.Allowed ? "allowed" : "not allowed")}"));
                facts.Add(new($"{where} {d.Directive.Directive}", $"{d.Selected.Count} selected; GL-3001 {types}"));
            }
            return facts;
        }
    }

    private static string IdOf(DirectiveKind k) => k switch
    {
        DirectiveKind.TlsCipherString or DirectiveKind.Tls13Ciphersuites => "config.tls-cipher",
        DirectiveKind.TlsProtocols => "config.tls-protocol",
        DirectiveKind.TlsGroups => "config.tls-group",
        DirectiveKind.TlsSignatureAlgorithms => "config.tls-signature",
        DirectiveKind.EnabledNames => "config.enabled",
        _ => "config.ssh-algorithm",
    };

    public static string KindWireName(DirectiveKind k) => k switch
    {
        DirectiveKind.TlsCipherString => "tls-cipher-string",
        DirectiveKind.GnuTlsPriority => "gnutls-priority",
        DirectiveKind.Tls13Ciphersuites => "tls13-ciphersuites",
        DirectiveKind.TlsProtocols => "tls-protocols",
        DirectiveKind.TlsGroups => "tls-groups",
        DirectiveKind.TlsSignatureAlgorithms => "tls-signature-algorithms",
        DirectiveKind.SshCiphers => "ssh-ciphers",
        DirectiveKind.SshMacs => "ssh-macs",
        DirectiveKind.SshKex => "ssh-kex",
        DirectiveKind.SshHostKeyAlgorithms => "ssh-hostkey-algorithms",
        DirectiveKind.SshPubkeyAlgorithms => "ssh-pubkey-algorithms",
        _ => "enabled-names",
    };

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("subject", Subject);
        w.WriteString("type", Type.ToWireName());
        w.WriteString("status", Status.ToWireName());
        w.WriteStartArray("filesRead");
        foreach (var f in FilesRead) { w.WriteStringValue(f); }
        w.WriteEndArray();
        w.WriteStartArray("directives");
        foreach (var d in Directives)
        {
            w.WriteStartObject();
            w.WriteString("file", d.Directive.File);
            if (d.Directive.Line > 0) { w.WriteNumber("line", d.Directive.Line); } else { w.WriteNull("line"); }
            w.WriteString("directive", d.Directive.Directive);
            w.WriteString("value", d.Directive.Value);
            w.WriteString("kind", KindWireName(d.Directive.Kind));
            w.WriteBoolean("default", d.Directive.IsDefault);
            w.WriteString("status", d.Status.ToWireName());
            if (d.Error != null) { w.WriteString("error", d.Error); } else { w.WriteNull("error"); }
            w.WriteStartArray("notes");
            foreach (var n in d.Notes) { w.WriteStringValue(n); }
            w.WriteEndArray();
            w.WriteStartArray("selected");
            foreach (var s in d.Selected)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                if (s.Resolved != null) { w.WriteString("resolved", s.Resolved); } else { w.WriteNull("resolved"); }
                w.WriteString("status", s.Status.ToWireName());
                if (s.Verdict?.Tls is { } j)
                {
                    w.WriteStartObject("tls");
                    foreach (var t in j.All) { w.WriteBoolean(t.Type.Id(), t.Allowed); }
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (d.Tls != null)
            {
                w.WriteStartObject("tls");
                foreach (var t in d.Tls)
                {
                    w.WriteStartObject(t.Type.Id());
                    w.WriteBoolean("allowed", t.Allowed);
                    w.WriteStartArray("notAllowed");
                    foreach (var n in t.NotAllowed) { w.WriteStringValue(n); }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("tls");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        EnvelopeJsonWriter.WriteFindings(w, _findings, context);
        w.WriteEndObject();
    }
}
