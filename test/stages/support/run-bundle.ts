import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs a stage bundle the way the Actions runner runs a JavaScript action: `node dist/<stage>/index.js`
 * with INPUT_* variables and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH pointing at
 * real temporary files. Nothing in the bundle is mocked.
 */

export const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A fake runner machine: workspace, temp directory and the files the runner hands to a step. */
export interface RunnerSandbox {
  root: string;
  workspace: string;
  runnerTemp: string;
  artifactsDirectory: string;
}

export function createSandbox(): RunnerSandbox {
  const root = mkdtempSync(join(tmpdir(), 'drydock-runner-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  return { root, workspace, runnerTemp, artifactsDirectory: join(runnerTemp, 'drydock-artifacts') };
}

export interface BundleRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface BundleRunOptions {
  inputs?: Record<string, string>;
  event?: Record<string, unknown>;
  eventName?: string;
  attempt?: number;
  runId?: string;
  /** Extra environment, applied last (use `undefined`-free values). */
  environment?: Record<string, string>;
  /** Environment variables to leave out of the defaults. */
  omit?: string[];
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` … `delimiter`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      index += 1;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

let counter = 0;

interface PreparedRun {
  argv: string[];
  environment: Record<string, string>;
  outputPath: string;
  summaryPath: string;
}

function prepare(stage: string, sandbox: RunnerSandbox, options: BundleRunOptions): PreparedRun {
  counter += 1;
  const outputPath = join(sandbox.runnerTemp, `output-${counter}`);
  const summaryPath = join(sandbox.runnerTemp, `summary-${counter}`);
  const eventPath = join(sandbox.runnerTemp, `event-${counter}.json`);
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? sandbox.root,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: options.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1),
    GITHUB_WORKSPACE: sandbox.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: sandbox.runnerTemp,
  };
  for (const name of options.omit ?? []) delete environment[name];
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    environment[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(environment, options.environment ?? {});
  return { argv: [join(REPOSITORY_ROOT, 'dist', stage, 'index.js')], environment, outputPath, summaryPath };
}

function collect(prepared: PreparedRun, exitCode: number | null, stdout: string, stderr: string): BundleRun {
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(prepared.outputPath, 'utf8')),
    summary: readFileSync(prepared.summaryPath, 'utf8'),
  };
}

export function runBundle(stage: string, sandbox: RunnerSandbox, options: BundleRunOptions = {}): BundleRun {
  const prepared = prepare(stage, sandbox, options);
  const result = spawnSync(process.execPath, prepared.argv, {
    cwd: sandbox.workspace,
    env: prepared.environment,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return collect(prepared, result.status, result.stdout, result.stderr);
}

/** Like `runBundle`, without blocking the test process (for tests that serve HTTP to the bundle). */
export function runBundleAsync(stage: string, sandbox: RunnerSandbox, options: BundleRunOptions = {}): Promise<BundleRun> {
  const prepared = prepare(stage, sandbox, options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, prepared.argv, { cwd: sandbox.workspace, env: prepared.environment });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(collect(prepared, code, stdout, stderr));
    });
  });
}

/** Runs the CLI bundle. */
export function runCliBundle(args: string[]): { exitCode: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPOSITORY_ROOT, 'dist', 'cli', 'index.js'), ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}
