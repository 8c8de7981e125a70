using System.CommandLine;
using System.Globalization;

namespace CorpusDiff.Cli;

/// <summary>Options several verbs share, defined once so they read and validate alike.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (default {defaultValue}).",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The required <c>--jsonl</c> file of (source, summary) pairs of <c>check</c> and <c>eval</c>.</summary>
    public static Option<string> Jsonl(string description) => new("--jsonl")
    {
        Description = description,
        Required = true,
    };

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Do not print progress to standard error.",
    };

    /// <summary>
    /// Rejects an out-of-range value while parsing, so it is a usage error (exit code 2) named by the option the user
    /// typed: <c>--threshold must be in (0, 1]; got 2</c>.
    /// </summary>
    public static void Range<T>(Option<T> option, Func<T, bool> valid, string rule)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<T>();
            if (!valid(value))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {rule}; got {value}"));
            }
        });
    }
}
