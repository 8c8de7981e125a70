using System.Runtime.CompilerServices;

namespace CorpusDiff.Similarity;

/// <summary>Sixteen UTF-16 units on the stack without <c>stackalloc</c> (which would keep the caller from being inlined and costs a probe).</summary>
[InlineArray(ShortPatternMasks.MaxLength)]
internal struct ShortPatternBuffer
{
    private ushort element;
}
