using System.Buffers;
using System.Text;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.Reports;
using CorpusDiff.TestSupport;
using CorpusDiff.Tests.TestSupport;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Dedup;

/// <summary>
/// Differential tests of deduplication's own reading (<see cref="Deduplicator.ReadWords"/>, no document made) against the
/// document model: the same token hashes, exact hash and publication date for every text, and the same report.
/// </summary>
public class DedupReadingTests
{
    private static readonly string[] MessyPieces =
    [
        "The", "city", "said.", "U.S.", "Mr.", "Smith", "45%", "1,999.5", "-3", "\u22124.5", "2023-12-04", "21:46", "12th", "1990s", "5G",
        "\n", "\n\n", "\r\n", "\r\n\r\n", "  ", "\t", "\u00A0", "\u202F", "\uFEFF", "\u00AD", "\u200B", "\u200D",
        "caf\u00E9", "cafe\u0301", "\u2019s", "city\u2019s", "don't", "do n't", "city 's", "they 're", "-lrb-", "- rrb -", "`", "``quoted''",
        "ALL", "CAPS.", "e.g.", "\u201CQuote,\u201D", "he", "said.", "\u2014", "\u2013", "post-Covid", "COVID-19", "well\u2010known", "non\u2011stop",
        "\uFB01ne", "\u00BD", "\u2460", "\uFF21\uFF22", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u0391\u03B8\u03AE\u03BD\u03B1", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
        "\u4E60\u8FD1\u5E73\u5728\u4E0A\u6D77\u3002", "\uD840\uDC00\uD840\uDC01", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFFFD", "$", "\u20AC", "\u00A3120",
        "Copyright 2024 Havenkrant. All rights reserved.", "Previous", "Next", "Photo: Reuters", "date 2024-03-08", "Updated: March 8, 2024 Havenkrant",
        "ROTTERDAM (Reuters) -", "1 900", "2,4", "14 000", "2.500", "?", "!", "...", "\u2026", ",", ";", ":", "(", ")", "\"", "'",
    ];

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.Samples, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Samples, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadWords_Sample_SameAsTheDocument(string file)
    {
        ShouldReadAsTheDocument(RawDocument.ReadFile(Path.Combine(Repository.Samples, file)).Text, DocumentParser.Default);
    }

    [SeedCorpusFact]
    public void ReadWords_SeedCorpus_SameAsTheDocument()
    {
        var files = Directory.GetFiles(SeedCorpus.Folder, "*.txt");
        files.Should().NotBeEmpty();
        foreach (var path in files)
        {
            ShouldReadAsTheDocument(RawDocument.ReadFile(path).Text, DocumentParser.Default);
        }
    }

    [Fact]
    public void ReadWords_GeneratedCorpus_SameAsTheDocument()
    {
        var generator = new CorpusGenerator(1500, seed: 4242);
        for (var i = 0; i < generator.Count; i++)
        {
            ShouldReadAsTheDocument(generator.TextOf(i), DocumentParser.Default);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReadWords_RandomMessyTexts_SameAsTheDocument(int seed)
    {
        var random = new Random(seed);
        DocumentParser[] parsers =
        [
            DocumentParser.Default,
            new(DocumentOptions.Default with { ParseHeaders = false }),
            new(DocumentOptions.Default with { RemoveBoilerplate = BoilerplateKinds.None }),
        ];
        for (var round = 0; round < 400; round++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(0, 120);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(MessyPieces[random.Next(MessyPieces.Length)]);
                builder.Append(random.Next(4) switch { 0 => "", 1 => "\n", _ => " " });
            }

            if (random.Next(10) == 0)
            {
                // A word longer than any stack buffer.
                builder.Append(new string('W', random.Next(100, 400))).Append("\u00E9s. ");
            }

            ShouldReadAsTheDocument(builder.ToString(), parsers[round % parsers.Length]);
        }
    }

    [Fact]
    public void ReadWords_LenientlyDecodedRandomBytes_SameAsTheDocument()
    {
        // Bytes that are not valid UTF-8 are refused by the decoder both paths share; decoded leniently they leave
        // replacement characters and stray controls in the text, which both paths must read alike.
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            for (var i = 0; i < bytes.Length; i++)
            {
                // Mostly letters and spaces, so there are words to tokenize.
                bytes[i] = random.Next(3) == 0 ? bytes[i] : (byte)" abcdefghijklmnopqrstuvwxyzABC.,\n"[random.Next(33)];
            }

            ShouldReadAsTheDocument(Encoding.UTF8.GetString(bytes), DocumentParser.Default);
        }
    }

    [Fact]
    public void ReadFile_InvalidUtf8_SameErrorAsParseFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-dedup-reading-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [(byte)'A', (byte)' ', 0xC3, 0x28, (byte)'b']);
        try
        {
            var read = () => RawDocument.ReadFile(path);
            var parse = () => DocumentParser.Default.ParseFile(path);

            var message = read.Should().Throw<DocumentFormatException>().Which.Message;
            parse.Should().Throw<DocumentFormatException>().Which.Message.Should().Be(message).And.Contain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("minhash")]
    [InlineData("shingles")]
    [InlineData("simhash")]
    [InlineData("exact")]
    [InlineData("char")]
    public void DeduplicateTexts_GeneratedCorpusAndSamples_SameReportAsDocuments(string variant)
    {
        var options = variant switch
        {
            "shingles" => DedupOptions.ShingleSetDefaults,
            "simhash" => DedupOptions.Default with { Method = DedupMethod.SimHash },
            "exact" => DedupOptions.Default with { Method = DedupMethod.Exact },
            "char" => DedupOptions.ShingleSetDefaults with { ShingleKind = ShingleKind.Character },
            _ => DedupOptions.Default,
        };
        var generator = new CorpusGenerator(600, seed: 99);
        var texts = Enumerable.Range(0, generator.Count).Select(i => new RawDocument(CorpusGenerator.IdOf(i), null, generator.TextOf(i)))
            .Concat(Directory.EnumerateFiles(Repository.Samples, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(RawDocument.ReadFile)
                .Select((t, i) => t with { Id = $"sample{i}-{t.Id}" }))
            .ToList();
        var deduplicator = new Deduplicator(options);

        var fromDocuments = deduplicator.Deduplicate(texts, DocumentParser.Default.Parse);
        var fromTexts = deduplicator.DeduplicateTexts(texts, t => t);

        fromTexts.Pairs.Should().NotBeEmpty();
        Json(fromTexts, options).Should().Be(Json(fromDocuments, options));
    }

    private static string Json(DedupResult result, DedupOptions options)
    {
        using var writer = new StringWriter();
        DedupReport.WriteJson(writer, result, options);
        return writer.ToString();
    }

    private static void ShouldReadAsTheDocument(string text, DocumentParser parser)
    {
        var document = parser.Parse(text, "d");
        var expectedWords = document.Tokens.Select(t => XxHash64.HashChars(t.Text)).ToArray();
        var normalized = DocumentBody.Normalized(document);

        var words = Deduplicator.ReadWords(parser, text, [], tokens: true, out var header, out var exact, out var empty, out var count);
        try
        {
            words.AsSpan(0, count).ToArray().Should().Equal(expectedWords, "the tokens of {0}", Shown(text));
            (exact, empty).Should().Be((XxHash64.HashString(normalized), normalized.Length == 0), "the exact hash of {0}", Shown(text));
            header.Published.Should().Be(document.Published);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    private static string Shown(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
