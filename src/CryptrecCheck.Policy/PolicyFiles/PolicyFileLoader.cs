using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;

// The namespace predates the move of this code into the dependency-free Policy project; it is kept so that the CLI and the
// library keep their usings (the loader is used by the CLI, the library and, compiled in, the analyzer).
namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// Reads a CryptrecCheck policy file (JSON, schema: schemas/policy.schema.json) from its bytes or text. Every problem, from
/// a syntax error to an unknown property or a misspelt status, is a <see cref="PolicyFileException"/> naming the file, line
/// and column: a bad configuration is never silent. Dependency-free (its own <see cref="JsonReader"/>), so the analyzer
/// reads the same files the same way; reading from disk, with its checks, is the library's PolicyFileReader.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class PolicyFileLoader
{
    /// <summary>Policy files larger than this are rejected (a policy is a few kilobytes).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The schema version this loader reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How deep a policy nests at most; the schema needs 4 levels.</summary>
    internal const int MaxDepth = 16;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxDepth,
        MaxLength = MaxBytes,
        AllowComments = true,
    };

    /// <summary>Parses a policy file's bytes (UTF-8, with or without a byte order mark).</summary>
    public static PolicySettings Parse(byte[] utf8, string path)
    {
        if (utf8 is null) { throw new ArgumentNullException(nameof(utf8)); }
        if (utf8.Length > MaxBytes) { throw TooLarge(path); }
        return Read(() => JsonReader.Parse(utf8, ReaderOptions), IsBlank(utf8), path);
    }

    /// <summary>Parses a policy file's text, e.g. an AdditionalFile's content in the analyzer. Offsets in errors index this text.</summary>
    public static PolicySettings Parse(string text, string path)
    {
        if (text is null) { throw new ArgumentNullException(nameof(text)); }
        if (text.Length > MaxBytes) { throw TooLarge(path); }
        return Read(() => JsonReader.Parse(text, ReaderOptions), text.Trim(' ', '\t', '\r', '\n', '\uFEFF').Length == 0, path);
    }

    private static PolicyFileException TooLarge(string path) =>
        new(path, 0, 0, FormattableString.Invariant($"file is larger than {MaxBytes} bytes (1 MiB); a policy file is a few kilobytes"));

    private static bool IsBlank(byte[] b)
    {
        var i = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
        for (; i < b.Length; i++)
        {
            if (b[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) { return false; }
        }
        return true;
    }

    private static PolicySettings Read(Func<JsonNode> parse, bool blank, string path)
    {
        if (blank) { throw new PolicyFileException(path, 1, 1, "the file is empty; expected a JSON object", 0, 0); }
        JsonNode root;
        try
        {
            root = parse();
        }
        catch (JsonReaderException e)
        {
            throw new PolicyFileException(path, e.Line, e.Column, "not valid JSON: " + e.Problem, e.Offset, 1);
        }
        return Interpret(root, path);
    }

    private static PolicySettings Interpret(JsonNode root, string path)
    {
        var p = new Reader(path);
        p.Expect(root, JsonKind.Object, "the policy");

        Edition? edition = null;
        DateTime? asOf = null;
        int? endYear = null;
        TlsGuidelineType? tlsType = null;
        ListStatus? failOn = null;
        var acceptMontgomery = PolicyOptions.Default.AcceptMontgomeryCurvesAsEcdh;
        var curves = new List<string>();
        var overrides = new List<StatusOverride>();
        var profiles = TlsProfileSet.Default;
        var sawVersion = false;

        foreach (var (name, line, col, v) in root.Properties)
        {
            switch (name)
            {
                case "$schema":
                    p.String(v, name);
                    break;
                case "schemaVersion":
                    var sv = p.Int(v, name, 1, 1000);
                    if (sv != SchemaVersion) { throw p.Error(v, $"schemaVersion {sv} is not supported (this version reads {SchemaVersion})"); }
                    sawVersion = true;
                    break;
                case "edition":
                    if (!EditionNames.TryParse(p.String(v, name), out var ed)) { throw p.Error(v, $"unknown edition \"{Q(v.String)}\" (expected 2022r2 or 2012r8)"); }
                    edition = ed;
                    break;
                case "asOf":
                    if (!DateTime.TryParseExact(p.String(v, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        throw p.Error(v, $"asOf \"{Q(v.String)}\" is not a date of the form yyyy-MM-dd");
                    }
                    // The as-of year is the default operation end year, which the strength periods bound to 1990–2200.
                    if (d.Year < 1990 || d.Year > 2200) { throw p.Error(v, $"asOf \"{Q(v.String)}\" must be between 1990-01-01 and 2200-12-31"); }
                    asOf = d;
                    break;
                case "operationEndYear":
                    endYear = p.Int(v, name, 1990, 2200);
                    break;
                case "tlsType":
                    if (!TlsGuidelineTypeNames.TryParse(p.String(v, name), out var tt)) { throw p.Error(v, $"unknown TLS guideline type \"{Q(v.String)}\" (expected high, recommended or exception)"); }
                    tlsType = tt;
                    break;
                case "failOn":
                    failOn = p.Status(v, name);
                    break;
                case "curves":
                    p.Expect(v, JsonKind.Object, name);
                    foreach (var (cn, _, _, cv) in v.Properties)
                    {
                        switch (cn)
                        {
                            case "acceptMontgomeryAsEcdh": acceptMontgomery = p.Bool(cv, cn); break;
                            case "accept":
                                foreach (var item in p.Array(cv, cn))
                                {
                                    var c = Curves.Find(p.String(item, "curve name"));
                                    if (c == null) { throw p.Error(item, $"unknown curve \"{Q(item.String)}\""); }
                                    curves.Add(c.Name);
                                }
                                break;
                            default: throw p.Unknown(cv, cn, "curves", "acceptMontgomeryAsEcdh, accept");
                        }
                    }
                    break;
                case "overrides":
                    foreach (var item in p.Array(v, name))
                    {
                        p.Expect(item, JsonKind.Object, "an override");
                        string? technique = null;
                        ListStatus? status = null;
                        string? why = null;
                        foreach (var (on, _, _, ov) in item.Properties)
                        {
                            switch (on)
                            {
                                case "technique":
                                    var t = p.String(ov, on);
                                    technique = Algorithms.Get(t)?.Id ?? ResolveTechnique(t) ?? throw p.Error(ov, $"unknown technique \"{Q(t)}\"");
                                    break;
                                case "status": status = p.Status(ov, on); break;
                                case "justification": why = p.String(ov, on); break;
                                default: throw p.Unknown(ov, on, "an override", "technique, status, justification");
                            }
                        }
                        if (technique == null || status == null || string.IsNullOrWhiteSpace(why))
                        {
                            throw p.Error(item, "an override needs technique, status and a non-empty justification");
                        }
                        overrides.Add(new StatusOverride(technique, status.Value, why!));
                    }
                    break;
                case "tls":
                    p.Expect(v, JsonKind.Object, name);
                    foreach (var (tn, _, _, tv) in v.Properties)
                    {
                        if (!TlsGuidelineTypeNames.TryParse(tn, out var type)) { throw p.Unknown(tv, tn, "tls", "high, recommended, exception"); }
                        var updated = ReadProfile(p, tv, profiles[type]);
                        profiles = type switch
                        {
                            TlsGuidelineType.High => new TlsProfileSet { High = updated, Recommended = profiles.Recommended, Exception = profiles.Exception },
                            TlsGuidelineType.Recommended => new TlsProfileSet { High = profiles.High, Recommended = updated, Exception = profiles.Exception },
                            _ => new TlsProfileSet { High = profiles.High, Recommended = profiles.Recommended, Exception = updated },
                        };
                    }
                    break;
                default:
                    throw p.Unknown(v, name, "the policy", "schemaVersion, edition, asOf, operationEndYear, tlsType, failOn, curves, overrides, tls");
            }
        }
        if (!sawVersion) { throw p.Error(root, $"missing \"schemaVersion\": {SchemaVersion}"); }

        return new PolicySettings
        {
            Edition = edition,
            AsOf = asOf,
            OperationEndYear = endYear,
            TlsType = tlsType,
            FailOn = failOn,
            Options = new PolicyOptions
            {
                AcceptMontgomeryCurvesAsEcdh = acceptMontgomery,
                AdditionalAcceptedCurves = curves,
                Overrides = overrides,
                TlsProfiles = profiles,
            },
        };
    }

    /// <summary>Text from the file, quoted safely for a message (controls and bidi characters escaped, long text cut).</summary>
    private static string Q(string? s) => JsonReader.Escape(s ?? string.Empty);

    private static string? ResolveTechnique(string name)
    {
        var r = NameResolver.Resolve(name);
        return r.Resolved?.Asset is { Components: null } a ? a.Algorithm : null;
    }

    private static TlsProfile ReadProfile(Reader p, JsonNode node, TlsProfile start)
    {
        p.Expect(node, JsonKind.Object, "a TLS profile");
        var versions = start.Versions;
        var kx = start.KeyExchanges;
        var ciphers = start.Ciphers;
        var aead = start.RequireAead;
        var macs = start.MacHashes;
        var minDh = start.MinDhBits;
        var minRsa = start.MinRsaBits;
        var sha1 = start.AllowSha1HandshakeSignatures;
        var allow = start.AllowSuites;
        var deny = start.DenySuites;
        foreach (var (n, _, _, v) in node.Properties)
        {
            switch (n)
            {
                case "versions":
                    versions = p.Array(v, n).Select(i =>
                    {
                        var r = NameResolver.Resolve(p.String(i, "a protocol version"));
                        return r.Resolved?.Asset.TlsKind == TlsItemKind.ProtocolVersion
                            ? (TlsProtocolVersion)r.Resolved.Asset.TlsCode!.Value
                            : throw p.Error(i, $"unknown protocol version \"{Q(i.String)}\" (e.g. \"TLS 1.2\")");
                    }).ToArray();
                    break;
                case "keyExchanges":
                    kx = p.Array(v, n).Select(i =>
                    {
                        var s = p.String(i, "a key exchange").ToUpperInvariant();
                        return s is "ECDHE" or "DHE" or "RSA" or "ECDH" or "DH" ? s : throw p.Error(i, $"unknown key exchange \"{Q(i.String)}\" (ECDHE, DHE, RSA, ECDH, DH)");
                    }).ToArray();
                    break;
                case "ciphers":
                    ciphers = p.Array(v, n).Select(i =>
                    {
                        var t = p.String(i, "a cipher");
                        return Algorithms.Get(t)?.Id ?? ResolveTechnique(t) ?? throw p.Error(i, $"unknown cipher \"{Q(t)}\"");
                    }).ToArray();
                    break;
                case "macHashes":
                    macs = p.Array(v, n).Select(i =>
                    {
                        var t = p.String(i, "a hash");
                        var id = Algorithms.Get(t)?.Id ?? ResolveTechnique(t);
                        return id != null && Algorithms.Get(id)?.Kind == AlgorithmKind.Hash ? id : throw p.Error(i, $"unknown hash \"{Q(t)}\"");
                    }).ToArray();
                    break;
                case "requireAead": aead = p.Bool(v, n); break;
                case "minDhBits": minDh = p.Int(v, n, 512, 16384); break;
                case "minRsaBits": minRsa = p.Int(v, n, 512, 16384); break;
                case "allowSha1HandshakeSignatures": sha1 = p.Bool(v, n); break;
                case "allowSuites": allow = Suites(p, v, n); break;
                case "denySuites": deny = Suites(p, v, n); break;
                default:
                    throw p.Unknown(v, n, "a TLS profile", "versions, keyExchanges, ciphers, requireAead, macHashes, minDhBits, minRsaBits, allowSha1HandshakeSignatures, allowSuites, denySuites");
            }
        }
        return new TlsProfile
        {
            Type = start.Type,
            Versions = versions,
            KeyExchanges = kx,
            Ciphers = ciphers,
            RequireAead = aead,
            MacHashes = macs,
            MinDhBits = minDh,
            MinRsaBits = minRsa,
            AllowSha1HandshakeSignatures = sha1,
            AllowSuites = allow,
            DenySuites = deny,
        };
    }

    private static int[] Suites(Reader p, JsonNode v, string n) => p.Array(v, n).Select(i =>
    {
        var s = p.String(i, "a cipher suite");
        var r = NameResolver.Resolve(s);
        return r.Resolved?.Asset.TlsKind == TlsItemKind.CipherSuite ? r.Resolved.Asset.TlsCode!.Value : throw p.Error(i, $"unknown cipher suite \"{Q(s)}\"");
    }).ToArray();

    private sealed class Reader
    {
        private readonly string _path;

        internal Reader(string path) => _path = path;

        internal PolicyFileException Error(JsonNode at, string problem) => new(_path, at.Line, at.Column, problem, at.Offset, at.Length);

        internal PolicyFileException Unknown(JsonNode at, string name, string where, string expected) =>
            new(_path, at.Line, at.Column, $"unknown property \"{Q(name)}\" in {where} (expected one of: {expected})", at.Offset, at.Length);

        internal void Expect(JsonNode v, JsonKind kind, string what)
        {
            if (v.Kind != kind) { throw Error(v, $"{what} must be {(kind == JsonKind.Object ? "an object" : "an array")}, not {v.KindName}"); }
        }

        internal string String(JsonNode v, string what) =>
            v.Kind == JsonKind.String ? v.String! : throw Error(v, $"\"{what}\" must be a string, not {v.KindName}");

        internal bool Bool(JsonNode v, string what) =>
            v.Bool is bool b ? b : throw Error(v, $"\"{what}\" must be true or false, not {v.KindName}");

        internal int Int(JsonNode v, string what, int min, int max)
        {
            if (v.Number is not double d || d != Math.Floor(d)) { throw Error(v, $"\"{what}\" must be a whole number, not {v.KindName}"); }
            if (d < min || d > max) { throw Error(v, FormattableString.Invariant($"\"{what}\" must be between {min} and {max}, not {d}")); }
            return (int)d;
        }

        internal List<JsonNode> Array(JsonNode v, string what)
        {
            Expect(v, JsonKind.Array, $"\"{what}\"");
            return v.Items;
        }

        internal ListStatus Status(JsonNode v, string what)
        {
            var s = String(v, what);
            return ListStatusExtensions.TryParseWireName(s, out var st)
                ? st
                : throw Error(v, $"unknown status \"{Q(s)}\" (expected recommended, recommended-pqc, candidate, monitored, not-listed or unknown)");
        }
    }
}
