namespace FinalAccounts.Publisher.Model;

/// <summary>The level of a classification code: 类, 款, 项.</summary>
public enum SubjectLevel
{
    Class = 1,
    Section = 2,
    Item = 3,
}
