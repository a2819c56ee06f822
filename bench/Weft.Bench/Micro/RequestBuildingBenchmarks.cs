using BenchmarkDotNet.Attributes;
using Weft.Protocols;

namespace Weft.Bench.Micro;

/// <summary>Deciding applicability and building the judge request of one output, request key (canonical JSON + SHA-256) included.</summary>
[MemoryDiagnoser]
public class RequestBuildingBenchmarks
{
    private readonly InterleavedEvalProtocol protocol = new(new JudgeSettings("gpt-4o"));
    private readonly MicroData.Index index = new();

    [Benchmark]
    public int BuildRequests()
    {
        var applicable = protocol.Decide(MicroData.Instance, MicroData.Output).Applicable;
        return protocol.BuildRequests(MicroData.Instance, MicroData.Output, applicable, index).Count;
    }
}
