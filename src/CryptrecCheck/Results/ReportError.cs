namespace CryptrecCheck.Results;

/// <summary>Something that could not be examined: a file that does not parse, a target that does not answer. The
/// rest of the run goes on; errors are reported beside the results and make the exit code 2 only where the verb says.</summary>
/// <param name="Source">The input: a path, host:port, a name.</param>
/// <param name="Code">Stable code, e.g. <c>io</c>, <c>parse</c>, <c>timeout</c>, <c>too-large</c>.</param>
/// <param name="Message">One line for people, naming the input.</param>
public sealed record ReportError(string Source, string Code, string Message)
{
    /// <summary>The message in the report's language. In Japanese the code's headline comes first and the detail (often the
    /// operating system's or a parser's English text) follows it; a message already written in both languages
    /// ("English / 日本語") is kept as it is.</summary>
    public string MessageIn(bool japanese)
    {
        if (!japanese || IsBilingual(Message) || HeadlineJa(Code) is not { } headline) { return Message; }
        return $"{headline} — {Message}";
    }

    /// <summary>"source: message" in the report's language, naming the input once: most messages already begin with it
    /// ("x.pem: not a certificate").</summary>
    public string LineIn(bool japanese)
    {
        var named = Source.Length > 0 && Message.StartsWith(Source + ":", StringComparison.Ordinal);
        return named ? MessageIn(japanese) : $"{Source}: {MessageIn(japanese)}";
    }

    /// <summary>Japanese headline of an error code, or null for a code this table does not know (the message is then shown
    /// alone).</summary>
    public static string? HeadlineJa(string code) => code switch
    {
        "io" => "読み込めません",
        "access" => "アクセスが拒否されました",
        "too-large" => "大きすぎるため読みません",
        "binary" => "テキストではありません（バイナリファイル）",
        "password" => "パスワードが必要か、パスワードが違います（--password 又は CRYPTREC_CHECK_PASSWORD で指定してください）",
        "parse" => "解析できません",
        "format" => "証明書又は鍵の形式ではありません",
        "encrypted" => "旧形式（Proc-Type: 4,ENCRYPTED）の暗号化鍵は読めません（PKCS#8 に変換してください）",
        "input-error" => "入力エラー",
        "empty" => "検査できるものがありません",
        "unrecognised" => "設定ファイルの形式を判別できません（--type で指定してください）",
        "include-depth" => "include の入れ子が深すぎるため追いません",
        "include-loop" => "include が循環しているため再度は読みません",
        "include-missing" => "include 先のファイルがありません",
        "include-too-many" => "include 先のファイルが多すぎるため一部のみ読みます",
        "load" => "読み込めません",
        "restore" => "パッケージを復元できません",
        "analysis" => "解析に失敗しました",
        "analyzer" => "アナライザーが例外で停止しました",
        "option" => "設定値が不正です",
        "connect-failed" => "接続できません",
        "timeout" => "時間内に応答がありません",
        "connection-closed" => "接続が途中で閉じられました",
        "malformed" => "不正な形式の応答です",
        "record-too-large" => "レコードが上限を超えています",
        "too-much-data" => "データが上限を超えています",
        "unexpected-message" => "想定外のメッセージを受信しました",
        "starttls-failed" => "STARTTLS に失敗しました",
        "cancelled" => "中止しました",
        "internal" => "内部エラー",
        _ => null,
    };

    /// <summary>"English text / 日本語": a message written in both languages, whose Japanese half follows the last " / ". A
    /// Japanese file or host name elsewhere in the message does not make it bilingual.</summary>
    private static bool IsBilingual(string s)
    {
        var at = s.LastIndexOf(" / ", StringComparison.Ordinal);
        if (at < 0) { return false; }
        foreach (var c in s.AsSpan(at + 3))
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF') { return true; }
        }
        return false;
    }
}
