using System.CommandLine;

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

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Do not print progress to standard error.",
    };
}
