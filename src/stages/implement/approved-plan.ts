import { z } from 'zod';
import { InputError, IntegrityError } from '../../core/errors.js';
import { planDigest, planSchema, type Plan } from '../../core/plan/plan.js';
import type { Journal } from '../../core/journal/journal.js';
import type { RunState } from '../../core/run-state.js';

/** The plan as approved, with its digest and what the plan stage assessed about it. */
export interface ApprovedPlan {
  plan: Plan;
  digest: string;
  /** The risk level the plan stage gave, when it gave one. */
  riskLevel: string | undefined;
}

/**
 * Loads the plan from the plan stage's section of the run state and binds it to the approval: it
 * must be a valid plan, and its digest must be the `plan-digest` the gate's reviewers saw. A plan
 * edited after approval — or a state that was tampered with — never runs.
 */
export function loadApprovedPlan(state: RunState, approvedDigest: string, journal: Journal): ApprovedPlan {
  const section = state.stages.plan;
  if (section === undefined) {
    throw new InputError('The run state has no plan section: run the plan stage before implement, and hand its state over.', { where: 'state-artifact' });
  }
  if (section.status !== 'succeeded') {
    throw new InputError(`The plan stage ended '${section.status}'; only a succeeded plan can be implemented.`, { where: 'state-artifact' });
  }
  const raw = section.result?.plan;
  if (raw === undefined) {
    throw new InputError('The plan stage section of the run state has no result.plan: the plan artifact is missing its plan.', { where: 'state-artifact' });
  }
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(`The plan in the run state (stages.plan.result.plan) is not a valid plan:\n${z.prettifyError(parsed.error)}`, { where: 'state-artifact' });
  }
  const digest = planDigest(parsed.data);
  const recorded = section.result?.planDigest;
  journal.append('approval', { subject: 'plan', approvedDigest: approvedDigest, actualDigest: digest, recordedDigest: recorded ?? null, matches: approvedDigest === digest });
  // The binding that makes a gate mean something: a plan edited after approval never runs.
  if (approvedDigest !== digest) {
    throw new IntegrityError(
      `The plan in the run state has digest ${digest}, but the approved plan-digest is ${approvedDigest}. The plan changed after approval; nothing will be implemented.`,
      { expected: approvedDigest, actual: digest },
    );
  }
  if (recorded !== undefined && recorded !== digest) {
    throw new IntegrityError(`The plan stage recorded digest ${String(recorded)}, but its plan has digest ${digest}: the run state was changed.`, {
      expected: String(recorded),
      actual: digest,
    });
  }
  const risk = section.result?.risk as { level?: unknown } | undefined;
  const level = typeof section.result?.riskLevel === 'string' ? section.result.riskLevel : typeof risk?.level === 'string' ? risk.level : undefined;
  return { plan: parsed.data, digest, riskLevel: level };
}
