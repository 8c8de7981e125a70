using System.Runtime.CompilerServices;

namespace CorpusDiff;

/// <summary>
/// The one validation rule every options record uses: a setting out of range throws
/// <see cref="ArgumentOutOfRangeException"/> (a nested record that is null, <see cref="ArgumentNullException"/>) whose
/// message names the record and the setting (<c>DedupOptions.Threshold must be in (0, 1]; got 1.5.</c>), so a caller
/// — or the command line, which shows it — knows which knob to turn.
/// </summary>
internal static class Settings
{
    /// <summary>Throws when <paramref name="ok"/> is false.</summary>
    /// <param name="ok">Whether the setting is valid.</param>
    /// <param name="record">The options record's name (<c>nameof(DedupOptions)</c>).</param>
    /// <param name="setting">The setting's name (<c>nameof(Threshold)</c>).</param>
    /// <param name="value">The offending value.</param>
    /// <param name="requirement">What the setting must be, as a sentence after its name ("must be between 1 and 10.").</param>
    public static void Require(bool ok, string record, string setting, object? value, string requirement)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(setting, value, $"{record}.{setting} {requirement}");
        }
    }

    /// <summary>The check every pipeline's constructor makes: the record is there and its settings are valid.</summary>
    /// <typeparam name="T">The options record.</typeparam>
    /// <param name="options">The record a pipeline is built from.</param>
    /// <param name="parameter">The parameter's name, for the exception (filled in by the compiler).</param>
    /// <returns><paramref name="options"/>, to store.</returns>
    public static T Checked<T>(T options, [CallerArgumentExpression(nameof(options))] string? parameter = null)
        where T : class, ISettingsRecord
    {
        ArgumentNullException.ThrowIfNull(options, parameter);
        options.Validate();
        return options;
    }

    /// <summary>Throws when a number is not in [0, 1].</summary>
    public static void RequireUnit(double value, string record, string setting) =>
        Require(!double.IsNaN(value) && value is >= 0 and <= 1, record, setting, value, "must lie in [0, 1].");

    /// <summary>Throws when a nested record is null.</summary>
    public static void RequireNotNull(object? value, string record, string setting)
    {
        if (value is null)
        {
            throw new ArgumentNullException(setting, $"{record}.{setting} must not be null.");
        }
    }
}
