namespace Weft.Cli;

/// <summary>An option value that parses but makes no sense (for example a malformed --system); reported without a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
