using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Weft.Annotations;

namespace Weft.Server.Web;

/// <summary>
/// Admits only annotators with a valid invite token: from <c>?token=</c> on a first visit (then kept in an HttpOnly,
/// SameSite=Strict cookie), from <c>Authorization: Bearer</c>, or from that cookie. Anything else gets 401. Writes also
/// need a custom header or a same-origin Origin, which a cross-site form cannot send.
/// </summary>
internal sealed class TokenAuth(IAnnotationStore store)
{
    /// <summary>The cookie holding the token.</summary>
    public const string Cookie = "weft_token";

    /// <summary>The header the app's script sends on writes.</summary>
    public const string WriteHeader = "X-Weft-Request";

    private const string AnnotatorKey = "weft.annotator";

    /// <summary>Paths served to anyone: the icon, which holds nothing of the run.</summary>
    public static IReadOnlyList<string> PublicPaths { get; } = ["/favicon.ico", "/favicon.svg"];

    /// <summary>The authenticated annotator of a request that passed <see cref="InvokeAsync"/>.</summary>
    public static string Annotator(HttpContext context) => (string)context.Items[AnnotatorKey]!;

    /// <summary>The middleware.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && PublicPaths.Contains(request.Path.Value, StringComparer.Ordinal))
        {
            await next(context);
            return;
        }

        if (request.Query.TryGetValue("token", out var fromQuery))
        {
            if (await store.AuthenticateAsync(fromQuery.ToString(), context.RequestAborted) is null)
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, "this invite token is not valid (unknown or revoked).");
                return;
            }

            // Move the token out of the URL (history, logs, Referer) into a cookie the page's scripts cannot read.
            context.Response.Cookies.Append(Cookie, fromQuery.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
                IsEssential = true,
            });
            context.Response.Redirect(request.PathBase + request.Path);
            return;
        }

        var token = Bearer(request.Headers.Authorization) ?? request.Cookies[Cookie];
        var annotator = token is null ? null : await store.AuthenticateAsync(token, context.RequestAborted);
        if (annotator is null)
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "an invite token is required: open the link you were given (…/?token=…).");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !SameOriginWrite(request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "writes must come from the app's own pages.");
            return;
        }

        context.Items[AnnotatorKey] = annotator;
        await next(context);
    }

    private static string? Bearer(StringValues header)
    {
        var value = header.ToString();
        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : null;
    }

    private static bool SameOriginWrite(HttpRequest request)
    {
        if (request.Headers.ContainsKey(WriteHeader))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(status + ": " + message);
    }
}
