using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Weft.Annotations;
using Weft.Images;
using Weft.Server.Annotations;

namespace Weft.Server.Web;

/// <summary>The routes: thin handlers over <see cref="AnnotationService"/> and the page renderers.</summary>
internal static class Endpoints
{
    /// <summary>Maps every route of the app.</summary>
    public static void Map(WebApplication app, AnnotationService service)
    {
        var catalog = service.Catalog;
        app.MapGet("/", (HttpContext c) => PageResult("Leaderboard", c, BrowsePages.Leaderboard(catalog)));
        app.MapGet("/instances/{id}", (HttpContext c, string id) => catalog.Instances.ContainsKey(id)
            ? PageResult(id, c, BrowsePages.Instance(catalog, id))
            : Results.NotFound());
        app.MapGet("/annotate", async (HttpContext c, CancellationToken ct) =>
            Results.Redirect("/annotate/" + (await service.ProgressOfAsync(TokenAuth.Annotator(c), ct)).FirstOpen.ToString(CultureInfo.InvariantCulture)));
        app.MapGet("/annotate/{index:int}", async (HttpContext c, int index, CancellationToken ct) => index < 0
            ? Results.NotFound()
            : PageResult("Annotate", c, await AnnotatePages.ItemAsync(service, TokenAuth.Annotator(c), index, ct)));
        app.MapGet("/api/progress", async (HttpContext c, CancellationToken ct) => await service.ProgressOfAsync(TokenAuth.Annotator(c), ct) is var p
            ? Results.Json(new Dictionary<string, int> { ["done"] = p.Done, ["total"] = p.Total })
            : Results.StatusCode(500));
        app.MapPost("/api/ratings", (HttpContext c, CancellationToken ct) => WriteAsync(c, (annotator, root) => service.SaveScoresAsync(
            annotator, Text(root, "instance"), Text(root, "system"), Scores(root), OptionalText(root, "comment"), ct), ct));
        app.MapPost("/api/verdicts", (HttpContext c, CancellationToken ct) => WriteAsync(c, (annotator, root) => service.SaveVerdictAsync(
            annotator, Text(root, "instance"), Text(root, "system_a"), Text(root, "system_b"), Text(root, "winner"), OptionalText(root, "comment"), ct), ct));
        app.MapGet("/images/{id}", async (string id, CancellationToken ct) =>
        {
            var bytes = await catalog.Images.ReadAsync(id, ct);
            var type = bytes is null ? null : ImageFormats.SniffMediaType(bytes.AsSpan(0, Math.Min(bytes.Length, ImageFormats.HeaderLength)));
            return type is null ? Results.NotFound() : Results.Bytes(bytes!, type);
        });
        app.MapGet("/static/app.js", () => Results.Text(Resource("Weft.Server.app.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/static/app.css", () => Results.Text(Resource("Weft.Server.app.css"), "text/css; charset=utf-8"));

        // Browsers ask for /favicon.ico on their own, before and without a token: one small SVG for both names, no 404 or 401.
        foreach (var path in TokenAuth.PublicPaths)
        {
            app.MapGet(path, () => Results.Text(Resource("Weft.Server.favicon.svg"), "image/svg+xml; charset=utf-8"));
        }
    }

    private static IResult PageResult(string title, HttpContext context, string body) =>
        Results.Content(Html.Page(title, TokenAuth.Annotator(context), body), "text/html; charset=utf-8");

    private static async Task<IResult> WriteAsync(HttpContext context, Func<string, JsonElement, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new AnnotationException("the body must be a JSON object.");
            }

            await write(TokenAuth.Annotator(context), document.RootElement);
            return Results.NoContent();
        }
        catch (JsonException)
        {
            return Problem("the body is not valid JSON.");
        }
        catch (AnnotationException e)
        {
            return Problem(e.Message);
        }
    }

    private static IResult Problem(string message) =>
        Results.Json(new Dictionary<string, string> { ["error"] = message }, statusCode: StatusCodes.Status400BadRequest);

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new AnnotationException($"'{name}' is required and must be a string.");

    private static string? OptionalText(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new AnnotationException($"'{name}' must be a string.");

    private static Dictionary<string, double?> Scores(JsonElement root)
    {
        if (!root.TryGetProperty("scores", out var scores) || scores.ValueKind != JsonValueKind.Object)
        {
            throw new AnnotationException("'scores' is required and must be an object of aspect → score (null = N/A).");
        }

        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var property in scores.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => property.Value.GetDouble(),
                _ => throw new AnnotationException($"aspect '{property.Name}': the score must be a number or null."),
            };
        }

        return result;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
