using System.Text.Json;
using Weft.Testing;

namespace Weft.Tests.Testing;

public sealed class FakeRespondersTests
{
    private static readonly FakeBehavior Fault = FakeBehavior.ServerError(502);

    private static FakeRequest Request(int attempt) =>
        new("/v1/chat/completions", "m", JsonDocument.Parse("{}").RootElement, "key", new Dictionary<string, string>(), attempt);

    [Fact]
    public void FailFirstAttempts_Two_FaultsForAttemptsOneAndTwoOnly()
    {
        var responder = FakeResponders.FailFirstAttempts(Fault, attempts: 2);

        Assert.Equal([Fault, Fault, FakeBehavior.Default, FakeBehavior.Default], Enumerable.Range(1, 4).Select(a => responder(Request(a))));
    }

    [Fact]
    public void FailFirstAttempts_DefaultCount_FaultsOnlyTheFirstAttempt()
    {
        var responder = FakeResponders.FailFirstAttempts(Fault);

        Assert.Same(Fault, responder(Request(1)));
        Assert.Same(FakeBehavior.Default, responder(Request(2)));
    }

    [Fact]
    public void Randomly_SameSeed_SameSequence()
    {
        var first = FakeResponders.Randomly(0.5, Fault, seed: 7);
        var second = FakeResponders.Randomly(0.5, Fault, seed: 7);

        Assert.Equal(Enumerable.Range(0, 50).Select(_ => first(Request(1))), Enumerable.Range(0, 50).Select(_ => second(Request(1))));
    }

    [Theory]
    [InlineData(0.0, 0, 0)]
    [InlineData(1.0, 1000, 1000)]
    [InlineData(0.3, 240, 360)]
    public void Randomly_Rate_FaultShareNearTheRate(double rate, int atLeast, int atMost)
    {
        var responder = FakeResponders.Randomly(rate, Fault, seed: 1);

        var faults = Enumerable.Range(0, 1000).Count(_ => ReferenceEquals(responder(Request(1)), Fault));

        Assert.InRange(faults, atLeast, atMost);
    }

    [Fact]
    public void Randomly_RateOutsideZeroToOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeResponders.Randomly(1.5, Fault, seed: 1));
    }

    [Fact]
    public void Always_AnyRequest_SameBehavior()
    {
        var reply = FakeBehavior.Reply("x");
        var responder = FakeResponders.Always(reply);

        Assert.Same(reply, responder(Request(1)));
        Assert.Same(reply, responder(Request(9)));
    }
}
