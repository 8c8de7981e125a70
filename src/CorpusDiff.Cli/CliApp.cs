using System.CommandLine;
using System.CommandLine.Help;
using CorpusDiff.Cli.Commands;
using CorpusDiff.Documents;

namespace CorpusDiff.Cli;

/// <summary>Builds the command tree and runs it with errors mapped to messages and exit codes.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, bool errorIsTerminal = false, CancellationToken cancellation = default)
    {
        var context = new CliContext(output, error, errorIsTerminal, cancellation);
        // A plain command named like the tool, not RootCommand: RootCommand takes its name from the executable
        // (CorpusDiff.Cli.dll under `dotnet`), and help should show the command people type.
        var root = new Command("corpusdiff", "Compare overlapping news reports, flag divergent claims, deduplicate corpora.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(InspectCommand.Create(context));
        root.Subcommands.Add(CompareCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(DedupCommand.Create(context));
        root.Subcommands.Add(GroupsCommand.Create(context));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"corpusdiff: {parseError.Message}");
            }

            error.WriteLine("Run 'corpusdiff --help' (or '<verb> --help') for usage.");
            return (int)ExitCode.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command body, turning user errors into one stderr line and an exit code.</summary>
    public static int Guard(CliContext context, Func<ExitCode> body)
    {
        try
        {
            return (int)body();
        }
        catch (CliException ex)
        {
            context.Error.WriteLine($"corpusdiff: {ex.Message}");
            return (int)ex.ExitCode;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine("corpusdiff: interrupted; no report or index was changed.");
            return (int)ExitCode.Interrupted;
        }
        catch (DocumentFormatException ex)
        {
            context.Error.WriteLine($"corpusdiff: {ex.Message}");
            return (int)ExitCode.Failed;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            context.Error.WriteLine($"corpusdiff: {ex.Message}");
            return (int)ExitCode.Failed;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or FormatException)
        {
            // Library validation (options out of range, malformed input) reaches the user as its message.
            context.Error.WriteLine($"corpusdiff: {ex.Message}");
            return (int)ExitCode.Failed;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("CORPUSDIFF_DEBUG") is null)
        {
            context.Error.WriteLine($"corpusdiff: internal error ({ex.GetType().Name}): {ex.Message}. Set CORPUSDIFF_DEBUG=1 to see the stack trace, and please report it.");
            return (int)ExitCode.Failed;
        }
    }
}
