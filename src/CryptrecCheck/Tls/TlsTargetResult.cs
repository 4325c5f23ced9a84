using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls;

/// <summary>One scanned and judged TLS target as a result of the shared model (schemas/tls.schema.json).</summary>
public sealed class TlsTargetResult : IReportResult
{
    private readonly IReadOnlyDictionary<int, Verdict> _suiteVerdicts;

    internal TlsTargetResult(TlsScanResult scan, IReadOnlyList<Finding> findings, IReadOnlyDictionary<int, Verdict> suiteVerdicts,
        TlsGuidelineType profile, TlsCompliance compliance, bool certificatesJudged)
    {
        Scan = scan;
        Findings = findings;
        _suiteVerdicts = suiteVerdicts;
        Profile = profile;
        Compliance = compliance;
        CertificatesJudged = certificatesJudged;
    }

    public TlsScanResult Scan { get; }

    /// <summary>The guideline type chosen for pass/fail.</summary>
    public TlsGuidelineType Profile { get; }

    public TlsCompliance Compliance { get; }

    /// <summary>True when a certificate judge looked at the chains.</summary>
    public bool CertificatesJudged { get; }

    /// <summary>Compliant under the chosen type, and the scan reached the server.</summary>
    public bool IsCompliant => Compliance[Profile];

    /// <summary>A target that does not meet <c>--profile</c> fails even under a lenient <c>--fail-on</c> (`tls --help`:
    /// 1 when some target does not comply with the type), as the streamed JSON Lines output always did.</summary>
    public bool FailsRegardlessOfThreshold => !IsCompliant;

    public string Kind => "tls-target";

    public string Subject => Scan.Target.Display;

    /// <summary>
    /// The target's status under the chosen type: recommended when every item found is allowed in it; otherwise the
    /// worst catalogue status among the items it does not allow, and at least not-listed, so that the shared summary
    /// and exit code count the target as noncompliant. Each finding keeps its own catalogue status. A target that
    /// accepted no handshake at all (closed port, not TLS, every hello refused) was not judged: unknown, not not-listed.
    /// </summary>
    public ListStatus Status
    {
        get
        {
            if (IsCompliant) { return ListStatus.Recommended; }
            if (!Scan.Protocols.Any(p => p.Supported)) { return ListStatus.Unknown; }
            var worst = ListStatus.NotListed;
            foreach (var f in Findings)
            {
                if (f.Severity == FindingSeverity.Error && f.Status.Rank() > worst.Rank()) { worst = f.Status; }
            }
            return worst;
        }
    }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Facts
    {
        get
        {
            var list = new List<KeyValuePair<string, string>>
            {
                new("ip", Scan.Ip ?? "-"),
                new("protocols", string.Join(", ", Scan.Protocols.Where(p => p.Supported).Select(p => p.VersionName))),
                new("suites", Scan.Protocols.Where(p => p.Supported).Sum(p => p.CipherSuites.Count).ToString(CultureInfo.InvariantCulture)),
                new("groups", string.Join(", ", Scan.Groups.Select(g => g.Name).Distinct())),
                new("signature schemes", string.Join(", ", Scan.SignatureSchemes.Select(g => g.Name).Distinct())),
                new("compliance", $"high={Yes(Compliance.High)} recommended={Yes(Compliance.Recommended)} exception={Yes(Compliance.Exception)}"),
                new("certificate chains", Scan.CertificateChains.Count.ToString(CultureInfo.InvariantCulture) + (CertificatesJudged ? string.Empty : " (not judged)")),
                new("connections", Scan.Connections.ToString(CultureInfo.InvariantCulture)),
            };
            if (Scan.Hsts is { } hsts)
            {
                list.Add(new("hsts", hsts.Present ? hsts.Header! : "absent"));
            }
            if (Scan.Features.SessionResumptionId is bool byId) { list.Add(new("resumption by session ID", Yes(byId))); }
            if (Scan.Features.SessionResumptionTicket is bool byTicket) { list.Add(new("resumption by ticket", Yes(byTicket))); }
            foreach (var e in Scan.Errors) { list.Add(new("error", e.ToString())); }
            return list;
        }
    }

    private static string Yes(bool b) => b ? "yes" : "no";

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        var s = Scan;
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("subject", Subject);
        w.WriteString("status", Status.ToWireName());
        w.WriteString("target", s.Target.Display);
        w.WriteString("host", s.Target.Host);
        w.WriteNumber("port", s.Target.Port);
        if (s.Target.Sni != null) { w.WriteString("sni", s.Target.Sni); } else { w.WriteNull("sni"); }
        w.WriteString("starttls", s.Target.StartTls.Id());
        if (s.Ip != null) { w.WriteString("ip", s.Ip); } else { w.WriteNull("ip"); }
        w.WriteString("profile", Profile.Id());

        w.WriteStartArray("protocols");
        foreach (var p in s.Protocols)
        {
            w.WriteStartObject();
            w.WriteString("version", p.VersionName);
            w.WriteBoolean("supported", p.Supported);
            w.WriteStartArray("cipherSuites");
            foreach (var c in p.CipherSuites)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteNumber("code", c.Code);
                var v = _suiteVerdicts.GetValueOrDefault(c.Code);
                w.WriteString("status", (v?.Status ?? ListStatus.Unknown).ToWireName());
                WriteAllowed(w, v?.Tls);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (p.ServerOrder is bool so) { w.WriteBoolean("serverOrder", so); } else { w.WriteNull("serverOrder"); }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        void WriteRegistryItems(string property, IReadOnlyList<GroupScanResult> items)
        {
            w.WriteStartArray(property);
            foreach (var g in items)
            {
                w.WriteStartObject();
                w.WriteString("name", g.Name);
                w.WriteNumber("code", g.Code);
                w.WriteString("seenIn", g.SeenIn);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        WriteRegistryItems("groups", s.Groups);
        WriteRegistryItems("signatureSchemes", s.SignatureSchemes);
        w.WriteStartArray("dheGroupBits");
        foreach (var b in s.DhePrimeBits) { w.WriteNumberValue(b); }
        w.WriteEndArray();

        // certificateChain: the main chain, leaf first, base64 DER; every distinct chain in certificateChains.
        w.WriteStartArray("certificateChain");
        if (s.CertificateChains.Count > 0) { foreach (var c in s.CertificateChains[0]) { w.WriteBase64StringValue(c); } }
        w.WriteEndArray();
        w.WriteStartArray("certificateChains");
        foreach (var chain in s.CertificateChains)
        {
            w.WriteStartArray();
            foreach (var c in chain) { w.WriteBase64StringValue(c); }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteBoolean("certificatesJudged", CertificatesJudged);

        w.WriteStartObject("features");
        Feature(w, "secureRenegotiation", s.Features.SecureRenegotiation);
        Feature(w, "compression", s.Features.Compression);
        Feature(w, "fallbackScsv", s.Features.FallbackScsv);
        Feature(w, "extendedMasterSecret", s.Features.ExtendedMasterSecret);
        Feature(w, "encryptThenMac", s.Features.EncryptThenMac);
        Feature(w, "ocspStapling", s.Features.OcspStapling);
        Feature(w, "sessionTicket", s.Features.SessionTicket);
        Feature(w, "sessionResumptionId", s.Features.SessionResumptionId);
        Feature(w, "sessionResumptionTicket", s.Features.SessionResumptionTicket);
        w.WriteEndObject();

        // hsts: the Strict-Transport-Security answer of an HTTPS target (a fact, not a finding); null when not asked.
        if (s.Hsts is { } hsts)
        {
            w.WriteStartObject("hsts");
            w.WriteNumber("statusCode", hsts.StatusCode);
            w.WriteBoolean("present", hsts.Present);
            if (hsts.Header != null) { w.WriteString("header", hsts.Header); } else { w.WriteNull("header"); }
            if (hsts.MaxAge is long maxAge) { w.WriteNumber("maxAge", maxAge); } else { w.WriteNull("maxAge"); }
            w.WriteBoolean("includeSubDomains", hsts.IncludeSubDomains);
            w.WriteBoolean("preload", hsts.Preload);
            w.WriteBoolean("valid", hsts.Valid);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("hsts");
        }

        w.WriteStartObject("compliance");
        w.WriteBoolean("high", Compliance.High);
        w.WriteBoolean("recommended", Compliance.Recommended);
        w.WriteBoolean("exception", Compliance.Exception);
        w.WriteEndObject();

        EnvelopeJsonWriter.WriteFindings(w, Findings, context);

        w.WriteStartArray("errors");
        foreach (var e in s.Errors)
        {
            w.WriteStartObject();
            w.WriteString("step", e.Step);
            w.WriteString("code", ErrorCode(e.Kind));
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("connections", s.Connections);
        w.WriteNumber("elapsedMs", Math.Round(s.Elapsed.TotalMilliseconds, 1));
        w.WriteEndObject();
    }

    /// <summary>Stable wire code of an error kind: connect-failed, timeout, malformed, ...</summary>
    public static string ErrorCode(TlsErrorKind k) => k switch
    {
        TlsErrorKind.ConnectFailed => "connect-failed",
        TlsErrorKind.Timeout => "timeout",
        TlsErrorKind.ConnectionClosed => "connection-closed",
        TlsErrorKind.Malformed => "malformed",
        TlsErrorKind.RecordTooLarge => "record-too-large",
        TlsErrorKind.TooMuchData => "too-much-data",
        TlsErrorKind.UnexpectedMessage => "unexpected-message",
        TlsErrorKind.StartTlsFailed => "starttls-failed",
        TlsErrorKind.Cancelled => "cancelled",
        _ => "internal",
    };

    private static void WriteAllowed(Utf8JsonWriter w, TlsJudgement? tls)
    {
        w.WriteStartObject("allowed");
        foreach (var t in new[] { TlsGuidelineType.High, TlsGuidelineType.Recommended, TlsGuidelineType.Exception })
        {
            w.WriteBoolean(t.Id(), tls?[t].Allowed ?? false);
        }
        w.WriteEndObject();
    }

    private static void Feature(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is bool b) { w.WriteBoolean(name, b); } else { w.WriteNull(name); }
    }
}
