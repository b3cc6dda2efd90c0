import { describe, expect, it } from 'vitest';
import { IntegrityError, InputError } from '../../src/core/errors.js';
import {
  createRunState,
  loadRunState,
  runStateDigest,
  serializeRunState,
  withStageSection,
  type Trigger,
} from '../../src/core/run-state.js';

const trigger: Trigger = {
  eventName: 'workflow_dispatch',
  actor: 'octocat',
  repository: 'acme/widgets',
  sha: 'a'.repeat(40),
  runId: '123',
  attempt: 1,
};

describe('run state', () => {
  it('RS-001 round-trips through serialization with a stable digest', () => {
    const state = createRunState(trigger, { text: 'Add a --verbose flag' });
    const text = serializeRunState(state);
    const loaded = loadRunState(text, { source: 'test' });
    expect(loaded.digest).toBe(runStateDigest(state));
    expect(loaded.state).toEqual(state);
    expect(loadRunState(JSON.stringify(state), { source: 'compact' }).digest).toBe(loaded.digest);
  });

  it('RS-002 refuses an unknown schema version, naming both versions', () => {
    const text = JSON.stringify({ ...createRunState(trigger, {}), schemaVersion: 7 });
    expect(() => loadRunState(text, { source: 'artifact x/state.json' })).toThrow(
      /artifact x\/state\.json has schemaVersion 7; this Drydock reads schemaVersion 1/,
    );
    expect(() => loadRunState(text, { source: 'x' })).toThrow(IntegrityError);
  });

  it('RS-003 refuses a state whose digest differs from the expected one, naming both', () => {
    const state = createRunState(trigger, { text: 'goal' });
    const approved = runStateDigest(state);
    const edited = { ...state, goal: { text: 'a different goal' } };
    let caught: unknown;
    try {
      loadRunState(JSON.stringify(edited), { source: 'plan artifact', expectedDigest: approved });
    } catch (error) {
      caught = error;
    }
    expect(IntegrityError.isInstance(caught)).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain(approved);
    expect(message).toContain(runStateDigest(edited));
  });

  it('RS-004 names the source and position of malformed JSON and of invalid fields', () => {
    expect(() => loadRunState('{"schemaVersion": 1,', { source: 'state.json' })).toThrow(/state\.json is not valid JSON/);
    expect(() => loadRunState('[]', { source: 'state.json' })).toThrow(InputError);
    const bad = { ...createRunState(trigger, {}), trigger: { ...trigger, sha: 'nope' } };
    expect(() => loadRunState(JSON.stringify(bad), { source: 'state.json' })).toThrow(/trigger\.sha/);
  });

  it('RS-005 rejects unknown keys rather than carrying them silently', () => {
    const extra = { ...createRunState(trigger, {}), injected: true };
    expect(() => loadRunState(JSON.stringify(extra), { source: 's' })).toThrow(/injected/);
  });

  it('RS-006 replaces one stage section without touching the others', () => {
    const state = createRunState(trigger, {});
    const section = {
      status: 'succeeded' as const,
      attempt: 1,
      identity: 'planner',
      startedAt: '2026-01-01T00:00:00.000Z',
      usage: { inputTokens: 1, outputTokens: 2, cachedInputTokens: 0, tokens: 3, costUsd: 0, unpricedModels: [], turns: 1, wallTimeSeconds: 5 },
      outputs: { 'plan-digest': 'x' },
    };
    const next = withStageSection(state, 'plan', section);
    expect(next.stages.plan?.outputs['plan-digest']).toBe('x');
    expect(state.stages.plan).toBeUndefined();
    expect(runStateDigest(next)).not.toBe(runStateDigest(state));
  });
});
