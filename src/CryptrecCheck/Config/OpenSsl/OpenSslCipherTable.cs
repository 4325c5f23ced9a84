using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.OpenSsl;

/// <summary>
/// The TLS 1.0–1.2 suites of a default build of OpenSSL 3 (default provider; no weak-ssl-ciphers, no legacy provider):
/// built from the project's IANA registry and OpenSSL name table, classified by the suite's own components. Suites
/// such a build does not offer (3DES, RC4, DES, IDEA, SEED, static DH/ECDH, Camellia-GCM, ARIA-CBC, GOST, KRB5,
/// export) are left out, as `openssl ciphers ALL:COMPLEMENTOFALL` leaves them out. TLS 1.3 suites are apart
/// (<see cref="OpenSslCipherString.ExpandCiphersuites"/>).
/// </summary>
public static class OpenSslCipherTable
{
    private static readonly Lazy<Tables> Built = new(() => new Tables());

    /// <summary>Every suite, in OpenSSL's collection order (descending code point), before any preference sort.</summary>
    public static IReadOnlyList<OpenSslCipher> All => Built.Value.Ciphers;

    /// <summary>A suite by its OpenSSL name (case-sensitive, as OpenSSL matches it).</summary>
    public static OpenSslCipher? Find(string openSslName) => Built.Value.ByName.TryGetValue(openSslName, out var c) ? c : null;

    /// <summary>The TLS 1.3 suites OpenSSL 3 implements, and its default TLS 1.3 list.</summary>
    public static IReadOnlyList<TlsCipherSuite> Tls13 => Built.Value.Tls13;

    public const string DefaultCiphersuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>OpenSSL 3's built-in default cipher list (what DEFAULT at the start of a string stands for).</summary>
    public const string DefaultCipherList = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

    internal static Tables Data => Built.Value;

    internal sealed class Tables
    {
        internal readonly List<OpenSslCipher> Ciphers = new();
        internal readonly Dictionary<string, OpenSslCipher> ByName = new(StringComparer.Ordinal);
        internal readonly List<TlsCipherSuite> Tls13 = new();

        internal Tables()
        {
            var candidates = new List<(TlsCipherSuite Suite, string Name)>();
            foreach (var suite in TlsRegistry.CipherSuites)
            {
                var name = TlsRegistry.OpenSslName(suite);
                if (name == null) { continue; }
                if (suite.Protocol == SuiteProtocol.Tls13)
                {
                    if (name is "TLS_AES_128_GCM_SHA256" or "TLS_AES_256_GCM_SHA384" or "TLS_CHACHA20_POLY1305_SHA256" or "TLS_AES_128_CCM_SHA256" or "TLS_AES_128_CCM_8_SHA256")
                    {
                        Tls13.Add(suite);
                    }
                    continue;
                }
                if (suite.Protocol != SuiteProtocol.Tls12) { continue; }
                candidates.Add((suite, name));
            }
            candidates.Sort((a, b) => b.Suite.Code.CompareTo(a.Suite.Code));
            foreach (var (suite, name) in candidates)
            {
                var c = Classify(Ciphers.Count, suite, name);
                if (c == null || ByName.ContainsKey(name)) { continue; }
                Ciphers.Add(c);
                ByName[name] = c;
            }
        }
    }

    private static OpenSslCipher? Classify(int index, TlsCipherSuite s, string name)
    {
        if (s.IsExport) { return null; }
        OpenSslKx kx;
        OpenSslAuth au;
        switch (s.KeyExchange, s.Authentication)
        {
            case ("RSA", "RSA"): kx = OpenSslKx.Rsa; au = OpenSslAuth.Rsa; break;
            case ("DHE", "RSA"): kx = OpenSslKx.Dhe; au = OpenSslAuth.Rsa; break;
            case ("DHE", "DSS"): kx = OpenSslKx.Dhe; au = OpenSslAuth.Dss; break;
            case ("DH", "anon"): kx = OpenSslKx.Dhe; au = OpenSslAuth.Null; break;
            case ("ECDHE", "RSA"): kx = OpenSslKx.Ecdhe; au = OpenSslAuth.Rsa; break;
            case ("ECDHE", "ECDSA"): kx = OpenSslKx.Ecdhe; au = OpenSslAuth.Ecdsa; break;
            case ("ECDH", "anon"): kx = OpenSslKx.Ecdhe; au = OpenSslAuth.Null; break;
            case ("PSK", _): kx = OpenSslKx.Psk; au = OpenSslAuth.Psk; break;
            case ("DHE_PSK", _): kx = OpenSslKx.DhePsk; au = OpenSslAuth.Psk; break;
            case ("ECDHE_PSK", _): kx = OpenSslKx.EcdhePsk; au = OpenSslAuth.Psk; break;
            case ("RSA_PSK", _): kx = OpenSslKx.RsaPsk; au = OpenSslAuth.Rsa; break; // the server proves itself with RSA
            case ("SRP", "SRP"): kx = OpenSslKx.Srp; au = OpenSslAuth.Srp; break;
            case ("SRP", "RSA"): kx = OpenSslKx.Srp; au = OpenSslAuth.Rsa; break;
            case ("SRP", "DSS"): kx = OpenSslKx.Srp; au = OpenSslAuth.Dss; break;
            default: return null; // static DH/ECDH, KRB5, GOST, ECCPWD, NULL: not in OpenSSL 3
        }

        OpenSslEnc enc;
        var big = s.CipherKeyBits == 256;
        switch (s.Cipher, s.Mode)
        {
            case (Algorithms.Aes, "CBC"): enc = big ? OpenSslEnc.Aes256 : OpenSslEnc.Aes128; break;
            case (Algorithms.Aes, "GCM"): enc = big ? OpenSslEnc.AesGcm256 : OpenSslEnc.AesGcm128; break;
            case (Algorithms.Aes, "CCM"):
                enc = s.TagBits == 64 ? (big ? OpenSslEnc.AesCcm8_256 : OpenSslEnc.AesCcm8_128) : (big ? OpenSslEnc.AesCcm256 : OpenSslEnc.AesCcm128);
                break;
            case (Algorithms.Camellia, "CBC"): enc = big ? OpenSslEnc.Camellia256 : OpenSslEnc.Camellia128; break;
            case (Algorithms.Aria, "GCM"): enc = big ? OpenSslEnc.AriaGcm256 : OpenSslEnc.AriaGcm128; break;
            case (Algorithms.ChaCha20Poly1305, _): enc = OpenSslEnc.ChaCha20; break;
            case (Algorithms.NullCipher, _): enc = OpenSslEnc.Null; break;
            default: return null; // 3DES, RC4, DES, IDEA, SEED, Camellia-GCM, ARIA-CBC: not in a default OpenSSL 3 build
        }

        OpenSslMac mac;
        if (s.IsAead) { mac = OpenSslMac.Aead; }
        else
        {
            switch (s.MacHash)
            {
                case Algorithms.Md5: mac = OpenSslMac.Md5; break;
                case Algorithms.Sha1: mac = OpenSslMac.Sha1; break;
                case Algorithms.Sha256: mac = OpenSslMac.Sha256; break;
                case Algorithms.Sha384: mac = OpenSslMac.Sha384; break;
                default: return null;
            }
        }

        // The lowest version: AEAD suites and the SHA-256/384 suites of RFC 5246/5289 need TLS 1.2; the ECC suites of
        // RFC 4492/5489 and the SHA-256/384 PSK suites of RFC 5487 were defined for TLS 1.0; the rest date from SSL 3.0.
        var psk = kx is OpenSslKx.Psk or OpenSslKx.DhePsk or OpenSslKx.RsaPsk or OpenSslKx.EcdhePsk;
        OpenSslMinTls minTls;
        if (mac == OpenSslMac.Aead) { minTls = OpenSslMinTls.Tls12; }
        else if (mac is OpenSslMac.Sha256 or OpenSslMac.Sha384) { minTls = psk ? OpenSslMinTls.Tls10 : OpenSslMinTls.Tls12; }
        else if (kx is OpenSslKx.Ecdhe or OpenSslKx.EcdhePsk) { minTls = OpenSslMinTls.Tls10; }
        else { minTls = OpenSslMinTls.Ssl3; }

        var strength = enc == OpenSslEnc.Null ? OpenSslStrength.StrongNone : OpenSslStrength.High;
        if ((enc & (OpenSslEnc.Aes128 | OpenSslEnc.Aes256 | OpenSslEnc.AesGcm128 | OpenSslEnc.AesGcm256)) != 0 && kx != OpenSslKx.Srp)
        {
            strength |= OpenSslStrength.Fips;
        }
        if (au is OpenSslAuth.Null or OpenSslAuth.Dss
            || (enc & (OpenSslEnc.Camellia128 | OpenSslEnc.Camellia256 | OpenSslEnc.AriaGcm128 | OpenSslEnc.AriaGcm256
                | OpenSslEnc.AesCcm128 | OpenSslEnc.AesCcm256 | OpenSslEnc.AesCcm8_128 | OpenSslEnc.AesCcm8_256)) != 0)
        {
            strength |= OpenSslStrength.NotDefault;
        }
        return new OpenSslCipher(index, name, s, kx, au, enc, mac, minTls, s.CipherKeyBits, strength);
    }
}
