import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DrydockError, errorMessage } from '../core/errors.js';
import type { CommandOutput } from './journal-command.js';
import { choosePipelineModel } from './run-model.js';
import { RUN_EXIT, runPipeline } from './run-pipeline.js';

/** Options of `drydock run`, as given on the command line. */
export interface RunCommandOptions {
  repo: string;
  goal?: string;
  issueFile?: string;
  approve: boolean;
  baseUrl?: string;
  replay?: string;
  script?: string;
  artifacts?: string;
  testCommand?: string;
  deployVersion?: string;
  untilWeight?: number;
  /** The user's environment; default process.env. */
  environment?: NodeJS.ProcessEnv;
  /** Where progress lines go as they happen; default standard output. */
  print?: (line: string) => void;
  /** Asks at a gate; default a terminal prompt when standard input is one, else nobody. */
  prompt?: ((question: string) => Promise<string>) | undefined;
  /** Run id (digits); default the time in milliseconds. */
  runId?: string;
}

function terminalPrompt(): ((question: string) => Promise<string>) | undefined {
  if (process.stdin.isTTY !== true) return undefined;
  return async (question) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await terminal.question(question);
    } finally {
      terminal.close();
    }
  };
}

/**
 * `drydock run`: the whole pipeline on a local repository. Progress is printed as it happens;
 * the returned output carries only the exit code (and errors that stopped it from starting).
 */
export async function runCommand(options: RunCommandOptions): Promise<CommandOutput> {
  const environment = options.environment ?? process.env;
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const repo = resolve(options.repo);
  try {
    if (!(await stat(repo)).isDirectory()) throw new Error('not a directory');
  } catch {
    return { exitCode: RUN_EXIT.cannotStart, stdout: '', stderr: `drydock: --repo ${options.repo} is not a directory.\n` };
  }
  try {
    const model = await choosePipelineModel({
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      ...(options.replay === undefined ? {} : { replay: options.replay }),
      ...(options.script === undefined ? {} : { script: options.script }),
      environment,
    });
    const result = await runPipeline({
      repo,
      ...(options.goal === undefined ? {} : { goal: options.goal }),
      ...(options.issueFile === undefined ? {} : { issueFile: resolve(options.issueFile) }),
      approve: options.approve,
      artifactsDirectory: resolve(options.artifacts ?? join(tmpdir(), 'drydock-runs')),
      ...(options.testCommand === undefined ? {} : { testCommand: options.testCommand }),
      ...(options.deployVersion === undefined ? {} : { deployVersion: options.deployVersion }),
      untilWeight: options.untilWeight ?? 25,
      model,
      ...(options.runId === undefined ? {} : { runId: options.runId }),
      environment,
      print,
      prompt: 'prompt' in options ? options.prompt : terminalPrompt(),
    });
    return { exitCode: result.exitCode, stdout: '', stderr: '' };
  } catch (error) {
    if (DrydockError.isInstance(error)) return { exitCode: RUN_EXIT.cannotStart, stdout: '', stderr: `drydock: ${errorMessage(error)}\n` };
    throw error;
  }
}
