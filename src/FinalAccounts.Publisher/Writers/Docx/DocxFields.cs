using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Complex fields (begin, instruction, separate, result, end) with a result written in, for applications that never update fields.</summary>
internal static class DocxFields
{
    public static Run Begin() => new(new FieldChar { FieldCharType = FieldCharValues.Begin });

    public static Run Instruction(string code) => new(new FieldCode(" " + code + " ") { Space = SpaceProcessingModeValues.Preserve });

    public static Run Separate() => new(new FieldChar { FieldCharType = FieldCharValues.Separate });

    public static Run End() => new(new FieldChar { FieldCharType = FieldCharValues.End });

    /// <summary>A whole field in one paragraph: <c>PAGE</c> with result "1", <c>PAGEREF x \h</c> with a page number.</summary>
    public static IEnumerable<Run> Simple(string code, string result)
    {
        yield return Begin();
        yield return Instruction(code);
        yield return Separate();
        yield return new Run(new Text(result));
        yield return End();
    }
}
