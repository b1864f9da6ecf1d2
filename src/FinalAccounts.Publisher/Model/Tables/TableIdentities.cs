namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// The identities inside one table: within each row across its amount columns; between lines (公开01/04表); two lines
/// that must be equal; and, when <see cref="Hierarchy"/>, the code hierarchy (类 = Σ款 = Σ项, 合计 = Σ类; in 公开06表
/// 类 = Σ款 and each group total = Σ its 类). Identities across tables live with the checks, naming tables by descriptor.
/// </summary>
public sealed record TableIdentities(
    IReadOnlyList<RowIdentity> Rows,
    IReadOnlyList<LineIdentity> Lines,
    IReadOnlyList<LineEquality> Equalities,
    bool Hierarchy)
{
    public static TableIdentities None { get; } = new([], [], [], false);
}

/// <summary>
/// Within a row: amount column <see cref="Target"/> = Σ <see cref="Plus"/> − Σ <see cref="Minus"/> (indices among the
/// amount columns); for numbered lines only from line <see cref="FromLine"/> on.
/// </summary>
public sealed record RowIdentity(int Target, IReadOnlyList<int> Plus, IReadOnlyList<int> Minus, int FromLine = 0);

/// <summary>Line <see cref="Target"/> = Σ lines <see cref="Plus"/>, in every column.</summary>
public sealed record LineIdentity(int Target, IReadOnlyList<int> Plus);

/// <summary>Two lines that must be equal (收入总计 = 支出总计).</summary>
public sealed record LineEquality(int Left, int Right);
