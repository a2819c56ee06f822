namespace Weft.Protocols.Replies;

/// <summary>One line of a reply, without its line break, and where it starts.</summary>
/// <param name="Start">Index of the line's first character in the reply.</param>
/// <param name="Text">The line without '\r' or '\n'.</param>
internal readonly record struct ReplyLine(int Start, string Text);
