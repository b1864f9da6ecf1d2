namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A classification code (科目编码): 3 digits for a 类, 5 for a 款, 7 for a 项 (functional classification);
/// 3 and 5 digits for the economic classification's 类 and 款.
/// </summary>
public readonly record struct SubjectCode(string Value) : IComparable<SubjectCode>
{
    public SubjectLevel Level => Value.Length switch
    {
        3 => SubjectLevel.Class,
        5 => SubjectLevel.Section,
        _ => SubjectLevel.Item,
    };

    /// <summary>The code one level up (款 → 类, 项 → 款), or null for a 类.</summary>
    public SubjectCode? Parent => Value.Length > 3 ? new SubjectCode(Value[..^2]) : null;

    /// <summary>The 类 this code belongs to.</summary>
    public SubjectCode Class => new(Value[..3]);

    /// <summary>Whether text is a well-formed code: 3, 5 or 7 ASCII digits.</summary>
    public static bool IsWellFormed(string text) =>
        text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit);

    public int CompareTo(SubjectCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
