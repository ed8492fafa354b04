using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blog.Generator.Tests.Infrastructure;

/// <summary>What a finished <c>dotnet</c> command did.</summary>
internal sealed record CliResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The output with '/' as the only path separator, so assertions read the same on every OS.</summary>
    public string PortableOutput => Output.Replace('\\', '/');

    public override string ToString() => $"`{Command}` exited {ExitCode} after {Elapsed.TotalSeconds:0.0}s:\n{Output}";
}

/// <summary>Runs the <c>dotnet</c> CLI the way a developer at a terminal would, with stdout and stderr captured together.</summary>
internal static class DotNetProcess
{
    /// <summary>
    /// Variables the test host may have set that would make a nested <c>dotnet</c> use the test's MSBuild instead of
    /// resolving its own, as a terminal does.
    /// </summary>
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH",
    ];

    /// <summary>
    /// Removes the <see cref="InheritedMSBuildVariables"/> from a process about to start, so a nested <c>dotnet</c>
    /// resolves its own MSBuild.
    /// </summary>
    public static void ClearInheritedMSBuildVariables(ProcessStartInfo info)
    {
        foreach (var variable in InheritedMSBuildVariables)
        {
            info.Environment.Remove(variable);
        }
    }

    public static CliResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments, out var output);
        var stopwatch = Stopwatch.StartNew();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`dotnet {string.Join(' ', arguments)}` did not finish in {timeout.TotalSeconds}s:\n{output}");
        }

        process.WaitForExit(); // drains the redirected streams
        lock (output)
        {
            return new CliResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    /// <summary>Starts a long-running command (a web app) and returns once a line of its output matches.</summary>
    public static async Task<(Process Process, string Line)> StartAndWaitForLineAsync(
        string workingDirectory, Func<string, bool> isReadyLine, TimeSpan timeout, params string[] arguments)
    {
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Start(workingDirectory, arguments, out var output, line =>
        {
            if (isReadyLine(line))
            {
                ready.TrySetResult(line);
            }
        });
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"`dotnet {string.Join(' ', arguments)}` exited early:\n{Snapshot(output)}"));

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            var line = await ready.Task.WaitAsync(cancellation.Token).ConfigureAwait(false);
            return (process, line);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw new TimeoutException($"`dotnet {string.Join(' ', arguments)}` printed no ready line in {timeout.TotalSeconds}s:\n{Snapshot(output)}");
        }
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
    }

    private static Process Start(string workingDirectory, IReadOnlyList<string> arguments, out StringBuilder output, Action<string>? onLine = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        ClearInheritedMSBuildVariables(info);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var buffer = new StringBuilder();
        output = buffer;
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (buffer)
            {
                buffer.AppendLine(line);
            }

            onLine?.Invoke(line);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
