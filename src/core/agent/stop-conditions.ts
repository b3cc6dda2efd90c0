import { BudgetExceededError } from '../errors.js';

/**
 * When an agent loop stops. Each condition is a tiny predicate over the loop's state, checked
 * before every turn; the loop stops at the first that holds and records its reason.
 */

/** What the stop conditions look at, as the loop sees it before a turn. */
export interface AgentLoopState {
  /** Turns completed so far (model responses handled). */
  turns: number;
  /** Whether the finish tool was called successfully. */
  finished: boolean;
  /** Milliseconds since the loop started, by the loop's monotonic clock. */
  elapsedMs: number;
  /** The stage's budgets; `check` throws `BudgetExceededError` once one is used up. */
  budget: { check(): void };
}

/** Why a loop stopped, one per condition (`repeated-mistake` is the loop's own). */
export type StopReason = 'finish-called' | 'max-turns' | 'budget-exhausted' | 'wall-time-exceeded' | 'repeated-mistake';

/** One stop condition. */
export interface StopCondition {
  /** The reason recorded when it holds. */
  readonly reason: StopReason;
  /** Whether the loop must stop now. */
  holds(state: AgentLoopState): boolean;
}

/** Holds once the finish tool succeeded. */
export function finishCalled(): StopCondition {
  return { reason: 'finish-called', holds: (state) => state.finished };
}

/** Holds once `limit` turns are done: a limit of 10 allows exactly 10 model responses. */
export function maxTurns(limit: number): StopCondition {
  return { reason: 'max-turns', holds: (state) => state.turns >= limit };
}

/**
 * Holds once any stage or run budget is used up. Other errors from `check` (an unpriced model under
 * a cost budget is a configuration error) propagate: they are not a reason to stop quietly.
 */
export function budgetExhausted(): StopCondition {
  return {
    reason: 'budget-exhausted',
    holds: (state) => {
      try {
        state.budget.check();
        return false;
      } catch (error) {
        if (BudgetExceededError.isInstance(error)) return true;
        throw error;
      }
    },
  };
}

/** Holds once the loop has run for `limitMs` milliseconds or more. */
export function wallTimeExceeded(limitMs: number): StopCondition {
  return { reason: 'wall-time-exceeded', holds: (state) => state.elapsedMs >= limitMs };
}

/** The first condition that holds, in the order given, or undefined. */
export function firstStop(conditions: readonly StopCondition[], state: AgentLoopState): StopCondition | undefined {
  return conditions.find((condition) => condition.holds(state));
}
