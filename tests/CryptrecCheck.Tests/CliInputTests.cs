using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using Xunit;

namespace CryptrecCheck.Tests;

/// <summary>Defects found by trying the CLI as a new user would (issue 8): each case failed before its fix.</summary>
public class CliInputTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => new DateTime(2026, 12, 1));
        return (code, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData("cert")]
    [InlineData("config")]
    [InlineData("merge")]
    [InlineData("report")]
    public void Output_OntoAnInput_IsRefused_AndTheInputSurvives(string verb)
    {
        // `config self.conf -o self.conf` replaced the configuration with the error report (the output is opened first).
        var dir = Directory.CreateTempSubdirectory("cryptrec-out-").FullName;
        try
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            var input = verb switch
            {
                "cert" => Copy(Directory.GetFiles(Path.Combine(samples, "certs"), "*.pem")[0]),
                "config" => Copy(Directory.GetFiles(Path.Combine(samples, "config"))[0]),
                _ => WriteReport(),
            };
            var before = File.ReadAllBytes(input);
            var (code, _, err) = Run(verb, input, "-o", input);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("--output", err);
            Assert.Contains("is also an input", err);
            Assert.Equal(before, File.ReadAllBytes(input));

            // A directory, and a file in a directory that does not exist, are named as --output problems up front.
            (code, _, err) = Run(verb, input, "-o", dir);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("is a directory", err);
            (code, _, err) = Run(verb, input, "-o", Path.Combine(dir, "missing", "out.json"));
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("does not exist", err);
        }
        finally
        {
            Directory.Delete(dir, true);
        }

        string Copy(string from)
        {
            var to = Path.Combine(dir, Path.GetFileName(from));
            File.Copy(from, to);
            return to;
        }

        string WriteReport()
        {
            var to = Path.Combine(dir, "cert.json");
            var (_, json, _) = Run("cert", Path.Combine(AppContext.BaseDirectory, "samples", "certs"), "-f", "json");
            if (verb == "merge")
            {
                // merge reads tls reports: the real command's report of an unreachable target is one.
                var port = FreePort();
                (_, json, _) = Run("tls", "127.0.0.1:" + port, "-f", "json", "--timeout", "1");
            }
            File.WriteAllText(to, json);
            return to;
        }
    }

    [Fact]
    public void Output_OntoAnInputThroughADirectoryLink_OrOntoThePolicyOrTrustFile_IsRefused()
    {
        var dir = Directory.CreateTempSubdirectory("cryptrec-out2-").FullName;
        try
        {
            var pem = Path.Combine(dir, "server.pem");
            File.Copy(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "certs"), "*.pem")[0], pem);
            var policy = Path.Combine(dir, "policy.json");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "policy.json"), policy);
            var anchor = Path.Combine(dir, "anchor.pem");
            File.Copy(pem, anchor);
            var before = File.ReadAllBytes(pem);
            var policyBefore = File.ReadAllBytes(policy);
            var link = Path.Combine(dir, "link");
            Directory.CreateSymbolicLink(link, dir);
            foreach (var args in new[]
                     {
                         new[] { "cert", Path.Combine(link, "server.pem"), "-o", pem },
                         new[] { "cert", pem, "--policy", policy, "-o", policy },
                         new[] { "cert", pem, "--trust", anchor, "-o", anchor },
                     })
            {
                var (code, _, err) = Run(args);
                Assert.True(code == ExitCodes.UsageError, string.Join(' ', args) + ": " + err);
                Assert.Contains("is also an input", err);
            }
            Assert.Equal(before, File.ReadAllBytes(pem));
            Assert.Equal(before, File.ReadAllBytes(anchor));
            Assert.Equal(policyBefore, File.ReadAllBytes(policy));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    [Fact]
    public void Config_Directory_SkipsBinaryAndOversizedFiles_ButNotWhenNamed()
    {
        // `config /etc` exited 2 with hundreds of errors (ld.so.cache, localtime, large files): a directory's files that
        // are not configurations are skipped, as docs/config.md says; named on the command line they are still errors.
        var dir = Directory.CreateTempSubdirectory("cryptrec-cfgdir-").FullName;
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "samples", "config", "sshd_config"), Path.Combine(dir, "sshd_config"));
            var binary = Path.Combine(dir, "ld.so.cache");
            File.WriteAllBytes(binary, new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2 });
            File.WriteAllText(Path.Combine(dir, "big.log"), new string('#', CryptrecCheck.Config.ConfigLimits.MaxFileBytes + 1));
            var (code, json, err) = Run("config", dir, "-f", "json");
            Assert.NotEqual(ExitCodes.UsageError, code);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal(0, doc.RootElement.GetProperty("errors").GetArrayLength());
            Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("results").GetInt32());
            (code, _, err) = Run("config", binary);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("binary", err);
            // A *.conf that is binary is still an error in a directory walk (it may be a configuration with a stray NUL).
            File.WriteAllBytes(Path.Combine(dir, "default-ssl.conf"), System.Text.Encoding.ASCII.GetBytes("SSLProtocol all\nSSLCipherSuite RC4-SHA\n\0"));
            (code, _, _) = Run("config", dir);
            Assert.Equal(ExitCodes.UsageError, code);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("explain", "AES", "-f", "bogus")]
    [InlineData("tls", "127.0.0.1:1", "--profile", "medium")]
    [InlineData("explain", "AES", "--lang", "fr")]
    public void BadChoice_IsOneReadableLine_WithTheChoices(params string[] args)
    {
        // The parser's message listed the choices on tab-indented lines, which came out as \u{000A}\u{0009}'table'…
        var (code, _, err) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.DoesNotContain("\\u{", err);
        var first = err.Split('\n')[0];
        Assert.Contains("Must be one of:", first);
        Assert.Contains(args[^1], first);
    }

    [Fact]
    public void Explain_InputErrorReason_HasEveryContractField()
    {
        // README: every reason has code, outcome, message, messageEn, messageJa, citation, source, derived; the input-error
        // reason lacked messageEn, messageJa and source.
        var (code, json, _) = Run("explain", "RSA-0", "AES-128-GCM", "--lang", "ja", "--format", "json");
        Assert.Equal(ExitCodes.UsageError, code);
        foreach (var item in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            foreach (var reason in item.GetProperty("reasons").EnumerateArray())
            {
                foreach (var field in new[] { "code", "outcome", "message", "messageEn", "messageJa", "citation", "source", "derived" })
                {
                    Assert.True(reason.TryGetProperty(field, out _), $"{item.GetProperty("input").GetString()}: reason without {field}");
                }
            }
        }
    }

    [Fact]
    public void Explain_ArgumentStartingWithAt_IsANameNotAResponseFile()
    {
        // "@SECLEVEL=0:ALL" (an OpenSSL cipher string) failed with "Response file not found 'SECLEVEL=0:ALL'".
        var (code, output, err) = Run("explain", "@SECLEVEL=0:ALL", "--format", "json");
        Assert.NotEqual(ExitCodes.UsageError, code);
        Assert.DoesNotContain("Response file", err);
        Assert.True(JsonDocument.Parse(output).RootElement.GetArrayLength() > 10); // the expanded suites
    }

    [Fact]
    public void Explain_EchoesEachInputExactly_WhateverTheCase()
    {
        var (code, output, _) = Run("explain", "--format", "json", "SHA1", "MD5", "sha1", "md5", "Sha1");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var inputs = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(x => x.GetProperty("input").GetString()).ToArray();
        Assert.Equal(new[] { "SHA1", "MD5", "sha1", "md5", "Sha1" }, inputs);
        var (_, table, _) = Run("explain", "sha1", "SHA1");
        Assert.Contains("✖ sha1 →", table);
        Assert.Contains("✖ SHA1 →", table);
    }

    [Theory]
    [InlineData("AES-２５６", "AES-256")]
    [InlineData("RSA-２０４８", "RSA-2048")]
    [InlineData("ＳＨＡ－２５６", "SHA-256")]
    [InlineData("AESー256", "AES-256")]
    public void Explain_FullWidthNames_AreUnderstood(string input, string resolved)
    {
        var (code, output, err) = Run("explain", "--format", "json", input);
        Assert.Equal(ExitCodes.Compliant, code);
        Assert.Equal("", err);
        var item = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(input, item.GetProperty("input").GetString());
        Assert.Equal(resolved, item.GetProperty("resolved").GetString());
    }

    [Theory]
    [InlineData("--operation-end-year", "abc")]
    [InlineData("--operation-end-year", "2035.5")]
    [InlineData("--operation-end-year", "")]
    [InlineData("--operation-end-year", "99999999999")]
    [InlineData("--as-of", "0001-01-01")]
    [InlineData("--as-of", "1989-12-31")]
    [InlineData("--as-of", "9999-12-31")]
    [InlineData("--as-of", "2026-13-01")]
    public void Explain_BadOptionValues_AreUsageErrors_OnOneLine(string option, string value)
    {
        var (code, output, err) = Run("explain", "SHA1", option, value);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", output);
        Assert.StartsWith($"cryptrec-check: {option}:", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
    }

    [Fact]
    public void Explain_UnknownOption_IsAUsageError_NotAName()
    {
        var (code, output, err) = Run("explain", "--bogus", "SHA1");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains("unknown option '--bogus'", err);
    }

    [Fact]
    public void Explain_OptionLikeName_AfterDoubleDash_IsJudged()
    {
        var (code, output, _) = Run("explain", "--format", "json", "--", "-x");
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Equal("-x", JsonDocument.Parse(output).RootElement[0].GetProperty("input").GetString());
    }

    [Theory]
    [InlineData("RC4\u202E", "U+202E")]
    [InlineData("SHA1\u200B", "U+200B")]
    [InlineData("\u2066AES-128\u2069", "U+2066")]
    public void Explain_BidiAndInvisibleCharacters_AreInputErrors_ShownEscaped(string name, string code)
    {
        var (exit, output, err) = Run("explain", name);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(code, err);
        Assert.DoesNotContain(name, output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', output + err);
        Assert.DoesNotContain('\u200B', output + err);
    }

    [Theory]
    [InlineData("en", "cryptrec-check: note: {0}: 1 file(s) skipped, holding no certificate or key: notes.txt.")]
    [InlineData("ja", "cryptrec-check: 注記: {0}: 証明書も鍵も含まない 1 個のファイルを読み飛ばしました（notes.txt）。")]
    public void Cert_SkippedFiles_AreNoted_InTheChosenLanguage(string lang, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("cryptrec-skipped-").FullName;
        try
        {
            File.Copy(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "certs"), "*.pem")[0], Path.Combine(dir, "server.pem"));
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "nothing to inspect here\n");
            var (_, _, err) = Run("cert", dir, "--lang", lang);
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, dir), err);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("en", "cryptrec-check: --trust: {0}: no certificate found.", "cryptrec-check: --trust: {0}")]
    [InlineData("ja", "cryptrec-check: --trust: {0}: 証明書が見つかりません。", "cryptrec-check: --trust: 読み込めません — {0}")]
    public void Cert_TrustFileErrors_AreInTheChosenLanguage(string lang, string withoutCertificate, string missing)
    {
        var dir = Directory.CreateTempSubdirectory("cryptrec-trust-").FullName;
        try
        {
            var pem = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "certs"), "*.pem")[0];
            // A file that holds a key but no certificate: nothing to trust.
            var keyOnly = Path.Combine(dir, "key-only.pem");
            using (var ec = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256))
            {
                File.WriteAllText(keyOnly, ec.ExportPkcs8PrivateKeyPem());
            }
            var (exit, _, err) = Run("cert", pem, "--trust", keyOnly, "--lang", lang);
            Assert.Equal(ExitCodes.UsageError, exit);
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, withoutCertificate, keyOnly), err);

            var absent = Path.Combine(dir, "absent.pem");
            (exit, _, err) = Run("cert", pem, "--trust", absent, "--lang", lang);
            Assert.Equal(ExitCodes.UsageError, exit);
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, missing, absent), err);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("en", "cryptrec-check: input error in \"\": empty name")]
    [InlineData("ja", "cryptrec-check: 入力エラー「」: empty name")]
    public void Explain_InputErrors_OnStandardError_InTheChosenLanguage(string lang, string expected)
    {
        var (exit, _, err) = Run("explain", "", "SHA1", "--lang", lang);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expected, err);
    }

    [Fact]
    public void Explain_ControlCharactersFromAFile_AreNeverEchoedRaw()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "a\u001b[2Jb\nSHA-256\n");
        try
        {
            var (code, output, err) = Run("explain", "--input-file", path);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.DoesNotContain('\u001b', output + err);
            Assert.Contains("\\u{001B}[2Jb", output);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Explain_DevZero_FailsFast_AsNotAFile()
    {
        if (!File.Exists("/dev/zero")) { return; } // Linux device; CI runs on Linux
        var sw = Stopwatch.StartNew();
        var (code, _, err) = Run("explain", "--input-file", "/dev/zero");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("character device", err);
    }

    [Fact]
    public void Explain_LongLine_IsRejected_WithItsLineNumber()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "SHA-256\n" + new string('A', 100_000) + "\n");
        try
        {
            var (code, _, err) = Run("explain", "--input-file", path);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains($"{path}:2: line is longer than 4096 characters", err);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Explain_Fifo_WithoutWriter_DoesNotHang()
    {
        if (!OperatingSystem.IsLinux()) { return; } // mkfifo is a POSIX tool
        var dir = Directory.CreateTempSubdirectory();
        var fifo = Path.Combine(dir.FullName, "names.fifo");
        using (var p = Process.Start("mkfifo", fifo)) { p.WaitForExit(); }
        try
        {
            var (code, _, err) = Run("explain", "--input-file", fifo);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("could not be opened", err);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Cert_Merge_TlsTargets_Trust_Fifo_WithoutWriter_DoNotHang()
    {
        // These hung for over 70 s on a FIFO with no writer while explain, config and report gave up after 5 s.
        if (!OperatingSystem.IsLinux()) { return; } // mkfifo is a POSIX tool; the CI runs on Linux
        var dir = Directory.CreateTempSubdirectory();
        var fifo = Path.Combine(dir.FullName, "input.fifo");
        using (var p = Process.Start("mkfifo", fifo)) { p.WaitForExit(); }
        try
        {
            var pem = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "certs"), "*.pem")[0];
            var runs = new[]
            {
                new[] { "cert", fifo },
                new[] { "merge", fifo },
                new[] { "tls", "--targets", fifo },
                new[] { "cert", "--trust", fifo, pem },
            }.Select(args => Task.Run(() => (Args: args, Result: Run(args)))).ToArray();
            var all = Task.WhenAll(runs);
            Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)))); // a verb still waiting on the FIFO fails here
            foreach (var r in await all)
            {
                Assert.True(r.Result.Code == ExitCodes.UsageError, string.Join(' ', r.Args) + ": " + r.Result.Code + " " + r.Result.Err);
                Assert.Contains("could not be opened", r.Result.Err + r.Result.Out);
            }
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Explain_Json_IsStreamed_AndValid_ForManyNames()
    {
        var path = Path.GetTempFileName();
        var sb = new StringBuilder();
        for (var i = 0; i < 5000; i++) { sb.Append(i % 2 == 0 ? "AES-128-GCM" : "RSA-" + (1024 * (1 + i % 3))).Append('\n'); }
        File.WriteAllText(path, sb.ToString());
        try
        {
            var (code, output, _) = Run("explain", "--format", "json", "--input-file", path);
            Assert.Equal(ExitCodes.Noncompliant, code);
            Assert.Equal(5000, JsonDocument.Parse(output).RootElement.GetArrayLength());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Explain_Sarif_And_Markdown_UseTheSharedRenderers()
    {
        var (code, sarif, _) = Run("explain", "--format", "sarif", "SHA1", "AES-128-GCM");
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Equal("2.1.0", JsonDocument.Parse(sarif).RootElement.GetProperty("version").GetString());
        var (_, md, _) = Run("explain", "--format", "markdown", "SHA1");
        Assert.Contains("| monitored | 1 |", md);
    }
}

/// <summary>The README's sample commands: cert and config on the bundled samples, --output, and report over the result.</summary>
public class ReadmeSampleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => new DateTime(2026, 12, 2));
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void CertAndConfig_OnTheSamples_WriteFiles_ThatReportReads()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            var certJson = Path.Combine(dir.FullName, "cert.json");
            var (code, output, err) = Run("cert", Path.Combine(samples, "certs"), "--format", "json", "--output", certJson);
            Assert.True(code == ExitCodes.Noncompliant, err); // the RSA-1024/SHA-1 sample fails, the P-256 one passes
            Assert.Equal("", output);
            var json = File.ReadAllText(certJson);
            Infrastructure.SchemaAssert.Valid("report.schema.json", json);
            using (var doc = JsonDocument.Parse(json))
            {
                Assert.Equal(2, doc.RootElement.GetProperty("summary").GetProperty("results").GetInt32());
                Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32());
            }

            var sarif = Path.Combine(dir.FullName, "config.sarif");
            Assert.Equal(ExitCodes.Noncompliant, Run("config", Path.Combine(samples, "config"), "-f", "sarif", "-o", sarif).Code);
            using (var doc = JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                Assert.Contains(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
                    r => r.GetProperty("properties").GetProperty("asset").GetString() == "3des-cbc");
            }

            var html = Path.Combine(dir.FullName, "report.html");
            Assert.Equal(ExitCodes.Noncompliant, Run("report", certJson, "--lang", "ja", "--output", html).Code);
            Assert.Contains("legacy.example.jp", File.ReadAllText(html));
        }
        finally { dir.Delete(true); }
    }
}

/// <summary>SARIF help links of the non-analyzer checks point at anchors that exist in docs/checks.md.</summary>
public class CheckDocsTests
{
    [Fact]
    public void SarifRuleIds_FromRealRuns_AreDocumented()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "checks.md"));
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var ids = new HashSet<string>();
        foreach (var args in new[]
                 {
                     new[] { "explain", "SHA1", "RC4", "--format", "sarif" },
                     new[] { "cert", Path.Combine(samples, "certs"), "--format", "sarif" },
                     new[] { "config", Path.Combine(samples, "config"), "--format", "sarif" },
                 })
        {
            var o = new StringWriter();
            Program.Run(args, o, new StringWriter(), () => new DateTime(2026, 12, 2));
            using var sarif = JsonDocument.Parse(o.ToString());
            foreach (var rule in sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            {
                ids.Add(rule.GetProperty("id").GetString()!);
                var uri = rule.GetProperty("helpUri").GetString()!;
                Assert.Contains("docs/checks.md#", uri, StringComparison.Ordinal);
                Assert.Contains($"<a id=\"{uri[(uri.IndexOf('#') + 1)..]}\"></a>", doc, StringComparison.Ordinal);
            }
        }
        Assert.True(ids.Count >= 4, string.Join(", ", ids));
    }
}
