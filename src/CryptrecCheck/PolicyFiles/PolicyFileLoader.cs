using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// Reads a CryptrecCheck policy file (JSON, schema: schemas/policy.schema.json). Every problem, from a syntax error to an
/// unknown property or a misspelt status, is a <see cref="PolicyFileException"/> naming the file, line and column:
/// a bad configuration is never silent.
/// </summary>
public static class PolicyFileLoader
{
    /// <summary>Policy files larger than this are rejected (a policy is a few kilobytes).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The schema version this loader reads.</summary>
    public const int SchemaVersion = 1;

    public static PolicySettings Load(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { throw new PolicyFileException(path, 0, 0, "file not found"); }
            if (info.Length > MaxBytes) { throw new PolicyFileException(path, 0, 0, $"file is larger than {MaxBytes} bytes"); }
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e) { throw new PolicyFileException(path, 0, 0, "cannot read the file: " + e.Message); }
        catch (UnauthorizedAccessException e) { throw new PolicyFileException(path, 0, 0, "cannot read the file: " + e.Message); }
        return Parse(bytes, path);
    }

    public static PolicySettings Parse(byte[] utf8, string path)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF) { utf8 = utf8.AsSpan(3).ToArray(); }
        var root = JsonTree.Parse(utf8, path);
        var p = new Reader(path);
        p.Expect(root, JsonTokenType.StartObject, "the policy");

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
                    if (!EditionNames.TryParse(p.String(v, name), out var ed)) { throw p.Error(v, $"unknown edition \"{v.String}\" (expected 2022r2 or 2012r8)"); }
                    edition = ed;
                    break;
                case "asOf":
                    if (!DateTime.TryParseExact(p.String(v, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        throw p.Error(v, $"asOf \"{v.String}\" is not a date of the form yyyy-MM-dd");
                    }
                    asOf = d;
                    break;
                case "operationEndYear":
                    endYear = p.Int(v, name, 1990, 2200);
                    break;
                case "tlsType":
                    if (!TlsGuidelineTypeNames.TryParse(p.String(v, name), out var tt)) { throw p.Error(v, $"unknown TLS guideline type \"{v.String}\" (expected high, recommended or exception)"); }
                    tlsType = tt;
                    break;
                case "failOn":
                    failOn = p.Status(v, name);
                    break;
                case "curves":
                    p.Expect(v, JsonTokenType.StartObject, name);
                    foreach (var (cn, _, _, cv) in v.Properties)
                    {
                        switch (cn)
                        {
                            case "acceptMontgomeryAsEcdh": acceptMontgomery = p.Bool(cv, cn); break;
                            case "accept":
                                foreach (var item in p.Array(cv, cn))
                                {
                                    var c = Curves.Find(p.String(item, "curve name"));
                                    if (c == null) { throw p.Error(item, $"unknown curve \"{item.String}\""); }
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
                        p.Expect(item, JsonTokenType.StartObject, "an override");
                        string? technique = null;
                        ListStatus? status = null;
                        string? why = null;
                        foreach (var (on, _, _, ov) in item.Properties)
                        {
                            switch (on)
                            {
                                case "technique":
                                    var t = p.String(ov, on);
                                    technique = Algorithms.Get(t)?.Id ?? ResolveTechnique(t) ?? throw p.Error(ov, $"unknown technique \"{t}\"");
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
                    p.Expect(v, JsonTokenType.StartObject, name);
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

    private static string? ResolveTechnique(string name)
    {
        var r = NameResolver.Resolve(name);
        return r.Resolved?.Asset is { Components: null } a ? a.Algorithm : null;
    }

    private static TlsProfile ReadProfile(Reader p, JsonTree node, TlsProfile start)
    {
        p.Expect(node, JsonTokenType.StartObject, "a TLS profile");
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
                            : throw p.Error(i, $"unknown protocol version \"{i.String}\" (e.g. \"TLS 1.2\")");
                    }).ToArray();
                    break;
                case "keyExchanges":
                    kx = p.Array(v, n).Select(i =>
                    {
                        var s = p.String(i, "a key exchange").ToUpperInvariant();
                        return s is "ECDHE" or "DHE" or "RSA" or "ECDH" or "DH" ? s : throw p.Error(i, $"unknown key exchange \"{i.String}\" (ECDHE, DHE, RSA, ECDH, DH)");
                    }).ToArray();
                    break;
                case "ciphers":
                    ciphers = p.Array(v, n).Select(i =>
                    {
                        var t = p.String(i, "a cipher");
                        return Algorithms.Get(t)?.Id ?? ResolveTechnique(t) ?? throw p.Error(i, $"unknown cipher \"{t}\"");
                    }).ToArray();
                    break;
                case "macHashes":
                    macs = p.Array(v, n).Select(i =>
                    {
                        var t = p.String(i, "a hash");
                        var id = Algorithms.Get(t)?.Id ?? ResolveTechnique(t);
                        return id != null && Algorithms.Get(id)?.Kind == AlgorithmKind.Hash ? id : throw p.Error(i, $"unknown hash \"{t}\"");
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

    private static int[] Suites(Reader p, JsonTree v, string n) => p.Array(v, n).Select(i =>
    {
        var s = p.String(i, "a cipher suite");
        var r = NameResolver.Resolve(s);
        return r.Resolved?.Asset.TlsKind == TlsItemKind.CipherSuite ? r.Resolved.Asset.TlsCode!.Value : throw p.Error(i, $"unknown cipher suite \"{s}\"");
    }).ToArray();

    private sealed class Reader
    {
        private readonly string _path;

        internal Reader(string path) => _path = path;

        internal PolicyFileException Error(JsonTree at, string problem) => new(_path, at.Line, at.Column, problem);

        internal PolicyFileException Unknown(JsonTree at, string name, string where, string expected) =>
            new(_path, at.Line, at.Column, $"unknown property \"{name}\" in {where} (expected one of: {expected})");

        internal void Expect(JsonTree v, JsonTokenType kind, string what)
        {
            if (v.Kind != kind) { throw Error(v, $"{what} must be {(kind == JsonTokenType.StartObject ? "an object" : "an array")}, not {v.KindName}"); }
        }

        internal string String(JsonTree v, string what) =>
            v.Kind == JsonTokenType.String ? v.String! : throw Error(v, $"\"{what}\" must be a string, not {v.KindName}");

        internal bool Bool(JsonTree v, string what) =>
            v.Bool is bool b ? b : throw Error(v, $"\"{what}\" must be true or false, not {v.KindName}");

        internal int Int(JsonTree v, string what, int min, int max)
        {
            if (v.Number is not double d || d != Math.Floor(d)) { throw Error(v, $"\"{what}\" must be a whole number, not {v.KindName}"); }
            if (d < min || d > max) { throw Error(v, $"\"{what}\" must be between {min} and {max}, not {d}"); }
            return (int)d;
        }

        internal List<JsonTree> Array(JsonTree v, string what)
        {
            Expect(v, JsonTokenType.StartArray, $"\"{what}\"");
            return v.Items;
        }

        internal ListStatus Status(JsonTree v, string what)
        {
            var s = String(v, what);
            return ListStatusExtensions.TryParseWireName(s, out var st)
                ? st
                : throw Error(v, $"unknown status \"{s}\" (expected recommended, recommended-pqc, candidate, monitored, not-listed or unknown)");
        }
    }
}
