namespace Weft.Testing;

/// <summary>
/// What some tests need beyond the .NET SDK (the shared public sample data, Chromium), and whether its absence skips
/// them or fails them. On a developer's machine a missing prerequisite skips those tests with one line saying what
/// to install; with <c>WEFT_REQUIRE_ALL=1</c> (set by .ci/run) nothing is skipped, so CI can never pass by skipping.
/// </summary>
public static class Prerequisites
{
    /// <summary>Whether every prerequisite is required (CI): tests then run and fail instead of skipping.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("WEFT_REQUIRE_ALL") == "1";

    /// <summary>Why tests needing ../shared/data are skipped, or null when they run.</summary>
    public static string? SharedDataSkip =>
        Required || Directory.Exists(TestPaths.SharedDataFolder)
            ? null
            : $"needs the public sample data at {TestPaths.SharedDataFolder} (see README, 'Tests'); skipped";

    /// <summary>Where Debian installs Chromium; WEFT_CHROMIUM overrides it.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("WEFT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why browser tests are skipped, or null when they run.</summary>
    public static string? ChromiumSkip =>
        Required || File.Exists(ChromiumPath)
            ? null
            : $"needs Chromium at {ChromiumPath} (apt-get install chromium, or set WEFT_CHROMIUM); skipped";
}
