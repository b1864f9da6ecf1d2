using FinalAccounts.Cli;

ConsoleStreams.Configure();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    return CliApp.Run(args, Console.Out, Console.Error, cancel.Token);
}
catch (Exception e)
{
    Console.Error.WriteLine("内部错误：这是工具本身的缺陷，不是数据的问题，请把以下信息报告给维护人员。 / Internal error (a bug in the tool):");
    Console.Error.WriteLine(e);
    return ExitCodes.InternalError;
}
