using Kraken.Codegen.Tool;

return CliApplication.Run(args, Console.Out, Console.Error);
