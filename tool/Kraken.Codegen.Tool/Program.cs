using Kraken.Codegen.Tool;

InterruptSignal.HonourWhenIgnored();
return CliApplication.Run(args, Console.Out, Console.Error, Kraken.Codegen.Tool.Terminal.ConsoleState.FromSystem());
