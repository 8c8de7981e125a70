using System.Collections.Frozen;

namespace CorpusDiff.Language;

/// <summary>Units of measure a rewrite for another readership converts (<c>60 km/h</c>: <c>37 mph</c>; <c>4,200 hectares</c>: <c>10,400 acres</c>).</summary>
internal static partial class English
{
    /// <summary>What a unit of measure measures: units of one kind convert into one another.</summary>
    private enum Dimension
    {
        Length,
        Speed,
        Area,
        Mass,
        Volume,
    }

    /// <summary>
    /// Units of measure as the singular head noun of a count (<c>kilometre</c>, <c>mile</c>, <c>hectare</c>) or the speed
    /// a count of a length per hour makes (<see cref="SpeedUnit"/>), to their kind and size in the kind's base unit
    /// (metres, metres a second, square metres, kilograms, litres). Words read as something else are not listed:
    /// <c>pound</c> is a currency, <c>m</c> a million after one, <c>in</c> a preposition, and <c>ton</c> and
    /// <c>gallon</c> differ between the British and the American.
    /// </summary>
    private static readonly FrozenDictionary<string, (Dimension Kind, double Size)> Measures =
        new Dictionary<string, (Dimension Kind, double Size)>(StringComparer.OrdinalIgnoreCase)
        {
            ["km"] = (Dimension.Length, 1_000), ["kilometre"] = (Dimension.Length, 1_000), ["kilometer"] = (Dimension.Length, 1_000),
            ["metre"] = (Dimension.Length, 1), ["meter"] = (Dimension.Length, 1), ["cm"] = (Dimension.Length, 0.01),
            ["centimetre"] = (Dimension.Length, 0.01), ["centimeter"] = (Dimension.Length, 0.01), ["mile"] = (Dimension.Length, 1_609.344),
            ["foot"] = (Dimension.Length, 0.3048), ["feet"] = (Dimension.Length, 0.3048), ["ft"] = (Dimension.Length, 0.3048),
            ["yard"] = (Dimension.Length, 0.9144), ["inch"] = (Dimension.Length, 0.0254),
            [KilometresAnHour] = (Dimension.Speed, 1 / 3.6), ["kph"] = (Dimension.Speed, 1 / 3.6), ["kmh"] = (Dimension.Speed, 1 / 3.6),
            [MilesAnHour] = (Dimension.Speed, 0.44704), ["knot"] = (Dimension.Speed, 1_852 / 3_600.0),
            ["hectare"] = (Dimension.Area, 10_000), ["ha"] = (Dimension.Area, 10_000), ["acre"] = (Dimension.Area, 4_046.8564224),
            ["kg"] = (Dimension.Mass, 1), ["kilogram"] = (Dimension.Mass, 1), ["kilo"] = (Dimension.Mass, 1), ["tonne"] = (Dimension.Mass, 1_000),
            ["lb"] = (Dimension.Mass, 0.45359237), ["ounce"] = (Dimension.Mass, 0.028349523125),
            ["litre"] = (Dimension.Volume, 1), ["liter"] = (Dimension.Volume, 1),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit of a speed in kilometres an hour, as <see cref="SpeedUnit"/> names it.</summary>
    public const string KilometresAnHour = "km/h";

    /// <summary>The unit of a speed in miles an hour, as <see cref="SpeedUnit"/> names it.</summary>
    public const string MilesAnHour = "mph";

    /// <summary>
    /// The speed a count of <paramref name="length"/> makes when an hour follows it (<c>60 km/h</c>, <c>37 miles per
    /// hour</c>): <see cref="KilometresAnHour"/> or <see cref="MilesAnHour"/>; <see langword="null"/> for any other unit.
    /// </summary>
    /// <param name="length">The count's singular head noun.</param>
    /// <returns>The unit of speed, or <see langword="null"/>.</returns>
    public static string? SpeedUnit(string length) => length.ToLowerInvariant() switch
    {
        "km" or "kilometre" or "kilometer" => KilometresAnHour,
        "mile" => MilesAnHour,
        _ => null,
    };

    /// <summary>Whether a singular head noun is a unit of measure that converts (<c>mph</c>, <c>hectare</c>, <c>km</c>).</summary>
    /// <param name="unit">The word.</param>
    /// <returns>Whether it is listed.</returns>
    public static bool IsMeasure(string unit) => Measures.ContainsKey(unit);

    /// <summary>
    /// A count and its unit of measure as a reader writes them (<c>45 mph</c>, <c>12,400 acres</c>, <c>6 feet</c>), for a
    /// message that sets two units side by side.
    /// </summary>
    /// <param name="count">The count as written.</param>
    /// <param name="unit">Its unit, a singular head noun.</param>
    /// <returns>The two, the unit plural after any count but one.</returns>
    public static string MeasureText(string count, string unit)
    {
        var plural = count != "1" && unit.Length > 3 && !unit.Contains('/', StringComparison.Ordinal) && !unit.EndsWith('s')
            ? unit switch { "foot" => "feet", "inch" => "inches", _ => unit + "s" }
            : unit;
        return count + " " + plural;
    }

    /// <summary>
    /// How many of <paramref name="to"/> one <paramref name="from"/> makes, when the two are different units measuring one
    /// kind of thing (<c>mile</c> to <c>km</c>: 1.609; <c>hectare</c> to <c>acre</c>: 2.471), so a rewrite's
    /// <c>37 mph</c> reads as the source's <c>60 km/h</c>; <see langword="null"/> for anything else.
    /// </summary>
    /// <param name="from">The unit of the number converted, as a count's singular head noun.</param>
    /// <param name="to">The unit it is converted to.</param>
    /// <returns>The factor, or <see langword="null"/>.</returns>
    public static double? MeasureRatio(string? from, string? to) =>
        from is not null && to is not null && Measures.TryGetValue(from, out var a) && Measures.TryGetValue(to, out var b) && a.Kind == b.Kind
            ? a.Size / b.Size
            : null;
}
