namespace CryptrecCheck.Policy;

/// <summary>The categories of the CRYPTREC Ciphers List, plus the kinds of technique it does not cover.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum Category
{
    Signature,
    Confidentiality,
    KeyExchange,
    BlockCipher64,
    BlockCipher128,
    StreamCipher,
    HashFunction,
    EncryptionMode,
    AuthenticatedEncryptionMode,
    MessageAuthenticationCode,
    AuthenticatedEncryption,
    EntityAuthentication,

    /// <summary>Key derivation, password hashing, random generation, key wrapping, paddings: not a list category.</summary>
    NotACategory,
}

/// <summary>Bilingual names of <see cref="Category"/>, as the list prints them.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class CategoryNames
{
    public static string En(this Category c) => c switch
    {
        Category.Signature => "Public key ciphers / Signature",
        Category.Confidentiality => "Public key ciphers / Confidentiality",
        Category.KeyExchange => "Public key ciphers / Key exchange",
        Category.BlockCipher64 => "Symmetric key ciphers / 64-bit block ciphers",
        Category.BlockCipher128 => "Symmetric key ciphers / 128-bit block ciphers",
        Category.StreamCipher => "Symmetric key ciphers / Stream ciphers",
        Category.HashFunction => "Hash functions",
        Category.EncryptionMode => "Modes of operation / Encryption modes",
        Category.AuthenticatedEncryptionMode => "Modes of operation / Authenticated encryption modes",
        Category.MessageAuthenticationCode => "Message authentication codes",
        Category.AuthenticatedEncryption => "Authenticated encryption",
        Category.EntityAuthentication => "Entity authentication",
        _ => "Not a list category",
    };

    public static string Ja(this Category c) => c switch
    {
        Category.Signature => "公開鍵暗号・署名",
        Category.Confidentiality => "公開鍵暗号・守秘",
        Category.KeyExchange => "公開鍵暗号・鍵共有",
        Category.BlockCipher64 => "共通鍵暗号・64ビットブロック暗号",
        Category.BlockCipher128 => "共通鍵暗号・128ビットブロック暗号",
        Category.StreamCipher => "共通鍵暗号・ストリーム暗号",
        Category.HashFunction => "ハッシュ関数",
        Category.EncryptionMode => "暗号利用モード・秘匿モード",
        Category.AuthenticatedEncryptionMode => "暗号利用モード・認証付き秘匿モード",
        Category.MessageAuthenticationCode => "メッセージ認証コード",
        Category.AuthenticatedEncryption => "認証暗号",
        Category.EntityAuthentication => "エンティティ認証",
        _ => "リストの分類外",
    };

    /// <summary>kebab-case identifier for JSON.</summary>
    public static string Id(this Category c) => c switch
    {
        Category.Signature => "signature",
        Category.Confidentiality => "confidentiality",
        Category.KeyExchange => "key-exchange",
        Category.BlockCipher64 => "block-cipher-64",
        Category.BlockCipher128 => "block-cipher-128",
        Category.StreamCipher => "stream-cipher",
        Category.HashFunction => "hash-function",
        Category.EncryptionMode => "encryption-mode",
        Category.AuthenticatedEncryptionMode => "authenticated-encryption-mode",
        Category.MessageAuthenticationCode => "mac",
        Category.AuthenticatedEncryption => "authenticated-encryption",
        Category.EntityAuthentication => "entity-authentication",
        _ => "not-a-category",
    };
}
