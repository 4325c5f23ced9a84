using System.Globalization;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>
/// Certificate and key inspection: facts from the own DER parser, CRYPTREC verdicts from the policy evaluator, and the
/// structural checks of <see cref="CertificateChecks"/>. Used by the <c>cert</c> verb and by the TLS scanner on the
/// chains it retrieves. Never throws for bad input: every problem becomes an <see cref="InspectionError"/>.
/// </summary>
public static class CertificateInspector
{
    /// <summary>Inspects a chain as a TLS peer sends it (leaf first, but any order works): each certificate parsed,
    /// judged, placed in the chain; trust verified when the options ask for it.</summary>
    public static ChainInspectionResult InspectChain(IReadOnlyList<byte[]> derChain, CertificateInspectionOptions options) =>
        InspectChain(derChain, options, senderFirst: true);

    /// <summary>Inspects one DER certificate on its own (no issuer known).</summary>
    public static ChainInspectionResult InspectCertificate(byte[] der, CertificateInspectionOptions options) => InspectChain(new[] { der }, options, senderFirst: false);

    private static ChainInspectionResult InspectChain(IReadOnlyList<byte[]> derChain, CertificateInspectionOptions options, bool senderFirst)
    {
        ArgumentNullException.ThrowIfNull(derChain);
        ArgumentNullException.ThrowIfNull(options);
        var items = new List<CertificateItem>(derChain.Count);
        for (var i = 0; i < derChain.Count; i++)
        {
            items.Add(new CertificateItem(derChain[i] ?? Array.Empty<byte>(), $"chain[{i.ToString(CultureInfo.InvariantCulture)}]"));
        }
        var errors = new List<InspectionError>();
        var certs = InspectGroup("chain", items, options, errors, senderFirst);
        return new ChainInspectionResult(certs, errors);
    }

    /// <summary>Inspects one file: PEM, DER, PKCS#7, PKCS#12, key files and OpenSSH key lines.</summary>
    public static FileInspectionResult InspectFile(string path, CertificateInspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        byte[] data;
        try
        {
            data = ReadBounded(path, options.MaxFileBytes);
        }
        catch (FileTooLargeException e)
        {
            return Failed(path, "too-large", e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return Failed(path, e is UnauthorizedAccessException ? "access" : "io", $"{path}: cannot read: {e.Message}");
        }
        return InspectBytes(path, data, options);
    }

    /// <summary>Inspects a file's content already in memory; <paramref name="source"/> names it in results and errors.</summary>
    public static FileInspectionResult InspectBytes(string source, byte[] data, CertificateInspectionOptions options)
    {
        ContainerContent content;
        try
        {
            content = ContainerReader.Read(data, options.Password);
        }
        catch (Exception e) when (ContainerReader.IsInputError(e))
        {
            return Failed(source, "parse", $"{source}: {ContainerReader.Describe(e)}");
        }
        var errors = new List<InspectionError>();
        foreach (var (code, message) in content.Problems) { errors.Add(new InspectionError(source, code, $"{source}: {message}")); }
        var items = content.Certificates;
        if (items.Count > options.MaxCertificatesPerFile)
        {
            errors.Add(new InspectionError(source, "too-large", $"{source}: {items.Count} certificates; only the first {options.MaxCertificatesPerFile} are inspected."));
            items = items.GetRange(0, options.MaxCertificatesPerFile);
        }
        var certs = InspectGroup(source, items, options, errors, senderFirst: false);
        var keys = content.Keys.Select(k => InspectKey(source, k, options)).ToList();
        var onlySkipped = false;
        if (certs.Count == 0 && keys.Count == 0 && errors.Count == 0)
        {
            onlySkipped = content.Skipped.Count > 0;
            var skipped = content.Skipped.Count == 0 ? string.Empty
                : $" Skipped, as they hold nothing to judge: {string.Join(", ", content.Skipped.Take(5))}{(content.Skipped.Count > 5 ? ", …" : string.Empty)}.";
            errors.Add(new InspectionError(source, "empty", $"{source}: no certificate or key found.{skipped}"));
        }
        return new FileInspectionResult(source, content.Format, certs, keys, errors) { OnlySkippedBlocks = onlySkipped };
    }

    /// <summary>Inspects files and directories one by one (lazily, so memory stays flat in the number of files).
    /// Directories are read for certificate and key files (see <see cref="IsCandidateFile"/>), recursively if asked;
    /// an unreadable directory or file becomes a result with an error.</summary>
    public static IEnumerable<FileInspectionResult> InspectPaths(IEnumerable<string> paths, CertificateInspectionOptions options)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var r in InspectDirectory(path, options)) { yield return r; }
            }
            else if (File.Exists(path))
            {
                yield return InspectFile(path, options);
            }
            else
            {
                yield return Failed(path, "io", $"{path}: no such file or directory.");
            }
        }
    }

    /// <summary>File names a directory walk inspects: certificate, key and container extensions, OpenSSH key files. Other
    /// regular files are inspected when their content starts like a certificate or key (PEM block, DER object).</summary>
    public static bool IsCandidateFile(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".pem" or ".crt" or ".cer" or ".der" or ".cert" or ".p7b" or ".p7c" or ".p7" or ".p12" or ".pfx" or ".key" or ".pub" or ".spki") { return true; }
        return name is "authorized_keys" or "authorized_keys2" or "known_hosts" || (name.StartsWith("id_", StringComparison.Ordinal) && ext.Length == 0);
    }

    /// <summary>How much of a file whose name says nothing is read to recognise it (a PEM block may follow a text dump).</summary>
    private const int SniffBytes = 64 * 1024;

    /// <summary>Skipped files named in a directory's message; the count covers them all.</summary>
    private const int SkippedNamed = 5;

    /// <summary>True when a regular file whose name is not a certificate or key name holds a PEM block or starts like a DER
    /// object (a SEQUENCE with a long-form length that fits the file): `server.txt`, `cert`. Only regular files within the
    /// size bound are opened; FIFOs, devices and sockets are never read. Only the first <see cref="SniffBytes"/> are read.</summary>
    private static bool ContentLooksLikeCertificateOrKey(string path, long maxBytes)
    {
        if (Inputs.FileKinds.Of(path) is not (Inputs.FileKind.Regular or Inputs.FileKind.Unknown)) { return false; }
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (!fs.CanSeek) { return false; }
            var length = fs.Length;
            if (length == 0 || length > maxBytes) { return false; }
            var head = new byte[(int)Math.Min(length, SniffBytes)];
            fs.ReadExactly(head);
            // PEM: an encapsulation boundary at the start of a line (RFC 7468 §2), so a script quoting one mid-line is not taken.
            if (head.AsSpan().StartsWith("-----BEGIN "u8) || head.AsSpan().IndexOf("\n-----BEGIN "u8) >= 0) { return true; }
            // DER: SEQUENCE, long-form length of 1–4 bytes (every certificate and key is longer than 127 bytes).
            if (head.Length < 6 || head[0] != 0x30 || head[1] is < 0x81 or > 0x84) { return false; }
            var n = head[1] & 0x7F;
            long content = 0;
            for (var i = 0; i < n; i++) { content = (content << 8) | head[2 + i]; }
            return content >= 0x80 && 2 + n + content <= length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return false;
        }
    }

    private static IEnumerable<FileInspectionResult> InspectDirectory(string root, CertificateInspectionOptions options)
    {
        var inspected = 0;
        var skipped = 0;
        var named = new List<string>(SkippedNamed);
        var failed = false;
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files;
            string[] subdirs;
            FileInspectionResult? failure = null;
            try
            {
                files = Directory.GetFiles(dir);
                subdirs = options.Recursive ? Directory.GetDirectories(dir) : Array.Empty<string>();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                files = Array.Empty<string>();
                subdirs = Array.Empty<string>();
                failure = Failed(dir, e is UnauthorizedAccessException ? "access" : "io", $"{dir}: cannot list the directory: {e.Message}");
            }
            if (failure != null)
            {
                failed = true;
                yield return failure;
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
            {
                var byName = IsCandidateFile(Path.GetFileName(f));
                var result = byName || ContentLooksLikeCertificateOrKey(f, options.MaxFileBytes) ? InspectFile(f, options) : null;
                // A file chosen by its content alone in which no block was recognised at all (a blob that only starts like DER)
                // is passed over; one whose block failed to read (a cut certificate, an encrypted key without --password)
                // stays an error, as a file named like a certificate does.
                var nothing = result != null && !byName && result.Certificates.Count == 0 && result.Keys.Count == 0
                    && result.Errors.All(e => e.Code is "empty" or "format");
                if (result is { OnlySkippedBlocks: false } && !nothing)
                {
                    inspected++;
                    yield return result;
                }
                else
                {
                    skipped++;
                    var reason = result == null ? string.Empty : result.OnlySkippedBlocks ? " (parameters or other blocks with nothing to judge)" : " (not a certificate or key)";
                    if (named.Count < SkippedNamed) { named.Add(Path.GetRelativePath(root, f) + reason); }
                }
            }
            Array.Sort(subdirs, StringComparer.Ordinal);
            for (var i = subdirs.Length - 1; i >= 0; i--)
            {
                // Symbolic links to directories are not followed: no cycles.
                if (new DirectoryInfo(subdirs[i]).LinkTarget == null) { pending.Push(subdirs[i]); }
            }
        }
        // A directory in which nothing was inspected is not a success: say so, as for an empty file, with what was passed
        // over and why. Otherwise the caller is told what was passed over, if it asked.
        var names = named.Count == 0 ? string.Empty : $": {string.Join(", ", named)}{(skipped > named.Count ? ", …" : string.Empty)}";
        var why = $"{skipped} file(s) skipped, holding no certificate or key{names}";
        if (inspected == 0 && !failed)
        {
            yield return Failed(root, "empty", skipped == 0
                ? $"{root}: no certificate or key found: the directory holds no files{(options.Recursive ? string.Empty : " (subdirectories were not read: not recursive)")}."
                : $"{root}: no certificate or key found: {why}.");
        }
        else if (skipped > 0)
        {
            options.OnSkippedFiles?.Invoke(new SkippedFiles(root, skipped, named, $"{root}: {why}."));
        }
    }

    private static FileInspectionResult Failed(string source, string code, string message) =>
        new(source, "unknown", Array.Empty<CertificateResult>(), Array.Empty<KeyResult>(), new[] { new InspectionError(source, code, message) });

    private static byte[] ReadBounded(string path, long max)
    {
        // Opened with the shared bound on waiting: a FIFO with no writer ends as an error after a few seconds, not a hang.
        using var fs = Inputs.BoundedInput.Open(path);
        if (fs.CanSeek)
        {
            // A regular file: one exact-size buffer (a directory of small certificates allocates little per file).
            if (fs.Length > max) { throw new FileTooLargeException($"{path}: {fs.Length} bytes is more than the limit of {max} bytes."); }
            var data = new byte[fs.Length];
            fs.ReadExactly(data);
            if (fs.ReadByte() >= 0) { throw new IOException($"{path}: the file grew while it was read."); }
            return data;
        }
        // A pipe or device: read in chunks up to the bound.
        var ms = new MemoryStream();
        var buffer = new byte[16384];
        int n;
        while ((n = fs.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > max) { throw new FileTooLargeException($"{path}: more than the limit of {max} bytes."); }
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static KeyResult InspectKey(string source, KeyItem item, CertificateInspectionOptions options)
    {
        var verdict = options.Cache.Key(item.PublicKey.Asset);
        var findings = new List<Finding>(3)
        {
            VerdictFindings.PublicKey(VerdictFindings.KeyFileId, "Key", "鍵", item.PublicKey, verdict),
        };
        if (RsaExponentCheck.Judge(CertificateChecks.RsaExponent, item.PublicKey) is { } e) { findings.Add(e); }
        findings.Add(PqcReadinessCheck.Judge(CertificateChecks.PqcReadiness, item.PublicKey));
        var location = new FindingLocation { File = source, Certificate = item.Origin };
        for (var f = 0; f < findings.Count; f++) { findings[f] = findings[f] with { Location = location }; }
        return new KeyResult(source, item, verdict, findings);
    }

    /// <summary>Parses, places and judges certificates inspected together.</summary>
    /// <param name="senderFirst">The certificates are a chain as a TLS peer sends it, its own certificate first.</param>
    private static List<CertificateResult> InspectGroup(string source, List<CertificateItem> items, CertificateInspectionOptions options, List<InspectionError> errors, bool senderFirst)
    {
        var parsed = new List<(ParsedCertificate Cert, string Origin)>(items.Count);
        foreach (var item in items)
        {
            try
            {
                parsed.Add((Der.CertificateParser.Parse(item.Der), item.Origin));
            }
            catch (CertificateFormatException e)
            {
                errors.Add(new InspectionError(source, "parse", $"{source}: {item.Origin}: {e.Message}"));
            }
        }
        var n = parsed.Count;
        var issuerOf = new int?[n];
        var issuesOthers = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var c = parsed[i].Cert;
            if (c.IsSelfSigned) { issuerOf[i] = i; continue; }
            int? candidate = null;
            for (var j = 0; j < n; j++)
            {
                if (j == i || !c.IsIssuedBy(parsed[j].Cert)) { continue; }
                candidate = j;
                if (parsed[j].Cert.IsCertificateAuthority) { break; }
            }
            issuerOf[i] = candidate;
            if (candidate is int k) { issuesOthers[k] = true; }
        }

        var verdicts = new Policy.Evaluation.Verdict[n];
        for (var i = 0; i < n; i++)
        {
            var c = parsed[i].Cert;
            verdicts[i] = options.Cache.Certificate(c.PublicKey.Asset, SignatureAsset(c));
        }

        // A TLS peer sends its own certificate first (RFC 8446 §4.4.2, RFC 5246 §7.4.2): when no certificate of a sent chain
        // is an end entity by its flags — a server presenting a self-signed certificate marked CA:TRUE, as `openssl req
        // -x509` makes them — the first one is the leaf, and is judged as one (host name, self-signed leaf, its signature
        // under GL-3001). Files are not relabelled (a chain.pem or a CA bundle holds no server certificate); with
        // --hostname and no end entity, the host name check says it was not made.
        var noEndEntity = n > 0 && parsed.All(p => p.Cert.IsCertificateAuthority);
        var firstIsLeaf = senderFirst && noEndEntity && parsed[0].Origin == items[0].Origin;
        var results = new List<CertificateResult>(n);
        for (var i = 0; i < n; i++)
        {
            var (c, origin) = parsed[i];
            var role = !c.IsCertificateAuthority || (firstIsLeaf && i == 0) ? CertificateRoles.Leaf
                : c.IsSelfSigned ? CertificateRoles.Root
                : issuesOthers[i] ? CertificateRoles.Intermediate : CertificateRoles.Ca;
            var issuerIndex = issuerOf[i];
            var issuer = issuerIndex is int ii ? parsed[ii].Cert : null;
            var v = verdicts[i];
            var findings = new List<Finding>(8)
            {
                VerdictFindings.PublicKey(VerdictFindings.PublicKeyId, "Public key", "公開鍵", c.PublicKey, v.Components[0].Verdict),
                VerdictFindings.FromVerdict(VerdictFindings.SignatureId, "Signature", "署名", c.SignatureAlgorithm.Display, v.Components[1].Verdict),
            };
            // GL-3001's certificate rules concern what a server presents: the leaf and the CAs above it. A root's own
            // signature is never verified by a client, so the guideline does not judge it: no cert.tls-guideline finding,
            // and the chain's `allowed` takes the root's key alone. (Its list status is still shown by cert.signature.)
            var allowed = (role == CertificateRoles.Root ? options.Cache.RootCertificate(c.PublicKey.Asset) : v).Tls?[options.Profile].Allowed ?? false;
            if (v.Tls != null && role != CertificateRoles.Root)
            {
                findings.Add(VerdictFindings.Guideline(v, options.Profile, c.PublicKey.Display + ", " + c.SignatureAlgorithm.Display));
            }
            var input = new CheckInput
            {
                Certificate = c,
                Role = role,
                Issuer = issuer,
                KeyVerdict = v.Components[0].Verdict,
                IssuerKeyVerdict = issuerIndex is int k2 && k2 != i ? verdicts[k2].Components[0].Verdict : null,
                Options = options,
            };
            foreach (var check in CertificateChecks.All) { check.Run(input, findings); }
            if (i == 0 && !senderFirst && noEndEntity && options.Hostname is { Length: > 0 } host)
            {
                findings.Add(HostnameCheck.NotChecked(host));
            }
            if (options.Trust != TrustMode.None && role == CertificateRoles.Leaf)
            {
                var others = new List<ParsedCertificate>(n);
                for (var j = 0; j < n; j++) { if (j != i) { others.Add(parsed[j].Cert); } }
                findings.Add(TrustVerifier.Verify(c, others, options));
            }
            var location = new FindingLocation { File = source == "chain" ? null : source, Certificate = c.Subject.Length > 0 ? c.Subject : origin, Serial = c.SerialHex };
            for (var f = 0; f < findings.Count; f++) { findings[f] = findings[f] with { Location = location }; }
            results.Add(new CertificateResult(source, origin, i, role, issuerIndex, c, v, allowed, findings));
        }
        return results;
    }

    /// <summary>The signature as an asset. EdDSA names its curve in the algorithm (RFC 8410), so the curve is carried.</summary>
    private static Policy.CryptoAsset SignatureAsset(ParsedCertificate c) => c.SignatureAlgorithm.Asset;

    private sealed class FileTooLargeException : IOException
    {
        internal FileTooLargeException(string message) : base(message)
        {
        }
    }
}
