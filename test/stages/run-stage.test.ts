import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StageIo } from '../../src/core/ports/stage-io.js';
import { runStage } from '../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../src/stages/shared/stage-definition.js';

// runStage in-process, with a recording StageIo instead of @actions/core, to reach the paths a
// bundle test cannot steer: budgets crossed and failures inside a stage's logic.

class RecordingIo implements StageIo {
  inputs: Record<string, string> = {};
  outputs: Record<string, string> = {};
  summary = '';
  failures: string[] = [];
  annotations: string[] = [];
  secrets: string[] = [];
  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  annotate(level: string, message: string): void {
    this.annotations.push(`${level}: ${message}`);
  }
  registerSecret(value: string): void {
    this.secrets.push(value);
  }
  info(): void {}
  debug(): void {}
  fail(message: string): void {
    this.failures.push(message);
  }
}

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
