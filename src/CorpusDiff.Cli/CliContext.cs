namespace CorpusDiff.Cli;

/// <summary>Where a command writes: standard output for results, standard error for progress and errors.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
