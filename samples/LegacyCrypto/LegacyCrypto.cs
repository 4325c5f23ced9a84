using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Security;

namespace LegacyCrypto;

/// <summary>What a ten-year-old government system often contains. Each line is a CryptrecCheck finding.</summary>
public static class Legacy
{
    public static byte[] Fingerprint(byte[] data)
    {
        using var md5 = MD5.Create();                                           // CRY1001 MD5 not listed
        return md5.ComputeHash(data);
    }

    public static byte[] Sign(RSA rsa, byte[] data) =>
        rsa.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);  // CRY1002 SHA-1 monitored

    public static byte[] EncryptKey(RSA rsa, byte[] key) =>
        rsa.Encrypt(key, RSAEncryptionPadding.Pkcs1);                           // CRY3002 RSAES-PKCS1-v1_5 monitored

    public static byte[] EncryptRecord(byte[] key, byte[] record)
    {
        using var tdes = TripleDES.Create();                                    // CRY2002 3-key Triple DES monitored
        tdes.Key = key;
        tdes.Mode = CipherMode.ECB;                                             // CRY2003 ECB not listed
        return tdes.CreateEncryptor().TransformFinalBlock(record, 0, record.Length);
    }

    public static RSA NewKey() => RSA.Create(1024);                             // CRY3001 below the strength standard

    public static byte[] DeriveKey(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 10000);          // CRY5002 PBKDF2 with SHA-1
        return kdf.GetBytes(32);
    }

    public static void Tls(HttpClientHandler handler)
    {
        handler.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;         // CRY4001 TLS 1.1
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;        // CRY4001 TLS 1.0
    }

    public static byte[] BouncyCastleMac(byte[] key, byte[] data)
    {
        var mac = new HMac(new Sha1Digest());                                   // CRY1002 HMAC-SHA1
        mac.Init(new Org.BouncyCastle.Crypto.Parameters.KeyParameter(key));
        mac.BlockUpdate(data, 0, data.Length);
        var output = new byte[mac.GetMacSize()];
        mac.DoFinal(output, 0);
        return output;
    }

    public static object BouncyCastleCipher() => CipherUtilities.GetCipher("DES/CBC/PKCS5Padding"); // CRY2001 DES

    public static object Engine() => new DesEngine();                           // CRY2001 DES

    public static ECDsa Koblitz() => ECDsa.Create(ECCurve.CreateFromFriendlyName("secp256k1")); // CRY3003 curve
}

/// <summary>The compliant counterparts: no finding here.</summary>
public static class Modern
{
    public static byte[] Fingerprint(byte[] data) => SHA256.HashData(data);

    public static byte[] Sign(RSA rsa, byte[] data) => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);

    public static byte[] Seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] tag)
    {
        using var gcm = new AesGcm(key, 16);
        var ciphertext = new byte[plaintext.Length];
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
        return ciphertext;
    }

    public static RSA NewKey() => RSA.Create(3072);

    public static void Tls(HttpClientHandler handler) => handler.SslProtocols = SslProtocols.None;
}
