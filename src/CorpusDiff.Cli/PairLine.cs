using System.Text.Json;

namespace CorpusDiff.Cli;

/// <summary>One line of a <c>--jsonl</c> file of (source, summary) pairs, or the reason it could not be read.</summary>
internal sealed record PairLine(int LineNumber, string? IdJson, string Source, string Summary, int? Label, string Dataset)
{
    /// <summary>Parses one JSON line; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static PairLine Parse(int lineNumber, string line, bool needLabel)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({ex.Message})", ex);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("expected a JSON object");
            }

            var id = root.TryGetProperty("id", out var idElement) ? idElement.GetRawText() : null;
            var source = Text(root, "source");
            var summary = Text(root, "summary");
            int? label = null;
            if (root.TryGetProperty("label", out var labelElement))
            {
                label = labelElement.ValueKind switch
                {
                    JsonValueKind.Number when labelElement.TryGetInt32(out var n) && n is 0 or 1 => n,
                    JsonValueKind.True => 1,
                    JsonValueKind.False => 0,
                    _ => throw new FormatException("\"label\" must be 0 or 1"),
                };
            }
            else if (needLabel)
            {
                throw new FormatException("missing \"label\" (1 = consistent, 0 = not)");
            }

            var dataset = root.TryGetProperty("dataset", out var ds) && ds.ValueKind == JsonValueKind.String ? ds.GetString()! : "(none)";
            return new PairLine(lineNumber, id, source, summary, label, dataset);
        }
    }

    private static string Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element))
        {
            throw new FormatException($"missing \"{name}\"");
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"\"{name}\" must be a string");
        }

        return element.GetString()!;
    }
}
