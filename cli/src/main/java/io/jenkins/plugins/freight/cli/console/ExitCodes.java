package io.jenkins.plugins.freight.cli.console;

import io.jenkins.plugins.freight.client.actions.DeploymentFailedException;
import io.jenkins.plugins.freight.client.actions.InvalidActionInputException;
import io.jenkins.plugins.freight.client.error.RequestRejectedException;
import io.jenkins.plugins.freight.client.error.ResourceNotFoundException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages:
 *
 * <ul>
 *   <li>0 success;
 *   <li>1 a deployment failed, was canceled or timed out (or waiting was aborted);
 *   <li>2 usage error: bad options, unknown project or environment, input the server rejected;
 *   <li>3 connection or authentication error: server unreachable, key refused, server failure.
 * </ul>
 *
 * Authentication, network, server and unexpected-answer errors are all 3. A failure prints its
 * one-sentence message to standard error, never a stack trace.
 */
public final class ExitCodes
        implements IExitCodeExceptionMapper,
                IExecutionExceptionHandler,
                IParameterExceptionHandler {

    public static final int OK = 0;
    public static final int DEPLOYMENT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int CONNECTION = 3;

    @Override
    public int getExitCode(Throwable exception) {
        return code(exception);
    }

    static int code(Throwable e) {
        if (e instanceof DeploymentFailedException || e instanceof InterruptedException) {
            return DEPLOYMENT_FAILED;
        }
        if (e instanceof InvalidActionInputException
                || e instanceof UsageException
                || e instanceof CommandLine.ParameterException
                || e instanceof IllegalArgumentException
                || e instanceof ResourceNotFoundException
                || e instanceof RequestRejectedException) {
            return USAGE;
        }
        return CONNECTION;
    }

    @Override
    public int handleExecutionException(
            Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        String message = exception.getMessage();
        if (exception instanceof InterruptedException) {
            message = "Interrupted while waiting.";
        } else if (message == null || message.isBlank()) {
            message = "Failed unexpectedly (" + exception.getClass().getName() + ").";
        }
        err.println(command + ": " + message);
        err.flush();
        return code(exception);
    }

    /** A usage error: the message and where to find help, not the whole usage text. */
    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(name + ": " + exception.getMessage());
        err.println("Run '" + name + " --help' for the options.");
        err.flush();
        return USAGE;
    }
}
