using Weft.Cli;

return await WeftCli.RunAsync(args, CliConsole.ForProcess(), CancellationToken.None);
