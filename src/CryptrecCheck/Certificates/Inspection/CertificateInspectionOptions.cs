using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Certificates;

/// <summary>How to inspect: the evaluation context (edition, as-of date, operation end year, policy options), the
/// GL-3001 type to judge server certificates by, an optional host name, the password for encrypted inputs, directory
/// traversal, bounds and trust verification. Immutable; verdicts are cached per options instance, so reuse one.</summary>
public sealed class CertificateInspectionOptions
{
    /// <summary>Default bound on one input file.</summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    private VerdictCache? _cache;

    public required EvaluationContext Context { get; init; }

    /// <summary>The GL-3001 type the certificate rules are judged under (default: 推奨セキュリティ型, GL-3001's default).</summary>
    public TlsGuidelineType Profile { get; init; } = TlsGuidelineType.Recommended;

    /// <summary>When set, the leaf must name this host in its subjectAltName (RFC 6125 §6.4).</summary>
    public string? Hostname { get; init; }

    /// <summary>Password for PKCS#12 files and encrypted PKCS#8 keys; never written anywhere.</summary>
    public string? Password { get; init; }

    /// <summary>Descend into subdirectories of a directory argument.</summary>
    public bool Recursive { get; init; }

    /// <summary>Files larger than this are reported as too large and not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>At most this many certificates are inspected from one file.</summary>
    public int MaxCertificatesPerFile { get; init; } = 10_000;

    public TrustMode Trust { get; init; } = TrustMode.None;

    /// <summary>DER trust anchors for <see cref="TrustMode.Anchors"/>.</summary>
    public IReadOnlyList<byte[]> TrustAnchors { get; init; } = Array.Empty<byte[]>();

    /// <summary>Told, once per directory argument, of the files a walk passed over when some others were inspected (when
    /// none was, the directory's result carries an <c>empty</c> error instead). Null: not told.</summary>
    public Action<SkippedFiles>? OnSkippedFiles { get; init; }

    /// <summary>The date the checks use: the context's as-of date (never the clock).</summary>
    public DateTime AsOf => Context.AsOf;

    internal VerdictCache Cache => _cache ??= new VerdictCache(Context);
}
