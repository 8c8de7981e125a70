namespace CorpusDiff;

/// <summary>An options record that checks its own settings (by <see cref="Settings"/>'s rule).</summary>
internal interface ISettingsRecord
{
    /// <summary>Throws when a setting is out of range, naming it.</summary>
    void Validate();
}
