import { z } from 'zod';
import { IntegrityError } from '../../core/errors.js';
import type { RolloutRecord } from '../../core/canary/rollout-types.js';
import type { RunState } from '../../core/run-state.js';

/**
 * The rollout record a previous job left in the run state. Only the fields the engine continues
 * from are checked strictly; the evidence (steps, looks) is kept as it was.
 */
const rolloutRecordSchema = z.looseObject({
  version: z.string(),
  status: z.enum(['in-progress', 'paused', 'promoted', 'rolled-back', 'rollback-failed']),
  weight: z.number().int().min(0).max(100),
  nextStep: z.number().int().min(0),
  deployed: z.boolean(),
  steps: z.array(z.looseObject({ weight: z.number() })),
});

const canaryResultSchema = z.looseObject({
  rollout: rolloutRecordSchema,
  deployment: z.object({ kind: z.string(), id: z.number().int().positive() }).optional(),
});

/** What an earlier job of this rollout saved. */
export interface SavedRollout {
  record: RolloutRecord;
  deployment?: { kind: string; id: number };
}

/**
 * The rollout to continue: on a re-run, the one this stage's earlier attempt saved, unless it was
 * rolled back (re-running a rolled-back job tries the rollout again from the start); otherwise the
 * one an earlier canary job left in the incoming state.
 */
export function rolloutToContinue(state: RunState, earlierState: RunState | undefined): SavedRollout | undefined {
  const earlier = earlierState === undefined ? undefined : savedRollout(earlierState);
  if (earlier !== undefined && earlier.record.status !== 'rolled-back') return earlier;
  return savedRollout(state);
}

/** The saved rollout in a run state, if a canary job left one. */
export function savedRollout(state: RunState): SavedRollout | undefined {
  const result = state.stages['canary-deploy']?.result;
  if (result === undefined || !Object.hasOwn(result, 'rollout')) return undefined;
  const parsed = canaryResultSchema.safeParse(result);
  if (!parsed.success) {
    throw new IntegrityError(`The run state holds a canary rollout record that cannot be continued: ${z.prettifyError(parsed.error)}`);
  }
  return { record: parsed.data.rollout as unknown as RolloutRecord, ...(parsed.data.deployment === undefined ? {} : { deployment: parsed.data.deployment }) };
}
