namespace Weft.Runs;

/// <summary>Receives what a run has to say while it works: messages and progress. Implemented by the command line.</summary>
public interface IRunObserver
{
    /// <summary>A line for the user (information).</summary>
    void Info(string message);

    /// <summary>A line for the user (something they should look at).</summary>
    void Warning(string message);

    /// <summary>Judging starts: <paramref name="total"/> items in scope, of which <paramref name="alreadyDone"/> were finished by earlier runs.</summary>
    void JudgingStarted(int total, int alreadyDone);

    /// <summary>One more item finished.</summary>
    void Progress(RunProgress progress);

    /// <summary>Judging ended (finished, failed or interrupted).</summary>
    void JudgingEnded();
}
