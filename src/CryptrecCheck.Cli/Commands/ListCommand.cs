using System.CommandLine;
using CryptrecCheck.Policy;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check list</c>: prints the catalogue of an edition.</summary>
internal static class ListCommand
{
    internal static Command Create(CliOutput io)
    {
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var all = new Option<bool>("--all", "-a") { Description = "Also print the derived 'not listed' rows for every other technique the catalogue knows." };
        var cmd = new Command("list", "Print the CRYPTREC Ciphers List as the catalogue holds it: every row with its status, footnotes and citation.")
        {
            format, lang, edition, all,
        };
        cmd.SetAction(pr =>
        {
            EditionNames.TryParse(pr.GetValue(edition) ?? "2022r2", out var ed);
            var catalog = Catalog.For(ed);
            var o = new ReportOptions { Language = pr.GetValue(lang) ?? "en" };
            if (pr.GetValue(format) == "json")
            {
                io.WriteJson(stream => JsonReport.WriteCatalog(stream, catalog, pr.GetValue(all), o));
            }
            else
            {
                TextReport.WriteCatalog(io.Out, catalog, pr.GetValue(all), o);
            }
            return ExitCodes.Compliant;
        });
        return cmd;
    }
}
