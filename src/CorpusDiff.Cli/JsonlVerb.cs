using System.CommandLine;
using CorpusDiff.Claims;

namespace CorpusDiff.Cli;

/// <summary>
/// What the verbs over a JSON-lines file of (source, summary) pairs share (<c>check</c>, <c>eval</c>): the
/// <c>--jsonl</c> and <c>--out</c> options, and the run: refuse an <c>--out</c> that names the input, check the pairs in
/// input order, let the verb write its report, commit it, and exit 1 (with a count) when lines failed.
/// </summary>
internal sealed class JsonlVerb
{
    private readonly Option<string> jsonl;
    private readonly Option<string?> output = CommonOptions.Out();
    private readonly bool labelled;
    private readonly string done;

    /// <summary>Adds <c>--jsonl</c>, the verb's own options, then <c>--out</c> to a command.</summary>
    /// <param name="command">The verb's command.</param>
    /// <param name="jsonlDescription">What each input line holds.</param>
    /// <param name="labelled">Whether lines must carry a label and dataset (and the bigram baseline is scored).</param>
    /// <param name="done">What could not be done to a failed line ("checked", "evaluated").</param>
    /// <param name="own">The verb's own options, listed between <c>--jsonl</c> and <c>--out</c>.</param>
    public JsonlVerb(Command command, string jsonlDescription, bool labelled, string done, params Option[] own)
    {
        jsonl = CommonOptions.Jsonl(jsonlDescription);
        this.labelled = labelled;
        this.done = done;
        command.Options.Add(jsonl);
        foreach (var option in own)
        {
            command.Options.Add(option);
        }

        command.Options.Add(output);
    }

    /// <summary>Runs the verb.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="context">The run.</param>
    /// <param name="checker">The checker each pair goes through.</param>
    /// <param name="report">Takes the checked pairs (in input order, through <see cref="JsonlPairs.Consume"/>) and writes the report; returns how many lines failed.</param>
    public ExitCode Run(ParseResult parse, CliContext context, ClaimChecker checker, Func<IEnumerable<PairResult>, TextWriter, int> report)
    {
        var path = parse.GetValue(jsonl)!;
        OutputSink.Check(parse.GetValue(output), [path]);
        var results = JsonlPairs.Check(path, needLabel: labelled, checker, baseline: labelled);
        using var sink = OutputSink.Open(parse.GetValue(output), context);
        var failed = report(results, sink.Writer);
        sink.Commit();
        return JsonlPairs.ExitCode(context, failed, done);
    }
}
