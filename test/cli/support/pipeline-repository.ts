import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { commitFiles, git } from '../../adapters/support/git-repository.js';
import type { ModelServerStep } from '../../support/model-server.js';

/** The real traffic command of the canary tests (appends what it was asked to a file). */
const CANARY_COMMAND = resolve(import.meta.dirname, '..', '..', 'adapters', 'support', 'canary-command.mjs');
/** The real metrics command of the canary tests (prints series JSON for a query). */
const METRICS_COMMAND = resolve(import.meta.dirname, '..', '..', 'stages', 'canary-deploy', 'support', 'metrics-command.mjs');
const NODE = process.execPath;

/** A repository `drydock run` can take through every stage, and where its canary writes. */
export interface PipelineRepository {
  root: string;
  /** File the traffic command appends `weight N VERSION` lines to. */
  trafficLog: string;
}

/**
 * A small real service in a git repository: a module, its node:test test, and a
 * `.github/drydock.yml` that gives the implement stage a validator (node --test), lets the
 * triager re-run tests, and points the canary at real local commands (traffic and metrics).
 */
export async function pipelineRepository(): Promise<PipelineRepository> {
  const root = mkdtempSync(join(tmpdir(), 'drydock-run-repo-'));
  return initPipelineRepository(root, mkdtempSync(join(tmpdir(), 'drydock-run-canary-')));
}

/**
 * Makes `root` (an empty directory) that repository, with the canary's traffic log and metrics
 * settings in `scratch` (outside the work tree).
 */
export async function initPipelineRepository(root: string, scratch: string, canarySteps = [10, 100]): Promise<PipelineRepository> {
  const trafficLog = join(scratch, 'traffic.log');
  const metricsSettings = join(scratch, 'metrics.json');
  writeFileSync(metricsSettings, JSON.stringify({ baseline: {}, canary: {} }));
  const config = {
    version: 1,
    validators: { test: { argv: [NODE, '--test'], kind: 'test', relatedTests: 'test-files', timeoutSeconds: 60 } },
    identities: {
      implementer: { commands: [[NODE, '--test', '**']] },
      triager: { commands: [[NODE, '--test', '**']] },
      deployer: {
        commands: [
          [NODE, CANARY_COMMAND, trafficLog, 'weight', '*', '*'],
          [NODE, CANARY_COMMAND, trafficLog, 'rollback', '*'],
          [NODE, METRICS_COMMAND, metricsSettings, '*', '*', '*'],
        ],
      },
    },
    implement: { maxAttempts: 1, refine: false },
    triage: { diagnosis: { maxClusters: 0 } },
    canary: {
      // Two-second bakes: the metrics command gives one sample a second, the judge needs three.
      steps: canarySteps.map((weight) => ({ weight, bakeSeconds: 2, intervalSeconds: 2 })),
      traffic: [NODE, CANARY_COMMAND, trafficLog, 'weight', '{weight}', '{version}'],
      rollback: [NODE, CANARY_COMMAND, trafficLog, 'rollback', '{version}'],
      sources: { local: { type: 'command', argv: [NODE, METRICS_COMMAND, metricsSettings, '{query}', '{start}', '{end}'], baseline: 'baseline', canary: 'canary' } },
      metrics: [
        { name: 'errors', source: 'local', events: 'errors {selector}', trials: 'requests {selector}', critical: true },
        { name: 'latency', source: 'local', query: 'latency {selector}' },
      ],
      judge: { minSamples: 3 },
    },
  };
  git(root, ['init', '--quiet', '--initial-branch=main']);
  await commitFiles(
    root,
    {
      'package.json': '{"name":"service","type":"module","scripts":{"test":"node --test"}}\n',
      'src/server.js': 'export const port = 8080;\n',
      'test/server.test.js': "import test from 'node:test';\nimport assert from 'node:assert/strict';\nimport { port } from '../src/server.js';\n\ntest('port', () => assert.equal(port, 8080));\n",
      '.github/drydock.yml': stringify(config),
    },
    'start',
    '2026-01-01T12:00:00Z',
  );
  return { root, trafficLog };
}

const HEALTH_TEST = "import test from 'node:test';\nimport assert from 'node:assert/strict';\nimport { health } from '../src/health.js';\n\ntest('health is ok', () => assert.deepEqual(health(), { ok: true }));\n";

/** The planner's answer: one task that adds src/health.js with its test, judged by running that test. */
export const PLAN_ANSWER: ModelServerStep = {
  toolCalls: [
    {
      name: 'finish',
      arguments: {
        summary: 'Add a health check.',
        result: {
          summary: 'Add a health check module and its test.',
          tasks: [
            {
              id: 'health',
              title: 'Add the health check',
              description: 'Add src/health.js exporting health(), which returns { ok: true }, and a node:test test for it.',
              targetFiles: [
                { path: 'src/health.js', change: 'create' },
                { path: 'test/health.test.js', change: 'create' },
              ],
              acceptanceChecks: [{ kind: 'command', argv: [NODE, '--test', 'test/health.test.js'] }],
              dependsOn: [],
              size: 'xs',
            },
          ],
        },
        evidence: [{ kind: 'file', detail: 'src/server.js' }],
      },
    },
  ],
};

/** The implementer's answers: write the module and its test, then finish. */
export const IMPLEMENT_ANSWERS: ModelServerStep[] = [
  {
    toolCalls: [
      { name: 'write_file', arguments: { path: 'src/health.js', content: 'export function health() {\n  return { ok: true };\n}\n' } },
      { name: 'write_file', arguments: { path: 'test/health.test.js', content: HEALTH_TEST } },
    ],
  },
  { toolCalls: [{ name: 'finish', arguments: { summary: 'Added health() and its test.', result: {}, evidence: [] } }] },
];

/** The deployer agent's answer at the end of a passing step. */
export const DEPLOYER_CONTINUE: ModelServerStep = {
  toolCalls: [{ name: 'finish', arguments: { summary: 'Continue.', result: { action: 'continue', reasons: ['the judge passed the canary'] }, evidence: [] } }],
};

/** Every answer a run from plan to triage asks for. */
export function answersToTriage(): ModelServerStep[] {
  return [PLAN_ANSWER, ...IMPLEMENT_ANSWERS];
}
