using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A fact record some of whose members the data may not give, which can say so without being read: reading such a
/// member throws <see cref="MissingFactException"/>, and the fact tree of every department (data.json, <c>finacc
/// facts</c>) asks first instead of catching thousands of exceptions per build. What it answers must match what the
/// getters do; a test holds every implementation to that.
/// </summary>
public interface IPartialFacts
{
    /// <summary>Why the property named <paramref name="property"/> cannot be read, or null when it can.</summary>
    LocalizedText? Absent(string property);
}
