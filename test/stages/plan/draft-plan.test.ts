import { readFileSync, rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftPlan, type DraftedPlan } from '../../../src/stages/plan/draft-plan.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../../src/stages/shared/stage-definition.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { RecordingIo } from '../support/recording-io.js';

// The planner loop as the plan stage runs it: the real openai SDK over real HTTP to the local
// OpenAI-compatible test server, the planner's read-only tools on a real workspace, validation
// under the implementer's policy, and one bounded repair round.

let server: ModelServer;
let runner: InProcessRunner;
let environment: NodeJS.ProcessEnv;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  runner = createInProcessRunner('drydock-draft-plan-', { 'src/cli.ts': 'export function main(): void {}\n' }, '5');
  environment = runner.environment;
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

function task(id: string, dependsOn: string[], path = 'src/cli.ts', change = 'modify') {
  return {
    id,
    title: `Task ${id}`,
    description: 'Add a --verbose flag that prints each step.',
    targetFiles: [{ path, change }],
    acceptanceChecks: [{ kind: 'condition', description: 'running with --verbose prints each step' }],
    dependsOn,
    size: 's',
  };
}

function finish(plan: unknown) {
  return { toolCalls: [{ name: 'finish', arguments: { summary: 'Planned.', result: plan, evidence: [{ kind: 'file', detail: 'src/cli.ts' }] } }] };
}

function plannerStage(onResult: (result: DraftedPlan) => void): StageDefinition<Record<string, never>> {
  return {
    name: 'plan',
    inputs: {},
    secretInputs: [],
    incomingState: 'optional',
    goal: () => ({ text: 'Add a --verbose flag' }),
    async execute(context) {
      onResult(await draftPlan(context, 'Add a --verbose flag to the CLI.', (path) => path === 'src/cli.ts'));
      return { outputs: {}, result: {}, summary: '' };
    },
  };
}

function io(): RecordingIo {
  const recording = new RecordingIo();
  recording.inputs = { 'model-base-url': server.url };
  return recording;
}

function requestText(index: number): string {
  return JSON.stringify(server.requests[index]?.body);
}

describe('draftPlan', () => {
  it('PS-001 a valid plan is accepted as it is, after the planner read the repository with reading tools only', async () => {
    server.script([{ toolCalls: [{ name: 'read_file', arguments: { path: 'src/cli.ts' } }] }, finish({ summary: 'One task.', tasks: [task('t1', [])] })]);
    let drafted: DraftedPlan | undefined;
    const recording = io();
    expect(await runStage(plannerStage((result) => (drafted = result)), { io: recording, environment })).toBe('succeeded');
    server.assertDone();
    expect(drafted?.repairs).toBe(0);
    expect(drafted?.draft.tasks.map((entry) => entry.id)).toEqual(['t1']);
    const offered = (JSON.parse(requestText(0)) as { tools: Array<{ function: { name: string } }> }).tools.map((tool) => tool.function.name);
    expect(offered.sort()).toEqual(['finish', 'list_files', 'read_file', 'search']);
  });

  it('PS-002 a cyclic plan gets one repair round that shows the cycle, and the repaired plan is used', async () => {
    server.script([
      finish({ summary: 'Cyclic.', tasks: [task('t1', ['t2']), task('t2', ['t1'])] }),
      finish({ summary: 'Fixed.', tasks: [task('t1', []), task('t2', ['t1'])] }),
    ]);
    let drafted: DraftedPlan | undefined;
    const recording = io();
    expect(await runStage(plannerStage((result) => (drafted = result)), { io: recording, environment })).toBe('succeeded');
    server.assertDone();
    expect(drafted?.repairs).toBe(1);
    expect(requestText(1)).toMatch(/t1 → t2 → t1|t2 → t1 → t2/);
  });

  it('PS-003 a plan still invalid after the repair round fails with the reasons', async () => {
    const bad = finish({ summary: 'Unknown dependency.', tasks: [task('t1', ['t9'])] });
    server.script([bad, bad]);
    const recording = io();
    expect(await runStage(plannerStage(() => undefined), { io: recording, environment })).toBe('failed');
    server.assertDone();
    expect(recording.failures[0]).toMatch(/The model misbehaved: [\s\S]*t9/);
  });

  it('PS-004 a plan that writes a workflow (as prompt injection would ask) is flagged for a human, never silently accepted', async () => {
    server.script([finish({ summary: 'Adds a workflow.', tasks: [task('t1', [], '.github/workflows/leak.yml', 'create')] })]);
    let drafted: DraftedPlan | undefined;
    const recording = io();
    const outcome = await runStage(plannerStage((result) => (drafted = result)), { io: recording, environment });
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(drafted?.validation.tasksNeedingApproval).toEqual(['t1']);
    const journal = readFileSync(runner.artifactFile('drydock-plan-attempt-1', 'journal.jsonl'), 'utf8');
    const denial = journal
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; data: { identity?: string; decision?: string; action?: { path?: string } } })
      .find((event) => event.kind === 'policy-decision' && event.data.action?.path === '.github/workflows/leak.yml');
    expect(denial?.data).toMatchObject({ identity: 'implementer', decision: 'deny' });
  });
});
