namespace CryptrecCheck.Policy.Naming;

/// <summary>Kinds of word in an algorithm name.</summary>
internal enum TokenKind
{
    Algorithm,
    Hash,
    Mode,
    Padding,
    Mac,
    Curve,
    Number,
    With,
    And,
    Ignore,
}

/// <summary>One recognised word of a name: its kind and what it means.</summary>
internal sealed class Token
{
    internal Token(TokenKind kind, string value, CryptoAsset? template = null, int number = 0)
    {
        Kind = kind;
        Value = value;
        Template = template;
        Number = number;
    }

    internal TokenKind Kind { get; }

    /// <summary>Canonical ID (algorithm, hash, mode, padding, MAC, curve).</summary>
    internal string Value { get; }

    /// <summary>For algorithm words: the asset the word stands for (e.g. AesGcm: AES in GCM mode).</summary>
    internal CryptoAsset? Template { get; }

    internal int Number { get; }

    public override string ToString() => Kind == TokenKind.Number ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Kind}:{Value}";
}
