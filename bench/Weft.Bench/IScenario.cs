namespace Weft.Bench;

/// <summary>One benchmark scenario run from the command line: prints its figures and returns an exit code.</summary>
internal interface IScenario
{
    /// <summary>The name used on the command line.</summary>
    string Name { get; }

    /// <summary>One line saying what it measures.</summary>
    string Description { get; }

    /// <summary>Runs the scenario with the remaining arguments.</summary>
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
