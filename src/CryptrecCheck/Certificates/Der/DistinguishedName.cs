using System.Formats.Asn1;
using System.Text;

namespace CryptrecCheck.Certificates.Der;

/// <summary>Formats an X.501 Name (RFC 5280 §4.1.2.4) as one line in the RFC 4514 order: the most specific attribute
/// first ("CN=www.example.jp, O=Example, C=JP"). Values that are not strings are shown as #hex.</summary>
internal static class DistinguishedName
{
    internal static string Format(ReadOnlyMemory<byte> nameDer, out string? commonName)
    {
        commonName = null;
        var outer = new AsnReader(nameDer, AsnEncodingRules.DER);
        var seq = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var rdns = new List<string>();
        while (seq.HasData)
        {
            var set = seq.ReadSetOf(skipSortOrderValidation: true);
            var parts = new StringBuilder();
            while (set.HasData)
            {
                var atv = set.ReadSequence();
                var oid = atv.ReadObjectIdentifier();
                var value = ReadValue(atv);
                atv.ThrowIfNotEmpty();
                if (oid == OidNames.CommonName) { commonName ??= value; }
                if (parts.Length > 0) { parts.Append('+'); }
                parts.Append(OidNames.Attribute(oid)).Append('=').Append(Escape(value));
            }
            rdns.Add(parts.ToString());
        }
        rdns.Reverse();
        return string.Join(", ", rdns);
    }

    private static string ReadValue(AsnReader r)
    {
        var tag = r.PeekTag();
        if (tag.TagClass == TagClass.Universal)
        {
            switch ((UniversalTagNumber)tag.TagValue)
            {
                case UniversalTagNumber.UTF8String:
                case UniversalTagNumber.PrintableString:
                case UniversalTagNumber.IA5String:
                case UniversalTagNumber.BMPString:
                case UniversalTagNumber.NumericString:
                case UniversalTagNumber.VisibleString:
                    return r.ReadCharacterString((UniversalTagNumber)tag.TagValue);
                case UniversalTagNumber.T61String:
                    // Teletex: in practice Latin-1 bytes.
                    return Encoding.Latin1.GetString(RawString(r, tag));
                case UniversalTagNumber.UniversalString:
                    return Encoding.UTF32.GetString(ToBigEndianUtf32(RawString(r, tag)));
            }
        }
        return "#" + Convert.ToHexString(r.ReadEncodedValue().Span);
    }

    private static byte[] RawString(AsnReader r, Asn1Tag tag)
    {
        if (!r.TryReadPrimitiveCharacterStringBytes(tag, out var bytes)) { throw new CertificateFormatException("a constructed string in a name."); }
        return bytes.ToArray();
    }

    private static byte[] ToBigEndianUtf32(byte[] b)
    {
        // UniversalString is UCS-4 big-endian; Encoding.UTF32 is little-endian.
        for (var i = 0; i + 3 < b.Length; i += 4)
        {
            (b[i], b[i + 3]) = (b[i + 3], b[i]);
            (b[i + 1], b[i + 2]) = (b[i + 2], b[i + 1]);
        }
        return b;
    }

    private static string Escape(string v)
    {
        var needs = v.Length > 0 && (v[0] is ' ' or '#' || v[^1] == ' ');
        foreach (var c in v)
        {
            if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' || char.IsControl(c)) { needs = true; break; }
        }
        if (!needs) { return v; }
        var sb = new StringBuilder(v.Length + 4);
        for (var i = 0; i < v.Length; i++)
        {
            var c = v[i];
            if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' || (i == 0 && c is ' ' or '#') || (i == v.Length - 1 && c == ' '))
            {
                sb.Append('\\').Append(c);
            }
            else if (char.IsControl(c))
            {
                sb.Append('\\').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
