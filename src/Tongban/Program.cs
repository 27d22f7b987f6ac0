using Tongban.Cli;

return await TongbanCli.RunAsync(args);
