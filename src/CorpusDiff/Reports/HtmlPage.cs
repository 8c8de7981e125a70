using System.Security.Cryptography;
using System.Text;

namespace CorpusDiff.Reports;

/// <summary>
/// The frame of every HTML report: one self-contained page with its stylesheet and script inline, under a
/// Content-Security-Policy that allows exactly those two blocks (by SHA-256 hash) and nothing else: no network, no
/// other script, no inline event handlers, so report text can never run code even if it were mis-escaped.
/// </summary>
internal static class HtmlPage
{
    private static readonly Lazy<Asset> Style = new(() => Asset.Load("report.css"));
    private static readonly Lazy<Asset> Script = new(() => Asset.Load("report.js"));

    /// <summary>Gets the Content-Security-Policy of the page.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; style-src '{Style.Value.Hash}'; script-src '{Script.Value.Hash}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes everything up to and including the opening <c>body</c> tag.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">The page title (raw text).</param>
    /// <param name="kind">The report kind, written as <c>data-report</c> on <c>body</c>.</param>
    public static void Begin(TextWriter writer, string title, string kind)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        writer.Write(ContentSecurityPolicy);
        writer.Write("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"generator\" content=\"CorpusDiff\">\n<title>");
        HtmlText.Write(writer, title);
        writer.Write("</title>\n<style>");
        writer.Write(Style.Value.Text);
        writer.Write("</style>\n</head>\n<body data-report=\"");
        writer.Write(kind);
        writer.Write("\">\n");
    }

    /// <summary>Writes the script and closes the page.</summary>
    /// <param name="writer">Where to write.</param>
    public static void End(TextWriter writer)
    {
        writer.Write("<script>");
        writer.Write(Script.Value.Text);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private sealed record Asset(string Text, string Hash)
    {
        public static Asset Load(string name)
        {
            using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream("CorpusDiff.Reports.Html." + name)
                ?? throw new InvalidOperationException($"The HTML report resource {name} is missing from the assembly.");
            using var reader = new StreamReader(stream, Encoding.UTF8);

            // Line endings are normalised so the hash does not depend on how the file was checked out.
            var text = reader.ReadToEnd().ReplaceLineEndings("\n");
            return new Asset(text, "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        }
    }
}
