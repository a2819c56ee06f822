namespace Weft.Tests.Images;

/// <summary>Answers HTTP requests from a function, in memory, and counts them: no socket is opened.</summary>
internal sealed class FakeHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int requests;

    public int Requests => requests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        return Task.FromResult(respond(request));
    }
}
