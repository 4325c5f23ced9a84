namespace CryptrecCheck.Tls.Wire;

/// <summary>What a ServerKeyExchange says about the key exchange group: the DHE prime size or the ECDHE named curve.</summary>
public sealed record ServerKeyExchangeMessage
{
    /// <summary>Finite-field DHE: the size of the prime p in bits.</summary>
    public int? DhPrimeBits { get; init; }

    /// <summary>ECDHE: the named group (RFC 8422 §5.4; curve_type named_curve).</summary>
    public int? NamedGroup { get; init; }

    /// <summary>Parses a DHE ServerKeyExchange (ServerDHParams first; the signature that follows is not checked).</summary>
    public static ServerKeyExchangeMessage ParseDhe(ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        var p = r.Vector16("ServerDHParams.dh_p");
        _ = r.Vector16("ServerDHParams.dh_g");
        var ys = r.Vector16("ServerDHParams.dh_Ys");
        if (p.Length == 0 || ys.Length == 0) { throw TlsProtocolException.Malformed("empty DH parameter in ServerKeyExchange"); }
        var lead = 0;
        while (lead < p.Length && p[lead] == 0) { lead++; }
        if (lead == p.Length) { throw TlsProtocolException.Malformed("DH prime is zero"); }
        var bits = (p.Length - lead - 1) * 8 + (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)p[lead]));
        return new ServerKeyExchangeMessage { DhPrimeBits = bits };
    }

    /// <summary>Parses an ECDHE ServerKeyExchange (ServerECDHParams; the signature is not checked).</summary>
    public static ServerKeyExchangeMessage ParseEcdhe(ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        var curveType = r.U8("ECParameters.curve_type");
        if (curveType != 3) { throw TlsProtocolException.Malformed($"ECParameters.curve_type {curveType} (only named_curve(3) is allowed)"); }
        var group = r.U16("ECParameters.namedcurve");
        var point = r.Vector8("ServerECDHParams.public");
        if (point.Length == 0) { throw TlsProtocolException.Malformed("empty ECDH public point in ServerKeyExchange"); }
        return new ServerKeyExchangeMessage { NamedGroup = group };
    }
}
