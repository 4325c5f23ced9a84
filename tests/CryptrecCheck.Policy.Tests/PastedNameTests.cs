using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>Names as administrators paste them (issue 11): each spelling, the form it must be recognised in, and the
/// status it must get (as of 2026-11-28, LS-0001-2022R2). Statuses follow REFERENCE §1 and the catalogue's combination rule.</summary>
public class PastedNameTests
{
    private static readonly PolicyEngine Engine = new(new EvaluationContext(new DateTime(2026, 11, 28)));

    [Theory]
    // openssl ciphers -v / -stdname -v lines
    [InlineData("ECDHE-RSA-AES128-GCM-SHA256  TLSv1.2 Kx=ECDH     Au=RSA   Enc=AESGCM(128)            Mac=AEAD", "openssl-ciphers-v", ListStatus.Recommended)]
    [InlineData("TLS_RSA_WITH_AES_128_CBC_SHA - AES128-SHA                     SSLv3   Kx=RSA      Au=RSA   Enc=AES(128)               Mac=SHA1", "openssl-ciphers-v", ListStatus.Monitored)]
    [InlineData("NULL-MD5                       SSLv3   Kx=RSA      Au=RSA   Enc=None                   Mac=MD5", "openssl-ciphers-v", ListStatus.NotListed)]
    // Windows
    [InlineData("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384_P384", "windows-schannel", ListStatus.Recommended)]
    [InlineData("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256_P256", "windows-schannel", ListStatus.Recommended)]
    [InlineData("CipherSuite : 49199", "windows-get-tlsciphersuite", ListStatus.Recommended)]
    [InlineData("Name : TLS_RSA_WITH_3DES_EDE_CBC_SHA", "windows-get-tlsciphersuite", ListStatus.Monitored)]
    [InlineData("Triple DES 168", "windows-schannel-registry", ListStatus.Monitored)]
    [InlineData("RC4 128/128", "windows-schannel-registry", ListStatus.NotListed)]
    [InlineData("AES 256/256", "windows-schannel-registry", ListStatus.Recommended)]
    // openssl x509 / pkey -text
    [InlineData("NIST CURVE: P-256", "openssl-text", ListStatus.Recommended)]
    [InlineData("ASN1 OID: secp256k1", "openssl-text", ListStatus.NotListed)]
    [InlineData("Public Key Algorithm: id-ecPublicKey", "openssl-text", ListStatus.Unknown)] // no curve yet: policy basis D5
    // OpenSSH 10.0
    [InlineData("mlkem768x25519-sha256", "ssh", ListStatus.RecommendedPqc)]
    [InlineData("sntrup761x25519-sha512@openssh.com", "ssh", ListStatus.NotListed)]
    [InlineData("sntrup761x25519-sha512", "ssh", ListStatus.NotListed)]
    [InlineData("umac-128-etm@openssh.com", "ssh-mac-etm", ListStatus.NotListed)]
    [InlineData("umac-64@openssh.com", "ssh", ListStatus.NotListed)]
    [InlineData("hmac-sha2-512-etm@openssh.com", "ssh-mac-etm", ListStatus.Recommended)]
    [InlineData("hmac-sha1-etm@openssh.com", "ssh-mac-etm", ListStatus.Monitored)]
    [InlineData("hmac-md5", "ssh", ListStatus.NotListed)]
    [InlineData("diffie-hellman-group-exchange-sha256", "ssh", ListStatus.Recommended)]
    [InlineData("diffie-hellman-group-exchange-sha1", "ssh", ListStatus.Monitored)]
    [InlineData("diffie-hellman-group1-sha1", "ssh", ListStatus.NotListed)]
    [InlineData("sk-ssh-ed25519@openssh.com", "ssh-security-key", ListStatus.Recommended)]
    [InlineData("sk-ecdsa-sha2-nistp256@openssh.com", "ssh-security-key", ListStatus.Recommended)]
    [InlineData("webauthn-sk-ecdsa-sha2-nistp256@openssh.com", "ssh-security-key", ListStatus.Recommended)]
    [InlineData("rsa-sha2-512-cert-v01@openssh.com", "ssh-certificate", ListStatus.Recommended)]
    [InlineData("ssh-rsa-cert-v01@openssh.com", "ssh-certificate", ListStatus.Monitored)]
    [InlineData("ssh-ed25519-cert-v01@openssh.com", "ssh-certificate", ListStatus.Recommended)]
    [InlineData("aes256-ctr", "ssh", ListStatus.Recommended)]
    [InlineData("aes128-cbc", "ssh", ListStatus.Recommended)]
    [InlineData("3des-cbc", "ssh", ListStatus.Monitored)]
    [InlineData("blowfish-cbc", "ssh", ListStatus.NotListed)]
    // JOSE / JWA (RFC 7518, 8812)
    [InlineData("RS256", "jose", ListStatus.Recommended)]
    [InlineData("PS384", "jose", ListStatus.Recommended)]
    [InlineData("ES256", "jose", ListStatus.Recommended)]
    [InlineData("ES512", "jose", ListStatus.Recommended)]
    [InlineData("ES256K", "jose", ListStatus.NotListed)]
    [InlineData("HS256", "jose", ListStatus.Recommended)]
    [InlineData("RSA1_5", "jose", ListStatus.Monitored)]
    [InlineData("RSA-OAEP-256", "jose", ListStatus.Recommended)]
    [InlineData("A256GCM", "jose", ListStatus.Recommended)]
    [InlineData("A128CBC-HS256", "jose", ListStatus.Recommended)]
    [InlineData("none", "jose", ListStatus.NotListed)]
    [InlineData("\"alg\": \"PS384\"", "jose", ListStatus.Recommended)]
    public void Resolve_PastedForm_RecognisedWithStatus(string input, string form, ListStatus status)
    {
        var e = Engine.Explain(input);
        Assert.True(e.Resolution.IsResolved, $"{input}: not resolved ({e.Error})");
        Assert.Equal(form, e.Resolution.Resolved!.Namespace);
        Assert.Equal(status, e.Status);
    }

    [Fact]
    public void Resolve_OpenSsl3KeySizeLineWithoutAlgorithm_IsAnInputErrorThatSaysWhatToGive()
    {
        var e = Engine.Explain("Public-Key: (2048 bit)");
        Assert.False(e.Resolution.IsResolved);
        Assert.Contains("Public Key Algorithm", e.Error);
    }

    [Fact]
    public void Resolve_JoseNamesAreCaseSensitive_NoneInOtherCaseIsNotJose()
    {
        // Through the resolver: the engine's cache is keyed case-insensitively, so it would answer "NONE" as "none".
        Assert.Equal("jose", NameResolver.Resolve("none").Resolved?.Namespace);
        Assert.NotEqual("jose", NameResolver.Resolve("NONE").Resolved?.Namespace);
        Assert.NotEqual("jose", NameResolver.Resolve("Dir").Resolved?.Namespace);
    }

    [Theory]
    [InlineData("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256", 2)]
    [InlineData("aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com", 4)]
    [InlineData("RS256, ES256, HS256", 3)]
    [InlineData("HIGH:!aNULL:!MD5:ECDHE-RSA-AES128-SHA", 4)]
    public void Split_PastedList_EachItemApart(string input, int count)
    {
        var items = PastedForms.Split(input);
        Assert.Equal(count, items.Count);
    }

    [Theory]
    [InlineData("0x00,0x0A")]
    [InlineData("1.2.840.113549.1.1.5")]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")]
    [InlineData("NIST CURVE: P-256")]
    [InlineData("AES/ECB/PKCS7PADDING")]
    public void Split_SingleNameWithSeparators_StaysWhole(string input)
    {
        var items = PastedForms.Split(input);
        Assert.Single(items);
        Assert.Equal(input, items[0].Text);
    }

    [Fact]
    public void Split_Empty_GivesNothing() => Assert.Empty(PastedForms.Split("  "));
}
