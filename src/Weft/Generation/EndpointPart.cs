namespace Weft.Generation;

/// <summary>One piece of an endpoint system's reply: text, or an image given by a data URI or an http(s) URL.</summary>
internal sealed record EndpointPart(string? Text, string? ImageSource);
