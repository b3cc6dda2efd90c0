/** What to run. Always an argv list: never a shell string. */
export interface CommandRequest {
  /** Program and arguments; `argv[0]` is the program. */
  argv: readonly string[];
  /** Working directory, relative to the workspace root (default: the root). Must stay inside it. */
  cwd?: string;
  /** Kill the whole process tree after this many milliseconds (default 10 minutes). */
  timeoutMs?: number;
  /** Extra environment variables; they pass the same secret scrubbing as the inherited ones. */
  env?: Readonly<Record<string, string>>;
  /** Keep at most this many bytes of stdout and of stderr each (default 1 MiB); the rest is counted, not kept. */
  maxOutputBytes?: number;
  /** Text written to the process's standard input. */
  stdin?: string;
}

/** A finished command, as plain data. A non-zero exit is not an exception: the caller decides. */
export interface CommandResult {
  /** The argv that ran. */
  argv: readonly string[];
  /** Absolute working directory it ran in. */
  cwd: string;
  /** Exit code; `null` when it was killed by a signal. */
  exitCode: number | null;
  /** The signal that ended it, if any. */
  signal: string | null;
  /** Captured stdout, capped at `maxOutputBytes`. */
  stdout: string;
  /** Captured stderr, capped at `maxOutputBytes`. */
  stderr: string;
  /** Bytes of stdout that were dropped by the cap. */
  stdoutDroppedBytes: number;
  /** Bytes of stderr that were dropped by the cap. */
  stderrDroppedBytes: number;
  /** Wall time in milliseconds. */
  durationMs: number;
  /** Whether the timeout killed it. */
  timedOut: boolean;
}

/** Runs commands. Policy is checked by the caller before `run`; the runner enforces confinement and caps. */
export interface CommandRunner {
  run(request: CommandRequest): Promise<CommandResult>;
}
