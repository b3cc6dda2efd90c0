import { z } from 'zod';
import { capText, formatByteCount } from '../output-cap.js';
import type { ToolDefinition } from '../tool.js';

/** Default timeout of a command. */
export const DEFAULT_COMMAND_TIMEOUT_SECONDS = 120;
/** Longest timeout a call may ask for. */
export const MAX_COMMAND_TIMEOUT_SECONDS = 900;
/** Bytes of each stream the runner keeps; the rest is counted only. */
const CAPTURE_BYTES = 1024 * 1024;
/** Bytes of each stream shown to the model, head and tail together. */
const SHOWN_STREAM_BYTES = 6 * 1024;
/** Share of a stream's room given to its tail: test summaries and errors come last. */
const TAIL_SHARE = 0.7;

const runCommandInput = z.strictObject({
  argv: z
    .array(z.string())
    .min(1)
    .max(256)
    .refine((argv) => argv[0] !== '', { message: 'argv[0], the program, must not be empty' })
    .describe('Program and arguments as a list, for example ["npm", "test", "--", "--run"]. No shell: pipes, globs and && do not work.'),
  cwd: z.string().min(1).optional().describe('Working directory relative to the repository root (default: the root).'),
  timeout_seconds: z
    .int()
    .min(1)
    .max(MAX_COMMAND_TIMEOUT_SECONDS)
    .default(DEFAULT_COMMAND_TIMEOUT_SECONDS)
    .describe(`Kill the command and everything it started after this many seconds (default ${DEFAULT_COMMAND_TIMEOUT_SECONDS}).`),
});

/** Arguments of `run_command`. */
export type RunCommandInput = z.infer<typeof runCommandInput>;

/** What `run_command` returns: the command's result as data, whatever its exit code. */
export interface RunCommandOutput {
  /** The argv that ran. */
  argv: string[];
  /** Working directory relative to the repository root. */
  cwd: string;
  /** Exit code; null when a signal ended it. */
  exitCode: number | null;
  /** The signal that ended it, if any. */
  signal: string | null;
  /** Whether the timeout killed it. */
  timedOut: boolean;
  /** Standard output, head and tail kept when long. */
  stdout: string;
  /** Standard error, head and tail kept when long. */
  stderr: string;
  /** Bytes the command wrote to standard output, shown or not. */
  stdoutBytes: number;
  /** Bytes the command wrote to standard error, shown or not. */
  stderrBytes: number;
}

/** `run_command`: run a program (argv, no shell) that policy allows; a failing exit is a result, not an error. */
export const runCommandTool: ToolDefinition<RunCommandInput, RunCommandOutput> = {
  name: 'run_command',
  description:
    'Run a program in the repository, given as an argv list (no shell), if policy allows that exact command. ' +
    'Returns the exit code, stdout and stderr (long output keeps its beginning and end) and whether it timed out.',
  inputSchema: runCommandInput,
  sideEffect: true,
  truncationKeep: 'head-and-tail',
  truncationHint: 'rerun with options that print less (a narrower test filter, a quieter reporter)',
  actions: (input) => [{ type: 'command', argv: input.argv }],
  async execute(input, context) {
    const result = await context.commands.run({
      argv: input.argv,
      cwd: input.cwd,
      timeoutMs: input.timeout_seconds * 1000,
      maxOutputBytes: CAPTURE_BYTES,
    });
    const stdout = shownStream(result.stdout, result.stdoutDroppedBytes);
    const stderr = shownStream(result.stderr, result.stderrDroppedBytes);
    const output: RunCommandOutput = {
      argv: [...input.argv],
      cwd: input.cwd ?? '.',
      exitCode: result.exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      stdout: stdout.text,
      stderr: stderr.text,
      stdoutBytes: stdout.totalBytes,
      stderrBytes: stderr.totalBytes,
    };
    return { ok: true, output, text: describeRun(output, input.timeout_seconds) };
  },
};

function shownStream(captured: string, droppedBytes: number): { text: string; totalBytes: number } {
  const capped = capText(captured, { maxBytes: SHOWN_STREAM_BYTES, keep: 'head-and-tail', tailShare: TAIL_SHARE });
  const totalBytes = capped.totalBytes + droppedBytes;
  if (droppedBytes === 0) return { text: capped.text, totalBytes };
  const note = `[a further ${formatByteCount(droppedBytes)} bytes were not captured: the end shown above is the end of the first ${formatByteCount(capped.totalBytes)} bytes]`;
  return { text: `${capped.text.endsWith('\n') ? capped.text : `${capped.text}\n`}${note}`, totalBytes };
}

function describeRun(output: RunCommandOutput, timeoutSeconds: number): string {
  let ending: string;
  if (output.timedOut) ending = `timed out after ${timeoutSeconds} s; the command and everything it started were killed`;
  else if (output.exitCode === null) ending = `ended by signal ${output.signal ?? 'unknown'}`;
  else ending = `exit code ${output.exitCode}`;
  const where = output.cwd === '.' ? '' : ` (in ${output.cwd})`;
  return [
    `$ ${output.argv.map(quoteArgument).join(' ')}${where}`,
    // No duration here or in the output: it differs on every run, which would make the next prompt
    // and the output digest differ too, and replay could never match. The tool-call event has it.
    ending,
    streamSection('stdout', output.stdout),
    streamSection('stderr', output.stderr),
  ].join('\n');
}

function streamSection(name: string, text: string): string {
  if (text === '') return `[${name}: empty]`;
  return `[${name}]\n${text.endsWith('\n') ? text.slice(0, -1) : text}`;
}

function quoteArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : JSON.stringify(argument);
}
