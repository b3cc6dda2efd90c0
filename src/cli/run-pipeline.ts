import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { runGit } from '../adapters/git-command.js';
import { loadConfig } from '../core/config/index.js';
import type { DrydockConfig } from '../core/config/config-types.js';
import { InputError } from '../core/errors.js';
import type { InputSpecs } from '../core/inputs.js';
import { loadRunState, type StageName, type StageSection } from '../core/run-state.js';
import { canaryDeployStage } from '../stages/canary-deploy/canary-deploy-stage.js';
import { implementStage } from '../stages/implement/implement-stage.js';
import { planStage } from '../stages/plan/plan-stage.js';
import { runStage, type StageOutcome } from '../stages/shared/run-stage.js';
import type { StageDefinition } from '../stages/shared/stage-definition.js';
import { testTriageStage } from '../stages/test-triage/test-triage-stage.js';
import { fileLocalIssue, readIssueFile } from './run-issue.js';
import type { PipelineModel } from './run-model.js';
import { taskLine, usageLine } from './run-progress.js';
import { PipelineStageIo } from './run-stage-io.js';

/** What `drydock run` was asked to do. */
export interface PipelineOptions {
  /** The repository (a git work tree with at least one commit). */
  repo: string;
  /** Goal text; either this or `issueFile`. */
  goal?: string;
  /** An issue file (Markdown `# Title` + body, or JSON) filed with the local forge. */
  issueFile?: string;
  /** Approve every gate without asking. */
  approve: boolean;
  /** Where run state and journals are kept (one directory per run id). */
  artifactsDirectory: string;
  /** Shell command that runs the repository's tests between implement and triage (the caller's own command). */
  testCommand?: string;
  /** Version to canary; without it the canary stage is skipped. */
  deployVersion?: string;
  /** Traffic weight at which the canary stops for the promotion gate. */
  untilWeight: number;
  /** The model the stages use. */
  model: PipelineModel;
  /** Run id, digits as on GitHub; default the time in milliseconds. */
  runId?: string;
  /** The user's environment (OPENAI_API_KEY, PATH, HOME, …). */
  environment: NodeJS.ProcessEnv;
  /** Prints one line of the progress display. */
  print(line: string): void;
  /** Asks a question at a gate; undefined when there is no one to ask (no terminal). */
  prompt: ((question: string) => Promise<string>) | undefined;
}

/** How the pipeline ended. */
export interface PipelineResult {
  /** 0 completed, 1 a stage failed or stopped, 3 a gate was not approved. */
  exitCode: 0 | 1 | 3;
  runId: string;
  /** The journal of the last stage that ran (it holds the whole run's chain). */
  journal: string | undefined;
}

/** Lines of the plan's summary shown at the implement gate. */
const MAX_SUMMARY_LINES = 80;

/** Exit codes of `drydock run`. */
export const RUN_EXIT = { completed: 0, stageFailed: 1, cannotStart: 2, notApproved: 3 } as const;

interface StageRun {
  outcome: StageOutcome;
  outputs: Record<string, string>;
  /** The stage's step summary (Markdown). */
  summary: string;
  section: StageSection | undefined;
  journal: string | undefined;
}

function actorName(environment: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username || environment.USER || 'local';
  } catch {
    return environment.USER || 'local';
  }
}

/**
 * Runs plan → gate → implement → tests → test-triage → canary to a weight → gate → promotion on
 * a local repository, in this process, with the local forge and a local artifacts directory:
 * the same stage code and hand-over as the reusable workflow, with typed approvals for gates.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { print } = options;
  const head = await runGit(options.repo, ['rev-parse', 'HEAD']);
  if (head.exitCode !== 0) throw new InputError(`--repo ${options.repo} is not a git repository with a commit: ${head.stderr.trim()}`, { where: options.repo });
  const branch = (await runGit(options.repo, ['rev-parse', '--abbrev-ref', 'HEAD'])).stdout.trim();
  const actor = actorName(options.environment);
  const runId = options.runId ?? String(Date.now());
  if (!/^[1-9][0-9]{0,18}$/.test(runId)) throw new InputError(`Run id '${runId}' is not a run number (digits).`, { where: 'run id' });
  const runnerTemp = await mkdtemp(join(tmpdir(), 'drydock-run-'));
  await mkdir(options.artifactsDirectory, { recursive: true });

  const configPath = join(options.repo, '.github', 'drydock.yml');
  const config: DrydockConfig = loadConfig(existsSync(configPath) ? await readFile(configPath, 'utf8') : '', '.github/drydock.yml').config;

  let eventName = 'workflow_dispatch';
  let payload: Record<string, unknown> = { inputs: { goal: options.goal ?? '' }, sender: { login: actor } };
  const planInputs: Record<string, string> = {};
  if (options.issueFile !== undefined) {
    const issue = await fileLocalIssue(options.repo, await readIssueFile(options.issueFile), actor);
    eventName = 'issues';
    payload = { action: 'labeled', label: { name: 'drydock' }, issue: { number: issue.number, title: issue.title, body: issue.body, user: { login: actor } }, sender: { login: actor } };
    planInputs['issue-number'] = String(issue.number);
    print(`Issue #${issue.number} "${issue.title}" filed with the local forge.`);
  } else {
    planInputs.goal = options.goal ?? '';
  }
  const eventPath = join(runnerTemp, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload));

  const baseEnvironment: NodeJS.ProcessEnv = {
    PATH: options.environment.PATH ?? '',
    HOME: options.environment.HOME ?? runnerTemp,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_ACTOR: actor,
    GITHUB_REPOSITORY: `local/${basename(options.repo).replace(/[^A-Za-z0-9._-]/g, '-') || 'repository'}`,
    GITHUB_SHA: head.stdout.trim(),
    GITHUB_REF: `refs/heads/${branch}`,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: options.repo,
    RUNNER_TEMP: runnerTemp,
  };
  const commonInputs: Record<string, string> = { 'artifacts-dir': options.artifactsDirectory };
  if (options.model.kind === 'live') {
    if (options.environment.OPENAI_API_KEY) baseEnvironment.OPENAI_API_KEY = options.environment.OPENAI_API_KEY;
    if (options.environment.OPENAI_BASE_URL) baseEnvironment.OPENAI_BASE_URL = options.environment.OPENAI_BASE_URL;
    if (options.model.baseUrl !== undefined) commonInputs['model-base-url'] = options.model.baseUrl;
  } else if (options.model.kind === 'recorded' || options.model.kind === 'scripted') {
    // Credentials are resolved before the client is built; the recorded client ignores them.
    baseEnvironment.OPENAI_BASE_URL = 'http://127.0.0.1:9/recorded-answers-only';
  }

  print(`Run ${runId} on ${options.repo} at ${baseEnvironment.GITHUB_SHA!.slice(0, 12)} (${branch}).`);
  print(`Model: ${options.model.description}`);
  print(`Artifacts: ${join(options.artifactsDirectory, runId)}`);

  type Approval = Record<string, string | number | boolean>;

  async function stage<Specs extends InputSpecs>(definition: StageDefinition<Specs>, inputs: Record<string, string>, run = runId, approval?: Approval): Promise<StageRun> {
    print('');
    print(`▶ ${definition.name}`);
    const io = new PipelineStageIo({ ...commonInputs, ...inputs }, (line) => print(`  │ ${line}`));
    const model = options.model;
    const outcome = await runStage(definition, {
      io,
      environment: { ...baseEnvironment, GITHUB_RUN_ID: run },
      ...(model.kind === 'recorded' || model.kind === 'scripted' ? { createModelClient: () => model.clientFor(definition.name) } : {}),
      ...(approval === undefined ? {} : { approvals: [approval] }),
    });
    const artifact = io.outputs['state-artifact'];
    let section: StageSection | undefined;
    let journal: string | undefined;
    if (artifact !== undefined) {
      const directory = join(options.artifactsDirectory, run, artifact);
      journal = join(directory, 'journal.jsonl');
      try {
        section = loadRunState(await readFile(join(directory, 'state.json'), 'utf8'), { source: artifact }).state.stages[definition.name as StageName];
      } catch {
        section = undefined;
      }
    }
    const mark = outcome === 'succeeded' ? '✔' : outcome === 'stopped' ? '■' : '✘';
    print(`${mark} ${definition.name} ${outcome} · ${usageLine(section, config.budgets.stages[definition.name as StageName])}`);
    const tasks = taskLine(section);
    if (tasks !== undefined) print(`  ${tasks}`);
    return { outcome, outputs: io.outputs, summary: io.summary, section, journal };
  }

  /** Asks at a gate; the approval (journaled by the next stage) or undefined when not approved. */
  async function gate(name: string, what: string, expected: string, hint: string, subject: Approval): Promise<Approval | undefined> {
    print('');
    print(`⏸ gate: ${name} — ${what}`);
    const approval = (method: string): Approval => ({ subject: 'gate', gate: name, ...subject, approvedBy: actor, method });
    if (options.approve) {
      print('  approved (--approve)');
      return approval('--approve');
    }
    if (options.prompt === undefined) {
      print('  nobody to ask (no terminal): run again with --approve to approve gates non-interactively.');
      return undefined;
    }
    const answer = (await options.prompt(`  ${hint}: `)).trim();
    if (answer.toLowerCase() === expected.toLowerCase()) {
      print(`  approved by ${actor}`);
      return approval('typed');
    }
    print(`  not approved (got ${JSON.stringify(answer.slice(0, 40))})`);
    return undefined;
  }

  const finish = (exitCode: PipelineResult['exitCode'], last: StageRun | undefined): PipelineResult => {
    print('');
    if (last?.journal !== undefined) {
      print(`Journal: ${last.journal}`);
      print(`Check it: drydock journal verify ${last.journal}   ·   read it: drydock journal explain ${last.journal}`);
    }
    return { exitCode, runId, journal: last?.journal };
  };

  const plan = await stage(planStage, planInputs);
  if (plan.outcome !== 'succeeded') return finish(1, plan);
  const digest = plan.outputs['plan-digest'] ?? '';
  // What a reviewer reads before approving: the plan's summary, as the workflow's step summary shows it.
  print('');
  const summaryLines = plan.summary.trim().split('\n');
  for (const line of summaryLines.slice(0, MAX_SUMMARY_LINES)) print(`  ┆ ${line}`);
  if (summaryLines.length > MAX_SUMMARY_LINES) print(`  ┆ … ${summaryLines.length - MAX_SUMMARY_LINES} more lines in the step summary`);
  const prefix = digest.replace(/^sha256:/, '').slice(0, 8);
  const planApproval = await gate('implement', `plan ${digest}`, prefix, `Type the first 8 characters of the digest after sha256: (${'·'.repeat(8)}) to approve the plan, anything else stops`, { planDigest: digest });
  if (planApproval === undefined) {
    print('Stopped before implement: the plan was not approved. Its state and journal are kept.');
    return finish(3, plan);
  }
  const implement = await stage(implementStage, { 'plan-digest': digest, 'state-digest': plan.outputs['state-digest'] ?? '' }, runId, planApproval);
  if (implement.outcome !== 'succeeded') return finish(1, implement);

  if (options.testCommand !== undefined) {
    print('');
    print(`▶ tests: ${options.testCommand}`);
    const exitCode = await runTests(options.testCommand, options.repo, baseEnvironment, (line) => print(`  │ ${line}`));
    print(`${exitCode === 0 ? '✔' : '✘'} tests exited ${exitCode}; triage reads their reports`);
  }
  const triage = await stage(testTriageStage, { 'state-digest': implement.outputs['state-digest'] ?? '' });
  if (triage.outcome !== 'succeeded') return finish(1, triage);

  if (options.deployVersion === undefined) {
    print('');
    print('▷ canary-deploy skipped: no --deploy-version given.');
    return finish(0, triage);
  }
  const canary = await stage(canaryDeployStage, {
    version: options.deployVersion,
    'until-weight': String(options.untilWeight),
    'state-digest': triage.outputs['state-digest'] ?? '',
  });
  if (canary.outcome !== 'succeeded') return finish(1, canary);
  const promotion = await gate('promote', `canary at ${options.untilWeight}% of traffic`, 'promote', `Type 'promote' to continue past ${options.untilWeight}%, anything else stops`, {
    version: options.deployVersion,
    weight: options.untilWeight,
  });
  if (promotion === undefined) {
    print(`Stopped at ${options.untilWeight}%: promotion was not approved.`);
    return finish(3, canary);
  }
  const promoteRunId = `${runId}1`;
  print(`  the promotion runs as run ${promoteRunId}, taking the canary's state from run ${runId}`);
  // The promotion runs as a follow-up run that takes the canary's state, as the second canary
  // job of the reusable workflow does behind its environment (artifact names are per run).
  const promote = await stage(
    canaryDeployStage,
    {
      version: options.deployVersion,
      'state-run-id': runId,
      'state-artifact': canary.outputs['state-artifact'] ?? '',
      'state-digest': canary.outputs['state-digest'] ?? '',
    },
    promoteRunId,
    promotion,
  );
  return finish(promote.outcome === 'succeeded' ? 0 : 1, promote);
}

/** Runs the user's test command (their own, from their command line) with a shell, in the repository. */
function runTests(command: string, cwd: string, environment: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env: { ...environment, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.slice(-200)) log(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      log(`cannot run: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code) => {
      if (pending !== '') log(pending);
      resolve(code ?? 1);
    });
  });
}
