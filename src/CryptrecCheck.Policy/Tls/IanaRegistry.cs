namespace CryptrecCheck.Policy.Tls;

/// <summary>The decoders of the generated tables (IanaRegistry.g.cs): each table is one string constant of rows
/// separated by ';', a row being "hex-code name" or "iana-name openssl-name". A string constant costs the JIT nothing;
/// the array initialiser it replaced was one static constructor of some 600 tuples.</summary>
internal static partial class IanaRegistry
{
    private static (int Code, string Name)[] Codes(string data)
    {
        var rows = data.Split(';');
        var result = new (int Code, string Name)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var space = rows[i].IndexOf(' ');
            result[i] = (int.Parse(rows[i].Substring(0, space), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture), rows[i].Substring(space + 1));
        }
        return result;
    }

    private static (string Iana, string OpenSsl)[] Pairs(string data)
    {
        var rows = data.Split(';');
        var result = new (string Iana, string OpenSsl)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var space = rows[i].IndexOf(' ');
            result[i] = (rows[i].Substring(0, space), rows[i].Substring(space + 1));
        }
        return result;
    }
}
