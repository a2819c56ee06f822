using Weft.SampleMaker;

if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: dotnet run --project samples/SampleMaker -- <samples folder>");
    return 2;
}

var written = await SampleGenerator.WriteAsync(args[0], CancellationToken.None);
Console.WriteLine($"wrote {written.Count} files to {Path.GetFullPath(args[0])}");
return 0;
