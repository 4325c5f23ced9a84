using System.Buffers.Binary;
using System.Text;
using CryptrecCheck.Certificates.Der;
using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates;

/// <summary>OpenSSH keys: public-key lines (id_*.pub, authorized_keys with options, known_hosts with host patterns and
/// markers) and the public half of "OPENSSH PRIVATE KEY" files. Wire format per RFC 4253 §6.6, RFC 5656 §3.1 and
/// RFC 8709 §4; the private-key container per OpenSSH's PROTOCOL.key.</summary>
internal static class OpenSshKeyReader
{
    private static readonly string[] KeyTypes =
    {
        "ssh-rsa", "ssh-dss", "ssh-ed25519", "ssh-ed448", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ecdsa-sha2-nistp256@openssh.com", "sk-ssh-ed25519@openssh.com",
        "ssh-rsa-cert-v01@openssh.com", "ssh-ed25519-cert-v01@openssh.com", "ecdsa-sha2-nistp256-cert-v01@openssh.com",
        "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com", "ssh-dss-cert-v01@openssh.com",
    };

    /// <summary>True when a line holds a key type followed by Base64, i.e. looks like an OpenSSH public-key line.</summary>
    internal static bool ContainsKeyLine(string text)
    {
        foreach (var t in KeyTypes)
        {
            if (text.Contains(t + " AAAA", StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    /// <summary>Reads every public-key line; comments and blank lines are skipped, bad lines become problems.</summary>
    internal static void ReadLines(string text, ContainerContent into)
    {
        var lineNo = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            lineNo++;
            var line = raw.Trim();
            if (line.IsEmpty || line[0] == '#') { continue; }
            var tokens = line.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var idx = Array.FindIndex(tokens, t => Array.IndexOf(KeyTypes, t) >= 0);
            var origin = "line " + lineNo.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (idx < 0 || idx + 1 >= tokens.Length)
            {
                into.Problems.Add(("parse", $"{origin}: not an OpenSSH public-key line."));
                continue;
            }
            try
            {
                var blob = Convert.FromBase64String(tokens[idx + 1]);
                var key = ReadBlob(blob);
                // known_hosts: [marker] hosts type key; authorized_keys: [options] type key comment.
                string? comment = idx + 2 < tokens.Length ? string.Join(' ', tokens, idx + 2, tokens.Length - idx - 2) : null;
                if (idx > 0 && !tokens[0].Contains('=') && !tokens[0].StartsWith('@')) { comment = tokens[idx - 1]; }
                else if (idx > 1 && tokens[0].StartsWith('@')) { comment = tokens[0] + " " + tokens[idx - 1]; }
                var format = tokens[idx].Contains("-cert-", StringComparison.Ordinal) ? "OpenSSH certificate (public key)" : "OpenSSH public key";
                into.Keys.Add(new KeyItem(format, origin, key, comment));
            }
            catch (Exception e) when (e is FormatException or CertificateFormatException or ArgumentException or IndexOutOfRangeException)
            {
                into.Problems.Add(("parse", $"{origin}: {e.Message}"));
            }
        }
    }

    /// <summary>Reads the public key inside an "OPENSSH PRIVATE KEY" block (readable without the passphrase).</summary>
    internal static KeyItem ReadPrivateKeyFile(byte[] data, string origin)
    {
        var magic = "openssh-key-v1\0"u8;
        if (!data.AsSpan().StartsWith(magic)) { throw new CertificateFormatException("not an openssh-key-v1 container."); }
        var r = new Wire(data, magic.Length);
        var cipher = Encoding.ASCII.GetString(r.String());
        r.String();
        r.String();
        var n = r.UInt32();
        if (n < 1) { throw new CertificateFormatException("the container holds no key."); }
        var key = ReadBlob(r.String().ToArray());
        return new KeyItem(cipher == "none" ? "OpenSSH private key" : "OpenSSH private key (encrypted; public part read)", origin, key);
    }

    internal static PublicKeyInfo ReadBlob(byte[] blob)
    {
        var r = new Wire(blob, 0);
        var type = Encoding.ASCII.GetString(r.String());
        if (type.Contains("-cert-v01@openssh.com", StringComparison.Ordinal)) { r.String(); }
        switch (type)
        {
            case "ssh-rsa":
            case "ssh-rsa-cert-v01@openssh.com":
                var e = r.String();
                var nMod = r.String();
                return SubjectPublicKeyInfoReader.RsaFromParts("RSA", null, nMod, e);
            case "ssh-dss":
            case "ssh-dss-cert-v01@openssh.com":
                var p = r.String();
                var bits = SubjectPublicKeyInfoReader.BitLength(p);
                return new PublicKeyInfo
                {
                    Algorithm = "DSA", KeyBits = bits,
                    Asset = new CryptoAsset { Algorithm = Algorithms.Dsa, KeyBits = bits, Usage = AssetUsage.Signing },
                };
            case "ssh-ed25519":
            case "sk-ssh-ed25519@openssh.com":
            case "ssh-ed25519-cert-v01@openssh.com":
                return Edwards("Ed25519", OidNames.Ed25519);
            case "ssh-ed448":
                return Edwards("Ed448", OidNames.Ed448);
            default:
                if (type.StartsWith("ecdsa-sha2-", StringComparison.Ordinal) || type.StartsWith("sk-ecdsa-sha2-", StringComparison.Ordinal))
                {
                    var curve = Encoding.ASCII.GetString(r.String());
                    return SubjectPublicKeyInfoReader.EcNamed(OidNames.EcPublicKey, curve);
                }
                throw new CertificateFormatException($"unknown OpenSSH key type \"{type}\".");
        }
    }

    private static PublicKeyInfo Edwards(string curve, string oid) => new()
    {
        Algorithm = curve, Oid = oid, Curve = curve, CurveOid = oid, KeyBits = Curves.Find(curve)?.FieldBits,
        Asset = new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = curve, Usage = AssetUsage.Signing },
    };

    /// <summary>SSH wire reader: uint32 lengths, bounds-checked.</summary>
    private ref struct Wire
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _pos;

        internal Wire(ReadOnlySpan<byte> data, int pos)
        {
            _data = data;
            _pos = pos;
        }

        internal uint UInt32()
        {
            if (_data.Length - _pos < 4) { throw new CertificateFormatException("truncated OpenSSH key."); }
            var v = BinaryPrimitives.ReadUInt32BigEndian(_data[_pos..]);
            _pos += 4;
            return v;
        }

        internal ReadOnlySpan<byte> String()
        {
            var len = UInt32();
            if (len > (uint)(_data.Length - _pos)) { throw new CertificateFormatException("truncated OpenSSH key."); }
            var s = _data.Slice(_pos, (int)len);
            _pos += (int)len;
            return s;
        }
    }
}
