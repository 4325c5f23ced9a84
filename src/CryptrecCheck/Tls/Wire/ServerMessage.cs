namespace CryptrecCheck.Tls.Wire;

/// <summary>What the server sent next: a complete handshake message, an alert, or a record the prober does not read into.</summary>
public abstract record ServerMessage
{
    private ServerMessage() { }

    /// <summary>A reassembled handshake message: type and body (without the 4-byte header).</summary>
    public sealed record Handshake(byte Type, byte[] Body) : ServerMessage;

    public sealed record Alert(AlertMessage Message) : ServerMessage;

    public sealed record ChangeCipherSpec : ServerMessage;

    /// <summary>Encrypted data (TLS 1.3 after ServerHello) or heartbeat: the cleartext handshake is over.</summary>
    public sealed record Opaque(byte ContentType) : ServerMessage;

    /// <summary>The server closed the connection cleanly at a record boundary.</summary>
    public sealed record Closed : ServerMessage;
}
