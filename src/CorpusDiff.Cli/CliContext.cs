namespace CorpusDiff.Cli;

/// <summary>Where a command writes: standard output for results, standard error for progress and errors.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Progress and errors.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, so progress may redraw one line with carriage returns;
/// when it is a file or a pipe, progress is written as whole lines instead.</param>
/// <param name="Cancellation">Signalled by Ctrl-C: the run stops before it commits any output.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false, CancellationToken Cancellation = default);
