namespace Weft.SampleMaker.Model;

/// <summary>
/// One benchmark instance (the fields of a bench.jsonl line) together with the strong system's answer and the weak
/// system's answer; a null weak answer means that system has no output for the instance and its line is absent.
/// </summary>
internal sealed record SampleCase(
    string Id,
    string Task,
    string Instruction,
    IReadOnlyList<Block> Input,
    IReadOnlyList<Block> Reference,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<Block> Strong,
    IReadOnlyList<Block>? Weak);
