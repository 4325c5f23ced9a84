using CryptrecCheck.Tls.Wire;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>The ClientHello and SSL 2.0 CLIENT-HELLO builders, byte by byte against hand-computed encodings.</summary>
public class WireFormatTests
{
    [Fact]
    public void Build_MinimalHello_MatchesHandComputedBytes()
    {
        var bytes = ClientHelloBuilder.Build(new ClientHelloSpec { Random = new byte[32], CipherSuites = new[] { 0x1301 } });
        var expected = Convert.FromHexString("160301002D" + "01000029" + "0303" + new string('0', 64) + "00" + "00021301" + "0100");
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Build_ServerName_EncodesHostNameList()
    {
        var bytes = ClientHelloBuilder.BuildHandshake(new ClientHelloSpec { Random = new byte[32], CipherSuites = new[] { 0x002F }, ServerName = "a.b." });
        // extensions block: length 12, server_name(0) length 8, list length 6, host_name(0) length 3 "a.b"
        Assert.EndsWith("000C" + "00000008" + "0006" + "00" + "0003" + "612E62", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Build_Tls13Extensions_EncodeVersionsGroupsAndEmptyKeyShare()
    {
        var hs = ClientHelloBuilder.BuildHandshake(new ClientHelloSpec
        {
            Random = new byte[32],
            CipherSuites = new[] { 0x1301 },
            SupportedVersions = new[] { 0x0304 },
            SupportedGroups = new[] { 0x001D, 0x11EC },
            KeyShares = Array.Empty<KeyShareEntry>(),
            RenegotiationInfo = true,
            ExtendedMasterSecret = true,
        });
        var hex = Convert.ToHexString(hs);
        Assert.Contains("000A0006" + "0004001D11EC", hex);      // supported_groups
        Assert.Contains("002B0003" + "020304", hex);             // supported_versions
        Assert.Contains("003300020000", hex);                    // key_share with an empty client_shares list
        Assert.Contains("00170000", hex);                        // extended_master_secret
        Assert.EndsWith("FF01000100", hex);                      // renegotiation_info, empty renegotiated_connection
        var declared = (hs[1] << 16) | (hs[2] << 8) | hs[3];
        Assert.Equal(hs.Length - 4, declared);
    }

    [Fact]
    public void Build_HelloLongerThanOneRecord_IsSplitIntoRecords()
    {
        var suites = Enumerable.Range(0, 9000).Select(i => i & 0xFFFF).ToArray();
        var bytes = ClientHelloBuilder.Build(new ClientHelloSpec { Random = new byte[32], CipherSuites = suites });
        var first = (bytes[3] << 8) | bytes[4];
        Assert.Equal(ClientHelloBuilder.MaxFragment, first);
        Assert.Equal(0x16, bytes[5 + first]);
        var second = (bytes[5 + first + 3] << 8) | bytes[5 + first + 4];
        Assert.Equal(bytes.Length, 10 + first + second);
    }

    [Fact]
    public void Build_Ssl2Hello_MatchesHandComputedBytes()
    {
        var bytes = Ssl2ClientHello.Build(new[] { 0x010080, 0x0700C0 }, new byte[16]);
        Assert.Equal(Convert.FromHexString("801F" + "01" + "0002" + "0006" + "0000" + "0010" + "010080" + "0700C0" + new string('0', 32)), bytes);
    }

    [Fact]
    public void Parse_Ssl2ServerHello_ReadsVersionAndKinds()
    {
        // No SSL 2.0 server exists on a current system; this message is composed from the specification's layout.
        var msg = Convert.FromHexString("04" + "00" + "01" + "0002" + "0003" + "0006" + "0010" + "308101" + "010080" + "0700C0" + new string('1', 32));
        var h = Ssl2ServerHello.Parse(msg);
        Assert.Equal(2, h.Version);
        Assert.Equal(new[] { 0x010080, 0x0700C0 }, h.CipherKinds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("02")]
    [InlineData("0303")]
    [InlineData("0303" + "00")]
    public void Parse_TruncatedServerHello_IsTypedMalformed(string hex)
    {
        var e = Assert.Throws<TlsProtocolException>(() => ServerHelloMessage.Parse(Convert.FromHexString(hex)));
        Assert.Equal(TlsErrorKind.Malformed, e.Kind);
    }

    [Fact]
    public void Parse_DheKeyExchange_CountsPrimeBits()
    {
        var p = new byte[256];
        p[0] = 0x80; // 2048-bit prime
        var body = Convert.FromHexString("0100" + Convert.ToHexString(p) + "000102" + "0001" + "05");
        Assert.Equal(2048, ServerKeyExchangeMessage.ParseDhe(body).DhPrimeBits);
        p[0] = 0x01;
        body = Convert.FromHexString("0100" + Convert.ToHexString(p) + "000102" + "0001" + "05");
        Assert.Equal(2041, ServerKeyExchangeMessage.ParseDhe(body).DhPrimeBits);
    }
}
