using AbiPortal.Cli;

return CliApp.Run(args);
