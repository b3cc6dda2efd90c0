import { type ChildProcess, spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { DrydockError, InputError } from '../core/errors.js';
import type { Clock } from '../core/ports/clock.js';
import type { CommandRequest, CommandResult, CommandRunner } from '../core/ports/command-runner.js';
import type { Workspace } from '../core/ports/workspace.js';
import { createSystemClock } from './clock-system.js';
import { buildCommandEnvironment } from './command-environment.js';
import { CappedOutput } from './command-output.js';
import { signalProcessGroup, trackProcessGroup, untrackProcessGroup } from './process-group.js';
import { systemErrorCode } from './system-error-code.js';

/** Default timeout: 10 minutes. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 10 * 60 * 1000;
/** Default cap on each of stdout and stderr: 1 MiB. */
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
/** Default wait between SIGTERM and SIGKILL: 5 seconds. */
export const DEFAULT_KILL_GRACE_MS = 5000;
/** Exit code reported when the program does not exist, as a POSIX shell reports it. */
export const EXIT_CODE_NOT_FOUND = 127;
/** Exit code reported when the program exists but cannot be run, as a POSIX shell reports it. */
export const EXIT_CODE_NOT_EXECUTABLE = 126;

const MAX_TIMER_MS = 2_147_483_647;

/** Options of {@link createCommandRunner}. */
export interface CommandRunnerOptions {
  /** The workspace that confines each command's working directory. */
  workspace: Workspace;
  /** Environment that commands inherit before scrubbing (default `process.env`). */
  baseEnvironment?: Readonly<Record<string, string | undefined>>;
  /**
   * Names that may reach commands although they look secret-bearing (e.g. `NPM_TOKEN` for a
   * publish validator). Applies to inherited and requested variables alike; the default is none.
   */
  allowSecretEnv?: readonly string[];
  /** Milliseconds between SIGTERM and SIGKILL when a command times out (default 5000). */
  killGraceMs?: number;
  /** Clock for durations (default: the system clock). */
  clock?: Clock;
}

/**
 * Runs argv commands as child processes, never through a shell.
 *
 * Each command leads its own process group, and the whole group is killed when the timeout hits
 * (SIGTERM, then SIGKILL after the grace period) and also when the program itself exits: nothing
 * it started may outlive it. A descendant that leaves the group (`setsid`, a daemonizing tool)
 * escapes this; only a cgroup or container would catch it.
 *
 * A program that does not exist is not an exception: the result carries exit code 127 (126 when
 * it cannot be executed) and says so on stderr, as a shell would, so an agent sees it as data.
 * Requests that are wrong in themselves (empty argv, NUL bytes, a cwd outside the workspace)
 * throw an InputError.
 *
 * Not @actions/exec: version 3 never exposes the ChildProcess (no pid, so no process-group kill),
 * has no timeout, keeps all output in memory in getExecOutput, and echoes the command line to
 * stdout unless silenced. node:child_process gives each of these directly.
 */
export function createCommandRunner(options: CommandRunnerOptions): CommandRunner {
  const settings: RunnerSettings = {
    workspace: options.workspace,
    baseEnvironment: options.baseEnvironment ?? process.env,
    allowed: new Set(options.allowSecretEnv ?? []),
    killGraceMs: options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
    clock: options.clock ?? createSystemClock(),
  };
  checkPositive(settings.killGraceMs, 'killGraceMs');
  settings.killGraceMs = Math.min(settings.killGraceMs, MAX_TIMER_MS);
  return { run: (request) => runCommand(settings, request) };
}

interface RunnerSettings {
  workspace: Workspace;
  baseEnvironment: Readonly<Record<string, string | undefined>>;
  allowed: ReadonlySet<string>;
  killGraceMs: number;
  clock: Clock;
}

/** How a supervised process ended. */
interface Outcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Set when the program could not be started at all. */
  spawnError?: Error;
}

async function runCommand(settings: RunnerSettings, request: CommandRequest): Promise<CommandResult> {
  const argv = checkArgv(request.argv);
  const requestedTimeoutMs = request.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  checkPositive(requestedTimeoutMs, 'timeoutMs');
  // setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days); cap instead of overflowing.
  const timeoutMs = Math.min(requestedTimeoutMs, MAX_TIMER_MS);
  const maxOutputBytes = request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  if (!Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 0) {
    throw new InputError(`Option 'maxOutputBytes' must be a whole number of bytes, got ${maxOutputBytes}`, {
      where: 'maxOutputBytes',
    });
  }
  const extra = request.env ?? {};
  checkEnvironment(extra);
  const cwd = await workingDirectory(settings.workspace, request.cwd);
  const { environment } = buildCommandEnvironment(settings.baseEnvironment, extra, settings.allowed);

  const stdout = new CappedOutput(maxOutputBytes);
  const stderr = new CappedOutput(maxOutputBytes);
  const started = settings.clock.monotonicMs();
  const outcome = await supervise({ argv, cwd, environment, stdin: request.stdin, timeoutMs, settings, stdout, stderr });
  const durationMs = Math.max(0, Math.round(settings.clock.monotonicMs() - started));

  if (outcome.spawnError !== undefined) return spawnFailure(argv, cwd, outcome.spawnError, durationMs);
  return {
    argv,
    cwd,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    stdout: stdout.text(),
    stderr: stderr.text(),
    stdoutDroppedBytes: stdout.droppedBytes,
    stderrDroppedBytes: stderr.droppedBytes,
    durationMs,
    timedOut: outcome.timedOut,
  };
}

interface SuperviseInput {
  argv: readonly string[];
  cwd: string;
  environment: Record<string, string>;
  stdin: string | undefined;
  timeoutMs: number;
  settings: RunnerSettings;
  stdout: CappedOutput;
  stderr: CappedOutput;
}

function supervise(input: SuperviseInput): Promise<Outcome> {
  const { argv, settings } = input;
  return new Promise<Outcome>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(argv[0]!, argv.slice(1), {
        cwd: input.cwd,
        env: input.environment,
        // Never a shell: argv reaches the program as it is, so no argument is ever parsed as syntax.
        shell: false,
        // Its own process group, so a timeout can kill everything it started, not just the program.
        detached: true,
        windowsHide: true,
        stdio: [input.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      reject(new DrydockError(`Could not start '${argv[0]}': ${String(error)}`, { cause: error }));
      return;
    }
    const pid = child.pid;
    let timedOut = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let settled = false;
    const timers: { timeout?: NodeJS.Timeout; kill?: NodeJS.Timeout; pipes?: NodeJS.Timeout } = {};

    const finish = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timers.timeout);
      clearTimeout(timers.kill);
      clearTimeout(timers.pipes);
      if (pid !== undefined) untrackProcessGroup(pid);
      resolve(outcome);
    };

    child.stdout?.on('data', (chunk: Buffer) => input.stdout.append(chunk));
    child.stderr?.on('data', (chunk: Buffer) => input.stderr.append(chunk));
    if (child.stdin !== null && input.stdin !== undefined) {
      // The program may exit without reading its input; the EPIPE that follows is not a failure.
      child.stdin.on('error', () => {});
      child.stdin.end(input.stdin);
    }

    child.on('error', (error) => {
      if (pid === undefined) finish({ exitCode: null, signal: null, timedOut: false, spawnError: error });
    });
    if (pid === undefined) return;
    trackProcessGroup(pid);

    timers.timeout = setTimeout(() => {
      timedOut = true;
      signalProcessGroup(pid, 'SIGTERM');
      timers.kill = setTimeout(() => signalProcessGroup(pid, 'SIGKILL'), settings.killGraceMs);
    }, input.timeoutMs);

    child.on('exit', (code, signal) => {
      exit = { code, signal };
      clearTimeout(timers.timeout);
      clearTimeout(timers.kill);
      // Whatever the program left running in its group (a sleeping grandchild, a background
      // server) ends with it, so no agent process keeps acting after its tool call returned.
      // Not on Windows: there the only handle is the pid of a process that is gone, which the
      // system may already have handed to an unrelated one.
      if (process.platform !== 'win32') signalProcessGroup(pid, 'SIGKILL');
      // A descendant that left the group may still hold the pipes; do not wait on it forever.
      timers.pipes = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish({ exitCode: code, signal, timedOut });
      }, settings.killGraceMs);
    });
    child.on('close', (code, signal) => {
      finish({ exitCode: exit?.code ?? code, signal: exit?.signal ?? signal, timedOut });
    });
  });
}

function spawnFailure(argv: readonly string[], cwd: string, error: Error, durationMs: number): CommandResult {
  const code = systemErrorCode(error);
  let exitCode: number;
  let message: string;
  if (code === 'ENOENT') {
    exitCode = EXIT_CODE_NOT_FOUND;
    message = `Program '${argv[0]}' was not found`;
  } else if (code === 'EACCES') {
    exitCode = EXIT_CODE_NOT_EXECUTABLE;
    // For a bare name, execvp also reports EACCES when the program is missing and some directory
    // on PATH could not be searched, so say where the denial may come from.
    const where = argv[0]!.includes('/') ? '' : ' (on the program or on a directory in PATH)';
    message = `Program '${argv[0]}' cannot be executed: permission denied${where}`;
  } else {
    throw new DrydockError(`Could not start '${argv[0]}': ${error.message}`, { cause: error });
  }
  return {
    argv,
    cwd,
    exitCode,
    signal: null,
    stdout: '',
    stderr: `${message}\n`,
    stdoutDroppedBytes: 0,
    stderrDroppedBytes: 0,
    durationMs,
    timedOut: false,
  };
}

async function workingDirectory(workspace: Workspace, requested: string | undefined): Promise<string> {
  const shown = requested ?? '';
  const real = await workspace.resolve(shown);
  try {
    if ((await stat(real)).isDirectory()) return real;
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT') throw error;
    throw new InputError(`Working directory '${shown}' does not exist`, { where: shown, cause: error });
  }
  throw new InputError(`Working directory '${shown}' is not a directory`, { where: shown });
}

function checkArgv(argv: readonly string[]): readonly string[] {
  if (!Array.isArray(argv) || argv.length === 0) {
    throw new InputError('Command argv must be a non-empty list of strings', { where: 'argv' });
  }
  argv.forEach((argument: unknown, index) => {
    if (typeof argument !== 'string') {
      throw new InputError(`Command argv[${index}] is not a string`, { where: `argv[${index}]` });
    }
    if (argument.includes('\0')) {
      throw new InputError(`Command argv[${index}] contains a NUL byte`, { where: `argv[${index}]` });
    }
  });
  if (argv[0] === '') throw new InputError('Command argv[0] (the program) is empty', { where: 'argv[0]' });
  return [...argv];
}

function checkEnvironment(environment: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(environment)) {
    if (name === '' || name.includes('=') || name.includes('\0')) {
      throw new InputError(`Environment variable name '${name.replaceAll('\0', '\\0')}' is not valid`, { where: 'env' });
    }
    if (typeof value !== 'string' || value.includes('\0')) {
      throw new InputError(`Environment variable '${name}' must be a string without NUL bytes`, { where: `env.${name}` });
    }
  }
}

function checkPositive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(`Option '${name}' must be a positive number of milliseconds, got ${value}`, { where: name });
  }
}
