using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// One comparison a reviewer reads: its title ("与上次正式发布相比"), what the earlier text is (or, when there is none,
/// why and what to do), and the comparison itself (null when there was nothing to compare with).
/// </summary>
public sealed record ReviewSection(LocalizedText Title, LocalizedText Baseline, TextComparison? Comparison);
