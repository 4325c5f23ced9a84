using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// OpenSSH's algorithm names (ciphers, MACs, key exchange, host-key and signature algorithms) as they appear in
/// sshd_config, ssh_config, `ssh -Q …` and `ssh -vv` output, covering OpenSSH 10.0: the -etm@openssh.com MAC variants,
/// the -cert-v01@openssh.com certificate forms, FIDO security-key (sk-, webauthn-sk-) keys and the post-quantum hybrids.
/// Names are RFC 4253/4344/5656/6668/8268/8308/8332/8709/8731 and OpenSSH's PROTOCOL files.
/// </summary>
internal static class SshNames
{
    private static readonly Dictionary<string, CryptoAsset> Table = Build();

    /// <summary>What the suffix or prefix of an OpenSSH name said, for the "form" shown to the user.</summary>
    internal static ResolvedName? Find(string name, Func<string, ResolvedName?> core)
    {
        var n = name.Trim().ToLowerInvariant();
        if (n.Length == 0 || n.IndexOf(' ') >= 0) { return null; }
        var form = "ssh";
        const string Cert = "-cert-v01@openssh.com";
        const string Etm = "-etm@openssh.com";
        if (n.EndsWith(Cert, StringComparison.Ordinal)) { n = n.Substring(0, n.Length - Cert.Length); form = "ssh-certificate"; }
        else if (n.EndsWith(Etm, StringComparison.Ordinal)) { n = n.Substring(0, n.Length - Etm.Length); form = "ssh-mac-etm"; }
        if (n.StartsWith("webauthn-sk-", StringComparison.Ordinal)) { n = n.Substring("webauthn-sk-".Length); form = "ssh-security-key"; }
        else if (n.StartsWith("sk-", StringComparison.Ordinal)) { n = n.Substring(3); form = "ssh-security-key"; }
        if (form is "ssh-security-key" or "ssh-certificate" && n.EndsWith("@openssh.com", StringComparison.Ordinal)) { n = n.Substring(0, n.Length - "@openssh.com".Length); }

        if (Table.TryGetValue(n, out var asset) || (form != "ssh" && Table.TryGetValue(n + "@openssh.com", out asset)))
        {
            return new ResolvedName(name, NameResolver.Describe(asset), asset, form);
        }
        if (form != "ssh")
        {
            // A certificate, EtM or security-key form of a name the resolver already knows (ssh-rsa, hmac-sha2-256, …).
            var inner = core(n);
            if (inner != null && inner.Namespace == "ssh") { return inner with { Input = name, Namespace = form }; }
        }
        return null;
    }

    private static Dictionary<string, CryptoAsset> Build()
    {
        var d = new Dictionary<string, CryptoAsset>(StringComparer.Ordinal);
        void E(CryptoAsset a, params string[] names) { foreach (var n in names) { d[n] = a; } }
        CryptoAsset Aes(int bits, string mode) => new() { Algorithm = Algorithms.Aes, KeyBits = bits, Mode = mode };
        CryptoAsset Hmac(string hash, int? outBits = null) => new() { Algorithm = Algorithms.Hmac, Hash = hash, OutputBits = outBits };
        CryptoAsset Hybrid(string id, CryptoAsset pq) => new()
        {
            Algorithm = id,
            Usage = AssetUsage.KeyAgreement,
            Components = new[]
            {
                new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X25519", Usage = AssetUsage.KeyAgreement, Role = ComponentRole.Classical },
                pq,
            },
        };

        // Ciphers (RFC 4253, 4344; OpenSSH PROTOCOL).
        E(Aes(128, Algorithms.Ctr), "aes128-ctr");
        E(Aes(192, Algorithms.Ctr), "aes192-ctr");
        E(Aes(256, Algorithms.Ctr), "aes256-ctr");
        E(Aes(128, Algorithms.Cbc), "aes128-cbc");
        E(Aes(192, Algorithms.Cbc), "aes192-cbc");
        E(Aes(256, Algorithms.Cbc), "aes256-cbc", "rijndael-cbc@lysator.liu.se");
        E(Aes(128, Algorithms.Gcm), "aes128-gcm@openssh.com", "aes128-gcm");
        E(Aes(256, Algorithms.Gcm), "aes256-gcm@openssh.com", "aes256-gcm");
        E(new CryptoAsset { Algorithm = Algorithms.ChaCha20Poly1305 }, "chacha20-poly1305@openssh.com", "chacha20-poly1305");
        E(new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168, Mode = Algorithms.Cbc }, "3des-cbc", "3des-ctr");
        E(new CryptoAsset { Algorithm = Algorithms.Blowfish, KeyBits = 128, Mode = Algorithms.Cbc }, "blowfish-cbc");
        E(new CryptoAsset { Algorithm = Algorithms.Cast5, KeyBits = 128, Mode = Algorithms.Cbc }, "cast128-cbc");
        E(new CryptoAsset { Algorithm = Algorithms.Rc4, KeyBits = 128 }, "arcfour", "arcfour128");
        E(new CryptoAsset { Algorithm = Algorithms.Rc4, KeyBits = 256 }, "arcfour256");

        // MACs (RFC 4253, 6668; OpenSSH PROTOCOL): the -etm@openssh.com forms are stripped before lookup.
        E(Hmac(Algorithms.Sha1), "hmac-sha1");
        E(Hmac(Algorithms.Sha1, 96), "hmac-sha1-96");
        E(Hmac(Algorithms.Sha256), "hmac-sha2-256");
        E(Hmac(Algorithms.Sha512), "hmac-sha2-512");
        E(Hmac(Algorithms.Md5), "hmac-md5");
        E(Hmac(Algorithms.Md5, 96), "hmac-md5-96");
        E(Hmac(Algorithms.Ripemd160), "hmac-ripemd160", "hmac-ripemd160@openssh.com");
        E(new CryptoAsset { Algorithm = Algorithms.Umac, OutputBits = 64 }, "umac-64@openssh.com");
        E(new CryptoAsset { Algorithm = Algorithms.Umac, OutputBits = 128 }, "umac-128@openssh.com");

        // Key exchange (RFC 4253, 4419, 5656, 8268, 8731; OpenSSH PROTOCOL for the hybrids).
        E(new CryptoAsset { Algorithm = Algorithms.Dh, Hash = Algorithms.Sha1, Usage = AssetUsage.KeyAgreement }, "diffie-hellman-group-exchange-sha1");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, Hash = Algorithms.Sha256, Usage = AssetUsage.KeyAgreement }, "diffie-hellman-group-exchange-sha256");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 2048, Hash = Algorithms.Sha1 }, "diffie-hellman-group14-sha1");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 2048, Hash = Algorithms.Sha256 }, "diffie-hellman-group14-sha256");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 4096, Hash = Algorithms.Sha512 }, "diffie-hellman-group16-sha512");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 6144, Hash = Algorithms.Sha512 }, "diffie-hellman-group17-sha512");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 8192, Hash = Algorithms.Sha512 }, "diffie-hellman-group18-sha512");
        E(new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = 1024, Hash = Algorithms.Sha1 }, "diffie-hellman-group1-sha1");
        E(Hybrid("sntrup761x25519-sha512", new CryptoAsset { Algorithm = Algorithms.NtruPrime, ParameterSet = "sntrup761", Usage = AssetUsage.KeyAgreement, Role = ComponentRole.PostQuantum }),
            "sntrup761x25519-sha512@openssh.com", "sntrup761x25519-sha512");
        E(Hybrid("mlkem768x25519-sha256", new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "ML-KEM-768", Usage = AssetUsage.KeyAgreement, Role = ComponentRole.PostQuantum }),
            "mlkem768x25519-sha256");

        // Host keys and signatures not already in the resolver's table (RFC 5656, 8709; OpenSSH PROTOCOL.u2f).
        E(new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-256", Hash = Algorithms.Sha256 }, "ecdsa-sha2-nistp256");
        E(new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-384", Hash = Algorithms.Sha384 }, "ecdsa-sha2-nistp384");
        E(new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-521", Hash = Algorithms.Sha512 }, "ecdsa-sha2-nistp521");
        E(new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed25519" }, "ssh-ed25519");
        E(new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed448" }, "ssh-ed448");
        E(new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha1 }, "ssh-rsa");
        E(new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha256 }, "rsa-sha2-256");
        E(new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Algorithms.Sha512 }, "rsa-sha2-512");
        E(new CryptoAsset { Algorithm = Algorithms.Dsa, Hash = Algorithms.Sha1, KeyBits = 1024 }, "ssh-dss");
        return d;
    }

    /// <summary>Every name of the table, for tests and for the sshd_config reader's validation.</summary>
    internal static IEnumerable<string> Names => Table.Keys;
}
