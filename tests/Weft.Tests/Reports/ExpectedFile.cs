using System.Text;
using Weft.Testing;

namespace Weft.Tests.Reports;

/// <summary>Compares writer output with a committed file under Reports/expected, byte for byte.</summary>
internal static class ExpectedFile
{
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Weft.Tests", "Reports", "expected", name);
        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
        {
            // Leave the output beside the temp folder so a deliberate change can be reviewed and copied over.
            var received = Path.Combine(Path.GetTempPath(), "weft-received", name);
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, actual, new UTF8Encoding(false));
        }

        Assert.Equal(expected, actual);
    }
}
