using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Weft.Server.Annotations;

namespace Weft.Cli.Commands;

/// <summary><c>weft annotators add|list|revoke</c>: who may annotate a run, with invite tokens stored only as hashes.</summary>
internal static class AnnotatorsCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Argument<string> Name = new("NAME") { Description = "The annotator's name, as exported in ratings." };

    public static Command Create(CliConsole console)
    {
        var add = new Command("add", "Invite an annotator (or a revoked one again, with a new token): prints their token once; only its hash is kept.") { Name, Run };
        add.SetAction(result => Guarded(() =>
        {
            using var store = AnnotationStore.Open(result.GetValue(Run)!);
            var name = result.GetValue(Name)!;
            var again = store.ListAnnotators().Any(a => a.Revoked is not null && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            var token = store.AddAnnotator(name, DateTimeOffset.UtcNow);
            if (again)
            {
                console.Out.WriteLine($"Invited '{name}' again: earlier ratings kept, old token still revoked.");
            }

            console.Out.WriteLine(again
                ? "Their new token (shown only now; it cannot be recovered):"
                : $"Added annotator '{name}'. Their token (shown only now; it cannot be recovered):");
            console.Out.WriteLine(token);
            console.Out.WriteLine("Their invite link (with the default address of weft serve):");
            console.Out.WriteLine("http://127.0.0.1:5175/?token=" + token);
        }));

        var list = new Command("list", "List the annotators of a run.") { Run };
        list.SetAction(result => Guarded(() =>
        {
            using var store = AnnotationStore.Open(result.GetValue(Run)!);
            foreach (var a in store.ListAnnotators())
            {
                var state = a.Revoked is { } at ? "revoked " + at.ToString("u", CultureInfo.InvariantCulture) : "active";
                console.Out.WriteLine($"{a.Name}\tadded {a.Created.ToString("u", CultureInfo.InvariantCulture)}\t{state}");
            }
        }));

        var revoke = new Command("revoke", "Revoke an annotator's token (their ratings are kept).") { Name, Run };
        revoke.SetAction(result => Guarded(() =>
        {
            using var store = AnnotationStore.Open(result.GetValue(Run)!);
            var name = result.GetValue(Name)!;
            if (!store.Revoke(name, DateTimeOffset.UtcNow))
            {
                throw new UsageException($"there is no annotator named '{name}' in this run.");
            }

            console.Out.WriteLine($"Revoked '{name}'.");
        }));

        return new Command("annotators", "Manage the annotators of a run.") { add, list, revoke };
    }

    private static int Guarded(Action action)
    {
        try
        {
            action();
            return ExitCodes.Success;
        }
        catch (AnnotationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
