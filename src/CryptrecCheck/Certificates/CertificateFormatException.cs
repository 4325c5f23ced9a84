namespace CryptrecCheck.Certificates;

/// <summary>An input that is not a well-formed certificate, key or container. The message names what is wrong; the
/// inspector adds the source.</summary>
public sealed class CertificateFormatException : Exception
{
    public CertificateFormatException(string message) : base(message)
    {
    }

    public CertificateFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
