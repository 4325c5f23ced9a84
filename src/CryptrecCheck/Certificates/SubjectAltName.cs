namespace CryptrecCheck.Certificates;

/// <summary>One subjectAltName entry (RFC 5280 §4.2.1.6): its kind (dns, ip, email, uri, dirName, other) and value.</summary>
public sealed record SubjectAltName(string Kind, string Value)
{
    public override string ToString() => $"{Kind}:{Value}";
}
