import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { compilePathGlob } from '../../../src/core/policy/path-glob.js';
import { REPOSITORY_ROOT, runBundleAsync, type BundleRun, type RunnerSandbox } from '../../stages/support/run-bundle.js';

/**
 * Runs a workflow file's jobs the way Actions wires them, on one sandbox runner: jobs in `needs`
 * order, an environment gate before each job that names one, `with:` and job `outputs:` evaluated
 * from `inputs`, `needs.<job>.outputs`, `steps.<id>.outputs` and `secrets` (empty), Drydock steps
 * run from the real dist/ bundles with the defaults of their action.yml applied as the runner
 * applies them, outputs read back from GITHUB_OUTPUT, `run:` steps run with bash and their `env:`.
 * `actions/checkout` is the sandbox workspace; upload/download-artifact copy through a directory.
 * Not modelled: `if:` conditions (every job whose needs succeeded runs), matrices, services.
 */

interface StepSpec {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface JobSpec {
  needs?: string | string[];
  environment?: string | { name: string };
  outputs?: Record<string, string>;
  steps: StepSpec[];
}

interface WorkflowFile {
  on: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } };
  jobs: Record<string, JobSpec>;
}

/** What happened to one job. */
export interface JobResult {
  status: 'success' | 'failure' | 'skipped' | 'rejected';
  outputs: Record<string, string>;
  /** Bundle runs of the job's Drydock steps, by step id (or stage name). */
  bundles: Record<string, BundleRun>;
}

/** How to run the workflow. */
export interface WorkflowRunOptions {
  sandbox: RunnerSandbox;
  /** `workflow_call` inputs; unset ones take the workflow's defaults. */
  inputs: Record<string, string>;
  eventName?: string;
  event?: Record<string, unknown>;
  /** The runner machine's environment for every step (e.g. OPENAI_BASE_URL of a self-hosted runner). */
  environment?: Record<string, string>;
  /** Decides an environment gate; the job waits until the promise settles. */
  gate(job: string, environment: string): Promise<boolean>;
  /** Called before a job starts (after its gate). */
  beforeJob?(job: string, results: Readonly<Record<string, JobResult>>): void;
}

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

function needsOf(job: JobSpec): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in an order where each comes after the jobs it needs. */
function jobOrder(jobs: Record<string, JobSpec>): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    for (const need of needsOf(jobs[id]!)) visit(need);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id);
  return order;
}

function actionDefaults(stage: string): Record<string, string> {
  const action = parse(readFileSync(join(REPOSITORY_ROOT, 'actions', stage, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) if (spec.default !== undefined) defaults[name] = String(spec.default);
  return defaults;
}

function filesUnder(root: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files;
}

/** Loads a workflow file. */
export function loadWorkflow(path: string): WorkflowFile {
  return parse(readFileSync(path, 'utf8')) as WorkflowFile;
}

/** Runs the workflow's jobs; resolves to each job's result. */
export async function runWorkflow(workflow: WorkflowFile, options: WorkflowRunOptions): Promise<Record<string, JobResult>> {
  const results: Record<string, JobResult> = {};
  const declared = workflow.on.workflow_call?.inputs ?? {};
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) inputs[name] = options.inputs[name] ?? (spec.default === undefined ? '' : String(spec.default));
  const uploads = join(options.sandbox.root, 'uploaded-artifacts');

  for (const jobId of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[jobId]!;
    const stepOutputs: Record<string, Record<string, string>> = {};
    const lookup = (path: string): string => {
      const parts = path.split('.');
      if (parts[0] === 'inputs' && parts.length === 2) {
        if (!(parts[1]! in inputs)) throw new Error(`${jobId}: unknown input in \${{ ${path} }}`);
        return inputs[parts[1]!]!;
      }
      if (parts[0] === 'secrets' && parts.length === 2) return '';
      if (parts[0] === 'github' && parts[1] === 'token') return '';
      if (parts[0] === 'needs' && parts[2] === 'outputs' && parts.length === 4) {
        if (!needsOf(job).includes(parts[1]!)) throw new Error(`${jobId}: \${{ ${path} }} reads a job it does not need`);
        return results[parts[1]!]?.outputs[parts[3]!] ?? '';
      }
      if (parts[0] === 'steps' && parts[2] === 'outputs' && parts.length === 4) return stepOutputs[parts[1]!]?.[parts[3]!] ?? '';
      throw new Error(`${jobId}: the workflow runner does not evaluate \${{ ${path} }}`);
    };
    const evaluate = (value: unknown): string => String(value ?? '').replace(EXPRESSION, (_, path: string) => lookup(path));

    if (needsOf(job).some((need) => results[need]?.status !== 'success')) {
      results[jobId] = { status: 'skipped', outputs: {}, bundles: {} };
      continue;
    }
    if (job.environment !== undefined) {
      const environment = evaluate(typeof job.environment === 'string' ? job.environment : job.environment.name);
      if (!(await options.gate(jobId, environment))) {
        results[jobId] = { status: 'rejected', outputs: {}, bundles: {} };
        continue;
      }
    }
    options.beforeJob?.(jobId, results);
    const bundles: Record<string, BundleRun> = {};
    let status: JobResult['status'] = 'success';
    for (const step of job.steps) {
      const uses = step.uses ?? '';
      const inputsOfStep = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)]));
      const stage = /^[^/]+\/drydock\/actions\/([a-z-]+)@/.exec(uses)?.[1];
      if (stage !== undefined) {
        const defaults = Object.fromEntries(Object.entries(actionDefaults(stage)).map(([name, value]) => [name, evaluate(value)]));
        const run = await runBundleAsync(stage, options.sandbox, {
          inputs: { ...defaults, ...inputsOfStep, 'artifacts-dir': options.sandbox.artifactsDirectory },
          ...(options.eventName === undefined ? {} : { eventName: options.eventName }),
          ...(options.event === undefined ? {} : { event: options.event }),
          ...(options.environment === undefined ? {} : { environment: options.environment }),
        });
        bundles[step.id ?? stage] = run;
        if (step.id !== undefined) stepOutputs[step.id] = run.outputs;
        if (run.exitCode !== 0) {
          status = 'failure';
          break;
        }
      } else if (uses.startsWith('actions/checkout@')) {
        // The sandbox workspace is the checkout.
      } else if (uses.startsWith('actions/upload-artifact@')) {
        const globs = inputsOfStep.path!.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((pattern) => compilePathGlob(pattern));
        for (const file of filesUnder(options.sandbox.workspace)) {
          const path = relative(options.sandbox.workspace, file);
          if (!globs.some((glob) => glob.matches(path))) continue;
          mkdirSync(dirname(join(uploads, inputsOfStep.name!, path)), { recursive: true });
          cpSync(file, join(uploads, inputsOfStep.name!, path));
        }
      } else if (uses.startsWith('actions/download-artifact@')) {
        cpSync(join(uploads, inputsOfStep.name!), join(options.sandbox.workspace, inputsOfStep.path!), { recursive: true });
      } else if (step.run !== undefined) {
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value)]));
        const result = spawnSync('bash', ['-c', evaluate(step.run)], { cwd: options.sandbox.workspace, env: { PATH: process.env.PATH ?? '', ...options.environment, ...env }, encoding: 'utf8' });
        if (result.status !== 0) {
          status = 'failure';
          break;
        }
      } else {
        throw new Error(`${jobId}: the workflow runner cannot run step ${step.name ?? uses}`);
      }
    }
    const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([name, value]) => [name, evaluate(value)]));
    results[jobId] = { status, outputs, bundles };
  }
  return results;
}
