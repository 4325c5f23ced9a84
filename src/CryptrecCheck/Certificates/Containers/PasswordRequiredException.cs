namespace CryptrecCheck.Certificates;

/// <summary>An encrypted input without a password, or with a wrong one. The message never contains the password.</summary>
public sealed class PasswordRequiredException : Exception
{
    public PasswordRequiredException(string message) : base(message)
    {
    }
}
