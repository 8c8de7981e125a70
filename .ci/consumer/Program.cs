// A scratch program that uses CorpusDiff only through its NuGet package, and checks the package it came from.
using System.IO.Compression;
using CorpusDiff;

if (args.Length == 1)
{
    using var package = ZipFile.OpenRead(args[0]);
    var names = package.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "README.md", "lib/net10.0/CorpusDiff.dll", "lib/net10.0/CorpusDiff.xml" })
    {
        if (!names.Contains(required))
        {
            Console.Error.WriteLine($"consumer-check: the package lacks {required}");
            return 1;
        }
    }

    using var reader = new StreamReader(package.GetEntry("CorpusDiff.nuspec")!.Open());
    var spec = reader.ReadToEnd();
    foreach (var required in new[] { "<license type=\"expression\">", "<readme>README.md</readme>", "<repository " })
    {
        if (!spec.Contains(required, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"consumer-check: the nuspec lacks {required}");
            return 1;
        }
    }
}

var text = "date 2023-12-04 Shanghai port sets record\n\nThe port handled 49 million containers in 2023, officials said on Dec. 5. Growth was 4%.\n";
var doc = Corpus.Parse(text, "consumer.txt");
if (doc.Sentences.Count == 0 || doc.Tokens.Count == 0)
{
    Console.Error.WriteLine("consumer-check: the package parsed nothing");
    return 1;
}

foreach (var s in doc.Sentences)
{
    if (text[s.Start..s.End] != s.Text)
    {
        Console.Error.WriteLine($"consumer-check: sentence {s.Index} offsets do not match its text");
        return 1;
    }
}

Console.WriteLine($"consumer-check: ok ({doc.Sentences.Count} sentences, {doc.Tokens.Count} tokens)");
return 0;
