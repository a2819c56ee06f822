using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Weft.Annotations;

namespace Weft.Cli.Commands;

/// <summary><c>weft annotators add|list|revoke</c>: who may annotate a run, with invite tokens stored only as hashes.</summary>
internal static class AnnotatorsCommand
{
    private static readonly Option<string> Run = new("--run") { Description = "Run folder.", Required = true };
    private static readonly Argument<string> Name = new("NAME") { Description = "The annotator's name, as exported in ratings." };

    public static Command Create(CliConsole console)
    {
        var add = new Command("add", "Invite an annotator (or a revoked one again, with a new token): prints their token once; only its hash is kept.") { Name, Run };
        add.SetAction((result, cancellationToken) => GuardedAsync(result.GetValue(Run)!, async store =>
        {
            var name = result.GetValue(Name)!;
            var again = (await store.ListAnnotatorsAsync(cancellationToken)).Any(a => a.Revoked is not null && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            var token = await store.AddAnnotatorAsync(name, DateTimeOffset.UtcNow, cancellationToken);
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
        }, cancellationToken));

        var list = new Command("list", "List the annotators of a run.") { Run };
        list.SetAction((result, cancellationToken) => GuardedAsync(result.GetValue(Run)!, async store =>
        {
            foreach (var a in await store.ListAnnotatorsAsync(cancellationToken))
            {
                var state = a.Revoked is { } at ? "revoked " + at.ToString("u", CultureInfo.InvariantCulture) : "active";
                console.Out.WriteLine($"{a.Name}\tadded {a.Created.ToString("u", CultureInfo.InvariantCulture)}\t{state}");
            }
        }, cancellationToken));

        var revoke = new Command("revoke", "Revoke an annotator's token (their ratings are kept).") { Name, Run };
        revoke.SetAction((result, cancellationToken) => GuardedAsync(result.GetValue(Run)!, async store =>
        {
            var name = result.GetValue(Name)!;
            if (!await store.RevokeAsync(name, DateTimeOffset.UtcNow, cancellationToken))
            {
                throw new UsageException($"there is no annotator named '{name}' in this run.");
            }

            console.Out.WriteLine($"Revoked '{name}'.");
        }, cancellationToken));

        return new Command("annotators", "Manage the annotators of a run.") { add, list, revoke };
    }

    private static async Task<int> GuardedAsync(string runFolder, Func<IAnnotationStore, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            using var store = await SqliteAnnotationStore.OpenAsync(runFolder, cancellationToken);
            await action(store);
            return ExitCodes.Success;
        }
        catch (AnnotationException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
