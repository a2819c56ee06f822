namespace Weft.Server;

/// <summary>How <see cref="WeftServer"/> serves a run.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only, port 5175.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5175";

    /// <summary>The run folder (the one holding weft.db); required.</summary>
    public required string RunFolder { get; init; }

    /// <summary>Addresses to listen on, separated by ';' (default <see cref="DefaultUrls"/>; port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Scoring or pairwise annotation (default scoring).</summary>
    public AnnotationMode Mode { get; init; } = AnnotationMode.Scoring;

    /// <summary>Pairwise mode only: a battles file (as <c>weft arena sample</c> writes) whose battles annotators decide, instead of every pair of systems on every instance.</summary>
    public string? BattlesFile { get; init; }

    /// <summary>The scale of scoring mode (default 0–3).</summary>
    public RatingScale Scale { get; init; } = RatingScale.Default;

    /// <summary>Clock for the times ratings are saved at (default the system clock).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The addresses of <see cref="Urls"/> that listen beyond this machine, as host:port: any host but <c>localhost</c> or a loopback IP.</summary>
    public IReadOnlyList<string> AddressesBeyondLoopback() => ListenUrls.BeyondLoopback(Urls);
}
