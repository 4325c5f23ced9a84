namespace CryptrecCheck.Tls.Wire;

/// <summary>An alert received from the server.</summary>
public sealed record AlertMessage(byte Level, byte Description)
{
    public bool IsFatal => Level == 2;

    public string Name => AlertDescriptions.Name(Description);

    /// <summary>Parses an alert record fragment: exactly level and description.</summary>
    public static AlertMessage Parse(ReadOnlySpan<byte> fragment)
    {
        var r = new SpanReader(fragment);
        var level = r.U8("Alert.level");
        var desc = r.U8("Alert.description");
        r.ExpectEnd("Alert");
        if (level is not (1 or 2)) { throw TlsProtocolException.Malformed($"alert level {level} (1 or 2 expected)"); }
        return new AlertMessage(level, desc);
    }

    public override string ToString() => $"{(IsFatal ? "fatal" : "warning")} {Name}";
}
