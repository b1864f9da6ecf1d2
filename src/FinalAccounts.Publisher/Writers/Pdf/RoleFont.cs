using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A role's fallback chain at one size and style: one <see cref="FontHandle"/> per face of the chain.</summary>
internal sealed class RoleFont
{
    private readonly FontHandle[] handles;

    public RoleFont(FontFallbackChain chain, FontHandle[] handles)
    {
        Chain = chain;
        this.handles = handles;
    }

    public FontFallbackChain Chain { get; }

    /// <summary>The first face: the one that sets most of the text.</summary>
    public FontHandle Primary => handles[0];

    public double Size => Primary.Size;

    /// <summary>The handle of the first face that has the character, or null when none has.</summary>
    public FontHandle? For(int codePoint)
    {
        var i = Chain.IndexFor(codePoint);
        return i < 0 ? null : handles[i];
    }
}
