using System.Reflection;
using NetArchTest.Rules;
using Weft.Server;

namespace Weft.Tests.Architecture;

/// <summary>
/// The CLI and the web app are thin edges over the library (docs/STYLE rule 7): the CLI starts the web app only through
/// its public entry points, and neither edge holds SQL of its own (the annotation and run stores are in src/Weft).
/// </summary>
public sealed class EdgeDependencyTests
{
    private static readonly Assembly Cli = typeof(Weft.Cli.WeftCli).Assembly;
    private static readonly Assembly Server = typeof(WeftServer).Assembly;

    /// <summary>
    /// What <c>weft serve</c> needs of Weft.Server: start it (<see cref="WeftServer"/>, <see cref="ServerOptions"/>), hold and
    /// stop it (<see cref="ServerHandle"/>), the option values it takes (<see cref="AnnotationMode"/>, <see cref="RatingScale"/>),
    /// and the one failure the user can fix (<see cref="ListenAddressInUseException"/>). Everything else is the app's inside.
    /// </summary>
    private static readonly Type[] EntryPoints =
        [typeof(WeftServer), typeof(ServerOptions), typeof(ServerHandle), typeof(AnnotationMode), typeof(RatingScale), typeof(ListenAddressInUseException)];

    [Fact]
    public void Cli_UsesOnlyTheServersEntryPoints()
    {
        var result = Types.InAssembly(Cli).ShouldNot().HaveDependencyOnAny(ServerInternals()).GetResult();

        Assert.True(result.IsSuccessful, "types in Weft.Cli use Weft.Server beyond its entry points: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EntryPoints_ArePublicTypesOfTheServer()
    {
        Assert.All(EntryPoints, type => Assert.True(type.Assembly == Server && type.IsPublic, type.FullName));
    }

    [Fact]
    public void Rule_CatchesAUseOfTheServersInside()
    {
        // The web pages use the annotation service: the same rule applied to them must fail, so the test can fail.
        var result = Types.InAssembly(Server).That().ResideInNamespace("Weft.Server.Web").ShouldNot().HaveDependencyOnAny(ServerInternals()).GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Theory]
    [InlineData("Weft.Server")]
    [InlineData("Weft.Cli")]
    public void Edge_HoldsNoSql(string edge)
    {
        var assembly = edge == "Weft.Server" ? Server : Cli;

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite").GetResult();

        Assert.True(result.IsSuccessful, $"types in {edge} use Microsoft.Data.Sqlite (SQL belongs in the library's stores): " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), name => name.Name == "Microsoft.Data.Sqlite");
    }

    [Fact]
    public void SqlRule_CatchesALibraryStore()
    {
        var result = Types.InAssembly(typeof(Weft.Annotations.SqliteAnnotationStore).Assembly).ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite").GetResult();

        Assert.False(result.IsSuccessful);
    }

    // Full names of the server's own types that are not entry points, nor nested in one (compiler-made state machines and
    // closures); the attributes the compiler embeds in every assembly (System.Runtime.CompilerServices.*) are not its own.
    private static string[] ServerInternals() =>
        [.. Server.GetTypes()
            .Where(type => type.Namespace?.StartsWith("Weft.Server", StringComparison.Ordinal) == true)
            .Where(type => !EntryPoints.Any(entry => type == entry || IsNestedIn(type, entry)))
            .Select(type => type.FullName!.Replace('+', '/'))];

    private static bool IsNestedIn(Type type, Type outer)
    {
        for (var declaring = type.DeclaringType; declaring is not null; declaring = declaring.DeclaringType)
        {
            if (declaring == outer)
            {
                return true;
            }
        }

        return false;
    }
}
