/**
 * Bundle cold start and size. Each stage bundle is started as the runner starts it
 * (`node dist/<stage>/index.js` with INPUT_* variables), with the node binary `npm run` puts on PATH.
 *
 * - "to parsed inputs": the process parses and validates every input, then stops at the first
 *   step after that (GITHUB_REPOSITORY is left unset on purpose). That is the fixed cost a user
 *   pays before any work.
 * - "full run": the plan stage from start to saved artifact, on a local artifact directory.
 * - `node -e 0` is the floor no bundle can beat; the ratio says how much the bundle adds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, report, type BenchLine } from './measure.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 15;
const STAGES: Record<string, Record<string, string>> = {
  plan: { goal: 'Benchmark goal' },
  implement: { 'plan-digest': `sha256:${'a'.repeat(64)}` },
  'test-triage': {},
  'canary-deploy': { version: 'v1.0.0' },
};

function timeProcess(args: string[], environment: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env: environment, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (result.error) throw result.error;
  return elapsed;
}

function sample(args: string[], environment: () => Record<string, string>): number {
  timeProcess(args, environment()); // warm the file cache once
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) durations.push(timeProcess(args, environment()));
  return median(durations);
}

function directoryBytes(directory: string): number {
  return readdirSync(directory).reduce((total, name) => total + statSync(join(directory, name)).size, 0);
}

const sandbox = mkdtempSync(join(tmpdir(), 'drydock-bench-'));
const baseEnvironment = (): Record<string, string> => {
  const event = join(sandbox, 'event.json');
  writeFileSync(event, '{}');
  writeFileSync(join(sandbox, 'output'), '');
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_ACTOR: 'bench',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: sandbox,
    GITHUB_OUTPUT: join(sandbox, 'output'),
    RUNNER_TEMP: sandbox,
  };
};

try {
  const lines: BenchLine[] = [];
  const floor = sample(['-e', '0'], baseEnvironment);
  lines.push({ name: 'node -e 0 (floor)', value: floor, unit: 'ms' });
  for (const [stage, inputs] of Object.entries(STAGES)) {
    const bundle = join(ROOT, 'dist', stage, 'index.js');
    const environment = (): Record<string, string> => {
      const values: Record<string, string> = { ...baseEnvironment(), GITHUB_RUN_ID: '1' };
      for (const [name, value] of Object.entries(inputs)) values[`INPUT_${name.toUpperCase()}`] = value;
      return values;
    };
    const coldStart = sample([bundle], environment);
    lines.push({ name: `${stage}: cold start to parsed inputs`, value: coldStart, unit: 'ms', goal: '< 300', met: coldStart < 300 });
    lines.push({ name: `${stage}: ratio to the floor`, value: coldStart / floor, unit: 'x' });
    lines.push({ name: `${stage}: entry file size`, value: statSync(bundle).size / 1024, unit: 'KiB' });
    lines.push({ name: `${stage}: all files (lazy chunks included)`, value: directoryBytes(join(ROOT, 'dist', stage)) / 1024, unit: 'KiB' });
  }
  let runId = 0;
  const fullRun = sample([join(ROOT, 'dist', 'plan', 'index.js')], () => {
    runId += 1;
    return { ...baseEnvironment(), GITHUB_REPOSITORY: 'bench/repo', GITHUB_RUN_ID: String(runId), INPUT_GOAL: 'Benchmark goal' };
  });
  lines.push({ name: 'plan: full run to saved artifact', value: fullRun, unit: 'ms' });
  lines.push({ name: 'cli: entry file size', value: statSync(join(ROOT, 'dist', 'cli', 'index.js')).size / 1024, unit: 'KiB' });
  report(lines);
} finally {
  rmSync(sandbox, { recursive: true, force: true });
}
