using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>
/// The argument check every string overload makes before it hands its text to the span overload, so the check and
/// its exception (named after the caller's parameter) are written once.
/// </summary>
internal static class Arguments
{
    /// <summary>Throws when a string argument is null; otherwise gets it as a span.</summary>
    /// <param name="text">The argument.</param>
    /// <param name="parameter">The parameter's name, for the exception (filled in by the compiler).</param>
    /// <returns>The text as a span.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Text(string? text, [CallerArgumentExpression(nameof(text))] string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(text, parameter);
        return text.AsSpan();
    }
}
