import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planDigest, type Plan } from '../../../../src/core/plan/plan.js';
import type { PlanTask } from '../../../../src/core/plan/plan-schema.js';
import type { Goal } from '../../../../src/core/run-state.js';
import { runStage } from '../../../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../../../src/stages/shared/stage-definition.js';
import { git } from '../../../adapters/support/git-repository.js';
import { createInProcessRunner, type InProcessRunner } from '../../support/in-process-runner.js';
import { RecordingIo } from '../../support/recording-io.js';

/**
 * A real project for the implement stage: a small ES module with a real bug, a real node:test
 * test that fails because of it, a validator config, a git repository with a bare `origin`, and
 * a plan handed over by a plan stage run through the real stage runner.
 */

/** The project: `add` subtracts, and its test says so. */
export const PROJECT_FILES: Readonly<Record<string, string>> = {
  'package.json': '{\n  "name": "calculator",\n  "type": "module",\n  "private": true\n}\n',
  'src/math.js': 'export function add(left, right) {\n  return left - right;\n}\n',
  'test/math.test.js':
    "import test from 'node:test';\nimport assert from 'node:assert/strict';\nimport { add } from '../src/math.js';\n\n" +
    "test('add sums two numbers', () => {\n  assert.equal(add(2, 3), 5);\n});\n",
  '.github/drydock.yml':
    'version: 1\nvalidators:\n  test:\n    argv: [node, --test]\n    kind: test\n    relatedTests: test-files\n    timeoutSeconds: 60\nidentities:\n  implementer:\n    commands: [[node, --test, "**"]]\nimplement:\n  maxAttempts: 2\n  refine: false\n',
};

/** The one task that fixes the bug. */
export const FIX_TASK: PlanTask = {
  id: 'fix-add',
  title: 'Make add return the sum',
  description: 'add(left, right) subtracts; it must return left + right.',
  targetFiles: [{ path: 'src/math.js', change: 'modify' }],
  acceptanceChecks: [{ kind: 'command', argv: ['node', '--test', 'test/math.test.js'] }],
  dependsOn: [],
  size: 'xs',
};

/** What a test gets. */
export interface ImplementFixture {
  runner: InProcessRunner;
  /** The bare repository the workspace pushes to. */
  remote: string;
  /** The commit the plan was made against. */
  baseSha: string;
  plan: Plan;
  digest: string;
  /** The model server URL, for the inputs. */
  modelUrl: string;
  /** A recording io with the implement inputs. */
  io(extra?: Record<string, string>): RecordingIo;
  /** git in the workspace. */
  git(args: readonly string[]): string;
  /** git in the bare remote. */
  remoteGit(args: readonly string[]): string;
  /** Writes an issue record of the local forge (for a goal that names an issue). */
  issue(number: number, title: string): void;
  /** Comments and labels the local forge recorded on an issue. */
  issueRecords(number: number): { comments: Array<{ body: string; author: string }>; labels: string[] };
  /** Pull request records of the local forge. */
  pullRequests(): Array<{ number: number; head: string; base: string; title: string; body: string; draft: boolean }>;
  /** Events of a saved journal. */
  journal(artifact: string): Array<{ kind: string; data: Record<string, unknown> }>;
  /** The saved run state of an artifact. */
  state(artifact: string): { stages: Record<string, { status: string; message?: string; result?: Record<string, unknown> }> };
}

/** Options of the fixture. */
export interface FixtureOptions {
  files?: Record<string, string>;
  tasks?: PlanTask[];
  goal?: Goal;
  runId?: string;
  /** Symlinks to create and commit (path in workspace → target). */
  links?: Record<string, string>;
  /** The scripted model server the stage talks to. */
  modelUrl: string;
}

const API_KEY = 'sk-test-implement-0123456789abcdef0123456789';

export async function createImplementFixture(options: FixtureOptions): Promise<ImplementFixture> {
  const runId = options.runId ?? '4242';
  const runner = createInProcessRunner('drydock-implement-', { ...PROJECT_FILES, ...options.files }, runId);
  const workspace = runner.workspace;
  const remote = join(runner.root, 'remote.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  git(workspace, ['init', '--quiet', '--initial-branch=main']);
  for (const [link, target] of Object.entries(options.links ?? {})) {
    mkdirSync(join(workspace, link, '..'), { recursive: true });
    execFileSync('ln', ['-s', target, join(workspace, link)]);
  }
  git(workspace, ['add', '--all']);
  git(workspace, ['commit', '--quiet', '-m', 'calculator']);
  git(workspace, ['remote', 'add', 'origin', remote]);
  git(workspace, ['push', '--quiet', 'origin', 'main']);
  const baseSha = git(workspace, ['rev-parse', 'HEAD']).trim();
  const goal: Goal = options.goal ?? { text: 'Fix add so it returns the sum' };
  const plan: Plan = { version: 1, goal, baseSha, summary: 'Fix the arithmetic in src/math.js.', tasks: options.tasks ?? [FIX_TASK] };
  const digest = planDigest(plan);
  await handOverPlan(plan, digest, runner.environment);
  const io = (extra: Record<string, string> = {}) => {
    const recording = new RecordingIo();
    recording.inputs = { 'plan-digest': digest, 'model-base-url': options.modelUrl, 'model-api-key': API_KEY, ...extra };
    return recording;
  };
  const records = join(workspace, '.git', 'drydock', 'forge');
  return {
    runner,
    remote,
    baseSha,
    plan,
    digest,
    modelUrl: options.modelUrl,
    io,
    git: (args) => git(workspace, args),
    remoteGit: (args) => git(remote, args),
    issue: (number, title) => {
      mkdirSync(join(records, 'issues'), { recursive: true });
      writeFileSync(join(records, 'issues', `${number}.json`), JSON.stringify({ title, body: 'add is wrong' }));
    },
    issueRecords: (number) => {
      const read = (kind: string) => {
        const file = join(records, kind, `${number}.json`);
        return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
      };
      return { comments: read('comments'), labels: read('labels') };
    },
    pullRequests: () => {
      const directory = join(records, 'pulls');
      if (!existsSync(directory)) return [];
      return readdirSync(directory).map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')));
    },
    journal: (artifact) =>
      readFileSync(runner.artifactFile(artifact, 'journal.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    state: (artifact) => JSON.parse(readFileSync(runner.artifactFile(artifact, 'state.json'), 'utf8')),
  };
}

/** Runs a plan stage that hands over exactly `plan`, as the plan stage's contract says: result.plan and result.planDigest. */
export async function handOverPlan(plan: Plan, digest: string, environment: NodeJS.ProcessEnv): Promise<void> {
  const planStage: StageDefinition<Record<string, never>> = {
    name: 'plan',
    inputs: {},
    secretInputs: [],
    incomingState: 'optional',
    goal: () => plan.goal,
    async execute() {
      return { outputs: { 'plan-digest': digest }, result: { plan, planDigest: digest, riskLevel: 'low' }, summary: '' };
    },
  };
  const io = new RecordingIo();
  const outcome = await runStage(planStage, { io, environment });
  if (outcome !== 'succeeded') throw new Error(`The fixture's plan stage failed: ${io.failures.join('\n')}`);
}
