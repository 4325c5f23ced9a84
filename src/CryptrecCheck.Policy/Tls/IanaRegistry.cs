namespace CryptrecCheck.Policy.Tls;

/// <summary>The decoders of the generated tables (IanaRegistry.g.cs): each table is one string constant of rows
/// separated by ';', a row being "hex-code name" or "iana-name openssl-name". A string constant costs the JIT nothing;
/// the array initialiser it replaced was one static constructor of some 600 tuples.</summary>
internal static partial class IanaRegistry
{
    private static (int Code, string Name)[] Codes(string data)
    {
        var rows = Rows(data);
        var result = new (int Code, string Name)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = (int.Parse(rows[i].First, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture), rows[i].Second);
        }
        return result;
    }

    private static (string Iana, string OpenSsl)[] Pairs(string data) => Rows(data);

    /// <summary>The rows of a table, each split at its one space.</summary>
    private static (string First, string Second)[] Rows(string data)
    {
        var rows = data.Split(';');
        var result = new (string First, string Second)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var space = rows[i].IndexOf(' ');
            result[i] = (rows[i].Substring(0, space), rows[i].Substring(space + 1));
        }
        return result;
    }
}
