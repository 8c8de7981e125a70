namespace CorpusDiff.Claims;

/// <summary>Which of a <see cref="Claim"/>'s optional values are present: one byte in place of four nullable fields.</summary>
[Flags]
internal enum ClaimValueFlags : byte
{
    /// <summary>No optional value.</summary>
    None = 0,

    /// <summary><see cref="Claim.Number"/> is present.</summary>
    Number = 1,

    /// <summary><see cref="Claim.NumberTo"/> is present.</summary>
    NumberTo = 2,

    /// <summary><see cref="Claim.Date"/> is present.</summary>
    Date = 4,

    /// <summary><see cref="Claim.Weekday"/> is present.</summary>
    Weekday = 8,

    /// <summary>The date claim is a weekday named alone (<see cref="Claim.IsBareWeekday"/>).</summary>
    BareWeekday = 16,

    /// <summary>The weekday named alone is a day ahead, shown a week after the day it resolves to (<see cref="Claim.ShownAWeekLater"/>).</summary>
    WeekLater = 32,
}
