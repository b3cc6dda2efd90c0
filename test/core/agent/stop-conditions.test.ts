import { describe, expect, it } from 'vitest';
import { budgetExhausted, finishCalled, firstStop, maxTurns, wallTimeExceeded, type AgentLoopState } from '../../../src/core/agent/stop-conditions.js';
import { BudgetExceededError, InputError } from '../../../src/core/errors.js';

const fine = { check: () => undefined };
const state = (overrides: Partial<AgentLoopState> = {}): AgentLoopState => ({ turns: 0, finished: false, elapsedMs: 0, budget: fine, ...overrides });

describe('stop conditions', () => {
  it('SC-001 each predicate holds exactly at its limit', () => {
    expect(finishCalled().holds(state())).toBe(false);
    expect(finishCalled().holds(state({ finished: true }))).toBe(true);
    expect(maxTurns(3).holds(state({ turns: 2 }))).toBe(false);
    expect(maxTurns(3).holds(state({ turns: 3 }))).toBe(true);
    expect(wallTimeExceeded(1000).holds(state({ elapsedMs: 999 }))).toBe(false);
    expect(wallTimeExceeded(1000).holds(state({ elapsedMs: 1000 }))).toBe(true);
  });

  it('SC-002 budgetExhausted holds on BudgetExceededError and lets other errors through', () => {
    const used = { check: () => { throw new BudgetExceededError('used up', { budget: 'turns', scope: 'stage', limit: 1, used: 1 }); } };
    const misconfigured = { check: () => { throw new InputError('no price'); } };
    expect(budgetExhausted().holds(state())).toBe(false);
    expect(budgetExhausted().holds(state({ budget: used }))).toBe(true);
    expect(() => budgetExhausted().holds(state({ budget: misconfigured }))).toThrow('no price');
  });

  it('SC-003 firstStop names the first condition that holds, in order', () => {
    const conditions = [finishCalled(), maxTurns(2), wallTimeExceeded(10)];
    expect(firstStop(conditions, state())).toBeUndefined();
    expect(firstStop(conditions, state({ turns: 2, elapsedMs: 50 }))?.reason).toBe('max-turns');
    expect(firstStop(conditions, state({ turns: 2, finished: true }))?.reason).toBe('finish-called');
  });
});
