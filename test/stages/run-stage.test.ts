import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../src/stages/shared/stage-definition.js';
import { RecordingIo } from './support/recording-io.js';

// runStage in-process, with a recording StageIo instead of @actions/core, to reach the paths a
// bundle test cannot steer: budgets crossed and failures inside a stage's logic.

let root: string;
let environment: NodeJS.ProcessEnv;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'drydock-run-stage-'));
  mkdirSync(join(root, 'workspace', '.github'), { recursive: true });
  mkdirSync(join(root, 'temp'));
  environment = {
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: join(root, 'workspace'),
    RUNNER_TEMP: join(root, 'temp'),
  };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function definition(execute: StageDefinition<Record<string, never>>['execute']): StageDefinition<Record<string, never>> {
  return { name: 'plan', inputs: {}, secretInputs: [], incomingState: 'optional', goal: () => ({ text: 'g' }), execute };
}

function savedState(): { stages: { plan: { status: string; message?: string; usage: { tokens: number } } } } {
  return JSON.parse(readFileSync(join(root, 'temp', 'drydock-artifacts', '7', 'drydock-plan-attempt-1', 'state.json'), 'utf8'));
}

describe('runStage', () => {
  it('BG-STAGE-001 stops cleanly when a budget is crossed: state saved, message names budget and figures', async () => {
    writeFileSync(join(root, 'workspace', '.github', 'drydock.yml'), 'version: 1\nbudgets:\n  stages:\n    plan:\n      tokens: 1000\n');
    const io = new RecordingIo();
    const outcome = await runStage(
      definition(async (context) => {
        context.budget.charge({ model: 'gpt-4.1-mini', usage: { inputTokens: 900, outputTokens: 300 } });
        context.budget.check();
        return { outputs: {}, result: {}, summary: 'unreachable' };
      }),
      { io, environment },
    );
    expect(outcome).toBe('stopped');
    expect(io.outputs.outcome).toBe('stopped');
    expect(io.failures).toHaveLength(1);
    expect(io.failures[0]).toMatch(/tokens/);
    expect(io.failures[0]).toMatch(/1,200/);
    expect(io.failures[0]).toMatch(/1,000/);
    expect(io.failures[0]).toContain('state is saved');
    const state = savedState();
    expect(state.stages.plan.status).toBe('stopped');
    expect(state.stages.plan.usage.tokens).toBe(1200);
  });

  it('records a failure in the stage logic in the state, the journal and the summary', async () => {
    const io = new RecordingIo();
    const outcome = await runStage(
      definition(async () => {
        throw new Error('boom');
      }),
      { io, environment },
    );
    expect(outcome).toBe('failed');
    expect(io.failures).toEqual(['Unexpected error: boom']);
    expect(savedState().stages.plan).toMatchObject({ status: 'failed', message: 'boom' });
    const journal = readFileSync(join(root, 'temp', 'drydock-artifacts', '7', 'drydock-plan-attempt-1', 'journal.jsonl'), 'utf8');
    expect(journal).toContain('"kind":"error-raise"');
    expect(io.summary).toContain('Drydock plan: failed');
    expect(io.summary).toContain('boom');
  });

  it('journals every policy decision the stage asks for', async () => {
    const io = new RecordingIo();
    await runStage(
      definition(async (context) => {
        context.policy.evaluate('planner', { type: 'write', path: 'src/index.ts' });
        context.policy.evaluate('implementer', { type: 'write', path: '.github/workflows/ci.yml' });
        return { outputs: {}, result: {}, summary: '' };
      }),
      { io, environment },
    );
    const decisions = readFileSync(join(root, 'temp', 'drydock-artifacts', '7', 'drydock-plan-attempt-1', 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; data: { identity: string; decision: string } })
      .filter((event) => event.kind === 'policy-decision');
    expect(decisions.map((event) => [event.data.identity, event.data.decision])).toEqual([
      ['planner', 'deny'],
      ['implementer', 'deny'],
    ]);
  });

  it('does not save anything when the artifact name of this attempt is taken', async () => {
    const io = new RecordingIo();
    const first = await runStage(definition(async () => ({ outputs: {}, result: {}, summary: '' })), { io, environment });
    expect(first).toBe('succeeded');
    const before = readFileSync(join(root, 'temp', 'drydock-artifacts', '7', 'drydock-plan-attempt-1', 'state.json'), 'utf8');
    const second = new RecordingIo();
    const outcome = await runStage(definition(async () => ({ outputs: {}, result: {}, summary: '' })), { io: second, environment });
    expect(outcome).toBe('failed');
    expect(second.failures[0]).toMatch(/drydock-plan-attempt-1/);
    expect(readFileSync(join(root, 'temp', 'drydock-artifacts', '7', 'drydock-plan-attempt-1', 'state.json'), 'utf8')).toBe(before);
  });
});

describe('runStage hand-over of a journal with several segments', () => {
  it('keeps the segments and their links, and the whole chain verifies', async () => {
    const { Journal } = await import('../../src/core/journal/journal.js');
    const { JournalFileSink, readJournalFile } = await import('../../src/adapters/journal-file.js');
    const { verifyJournal } = await import('../../src/core/journal/verify.js');
    const { createLocalArtifactStore } = await import('../../src/adapters/artifact-store-local.js');
    const { createRunState, serializeRunState, withStageSection } = await import('../../src/core/run-state.js');
    const { createSystemClock } = await import('../../src/adapters/clock-system.js');

    // An earlier plan stage whose journal rolled over twice (small segments stand in for 10 MB).
    const earlierDirectory = join(root, 'earlier');
    mkdirSync(earlierDirectory);
    const sink = await JournalFileSink.create({ path: join(earlierDirectory, 'journal.jsonl') });
    const journal = new Journal({ runId: 'acme/widgets#7', stage: 'plan', attempt: 1, actor: 'planner', sink, clock: createSystemClock(), maxSegmentBytes: 2000 });
    for (let index = 0; index < 30; index += 1) journal.append('tool-call', { index, output: 'x'.repeat(100) });
    await sink.close();
    const files: Record<string, Uint8Array> = {};
    for (const name of readdirSync(earlierDirectory)) files[name] = readFileSync(join(earlierDirectory, name));
    expect(Object.keys(files).length).toBeGreaterThan(2);
    const state = withStageSection(
      createRunState({ eventName: 'workflow_dispatch', actor: 'octocat', repository: 'acme/widgets', sha: 'f'.repeat(40), runId: '7', attempt: 1 }, { text: 'g' }),
      'plan',
      {
        status: 'succeeded',
        attempt: 1,
        identity: 'planner',
        startedAt: new Date().toISOString(),
        usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, tokens: 0, costUsd: 0, unpricedModels: [], turns: 0, wallTimeSeconds: 0 },
        outputs: {},
        journal: { artifact: 'drydock-plan-attempt-1', events: journal.head.seq, head: journal.head.hash },
      },
    );
    await createLocalArtifactStore(join(root, 'temp', 'drydock-artifacts'), '7').save('drydock-plan-attempt-1', {
      ...files,
      'state.json': serializeRunState(state),
    });

    const io = new RecordingIo();
    const next: StageDefinition<Record<string, never>> = {
      name: 'test-triage',
      inputs: {},
      secretInputs: [],
      incomingState: 'required',
      goal: () => ({}),
      execute: async () => ({ outputs: {}, result: {}, summary: '' }),
    };
    const outcome = await runStage(next, { io, environment });
    expect(io.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    const artifact = join(root, 'temp', 'drydock-artifacts', '7', 'drydock-test-triage-attempt-1');
    // Every earlier segment but the last is carried over byte for byte; the last one goes on.
    const names = Object.keys(files).sort((left, right) => left.length - right.length || left.localeCompare(right));
    for (const name of names.slice(0, -1)) {
      expect(readFileSync(join(artifact, name)).equals(files[name]!), name).toBe(true);
    }
    const lines = await readJournalFile(join(artifact, 'journal.jsonl'));
    const verification = verifyJournal(lines, { expectedHead: io.outputs['journal-head']! });
    expect(verification.ok).toBe(true);
    expect(lines.filter((line) => line.text.includes('"kind":"stage-start"'))).toHaveLength(1);
  });
});
