using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.OpenSsl;

/// <summary>Key-exchange classes OpenSSL's cipher strings select on (kRSA, kDHE, kECDHE, kPSK, …).</summary>
[Flags]
public enum OpenSslKx
{
    None = 0, Rsa = 1, Dhe = 2, Ecdhe = 4, Psk = 8, RsaPsk = 16, DhePsk = 32, EcdhePsk = 64, Srp = 128,
}

/// <summary>Authentication classes (aRSA, aDSS, aNULL, aECDSA, aPSK, aSRP).</summary>
[Flags]
public enum OpenSslAuth
{
    None = 0, Rsa = 1, Dss = 2, Null = 4, Ecdsa = 8, Psk = 16, Srp = 32,
}

/// <summary>Bulk encryption classes; one bit per cipher, key size and mode, as the aliases need them apart.</summary>
[Flags]
public enum OpenSslEnc
{
    None = 0,
    Aes128 = 1 << 0, Aes256 = 1 << 1, AesGcm128 = 1 << 2, AesGcm256 = 1 << 3, AesCcm128 = 1 << 4, AesCcm256 = 1 << 5,
    AesCcm8_128 = 1 << 6, AesCcm8_256 = 1 << 7, Camellia128 = 1 << 8, Camellia256 = 1 << 9, AriaGcm128 = 1 << 10,
    AriaGcm256 = 1 << 11, ChaCha20 = 1 << 12, Null = 1 << 13,
    All = (1 << 14) - 1,
}

/// <summary>MAC classes (MD5, SHA1, SHA256, SHA384, AEAD).</summary>
[Flags]
public enum OpenSslMac
{
    None = 0, Md5 = 1, Sha1 = 2, Sha256 = 4, Sha384 = 8, Aead = 16,
}

/// <summary>Strength and default-list flags. As in OpenSSL, FIPS is one of the "strength" bits, so HIGH+FIPS selects nothing.</summary>
[Flags]
public enum OpenSslStrength
{
    None = 0, StrongNone = 1, Low = 2, Medium = 4, High = 8, Fips = 16, NotDefault = 32,
    StrongMask = StrongNone | Low | Medium | High | Fips,
    DefaultMask = NotDefault,
}

/// <summary>The lowest protocol version a TLS 1.2-style suite can be used with.</summary>
public enum OpenSslMinTls
{
    Ssl3 = 0x0300, Tls10 = 0x0301, Tls12 = 0x0303,
}

/// <summary>One TLS 1.0–1.2 cipher suite as OpenSSL's cipher-string engine sees it.</summary>
public sealed class OpenSslCipher
{
    internal OpenSslCipher(int index, string name, TlsCipherSuite suite, OpenSslKx kx, OpenSslAuth auth, OpenSslEnc enc, OpenSslMac mac,
        OpenSslMinTls minTls, int strengthBits, OpenSslStrength strength)
    {
        Index = index;
        Name = name;
        Suite = suite;
        Kx = kx;
        Auth = auth;
        Enc = enc;
        Mac = mac;
        MinTls = minTls;
        StrengthBits = strengthBits;
        Strength = strength;
    }

    /// <summary>Position in the table (internal, for the list arrays).</summary>
    internal int Index { get; }

    /// <summary>OpenSSL name (ECDHE-RSA-AES128-GCM-SHA256).</summary>
    public string Name { get; }

    /// <summary>The IANA suite (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256), as `openssl ciphers -stdname` prints it.</summary>
    public TlsCipherSuite Suite { get; }

    public string StandardName => Suite.Name;

    public OpenSslKx Kx { get; }
    public OpenSslAuth Auth { get; }
    public OpenSslEnc Enc { get; }
    public OpenSslMac Mac { get; }
    public OpenSslMinTls MinTls { get; }

    /// <summary>Symmetric strength in bits (0 for NULL encryption), used by @STRENGTH and the security level.</summary>
    public int StrengthBits { get; }

    public OpenSslStrength Strength { get; }

    public override string ToString() => Name;
}
