namespace CorpusDiff.Alignment;

/// <summary>Reads one sentence's n-gram bag as <see cref="SentenceGrams.Bags"/> encodes it: ascending ids with their counts.</summary>
internal ref struct GramReader
{
    private readonly ReadOnlySpan<byte> data;
    private int at;
    private int id;

    /// <summary>Initializes a reader over an encoded bag.</summary>
    /// <param name="data">The encoded bag.</param>
    public GramReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
    }

    /// <summary>Reads the next n-gram id and its count; returns <see langword="false"/> at the end.</summary>
    /// <param name="gram">The n-gram id.</param>
    /// <param name="count">How often the sentence has it.</param>
    /// <returns>Whether there was one more.</returns>
    public bool Next(out int gram, out int count)
    {
        if (at >= data.Length)
        {
            gram = count = 0;
            return false;
        }

        var step = ReadValue();
        id += (int)(step >> 1);
        gram = id;
        count = (step & 1) == 0 ? 1 : (int)ReadValue() + 2;
        return true;
    }

    private uint ReadValue()
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);

        return value;
    }
}
