namespace CorpusDiff.Cli;

/// <summary>One line of a JSON-lines file: its 1-based number and its text, or why its bytes could not be decoded.</summary>
internal readonly record struct JsonlLine(int Number, string? Text, string? Error);
