namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>The structure element types the writer tags content with.</summary>
internal enum StructTag
{
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    THRow,
    TD,
    Figure,
    Caption,
    Toc,
    Toci,
}
