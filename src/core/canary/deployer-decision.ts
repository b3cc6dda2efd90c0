import { z } from 'zod';
import type { JudgeVerdict } from './judge-types.js';

/** What the deployer may choose at the end of a step, from least to most cautious. */
export const DEPLOYER_ACTIONS = ['continue', 'extend-bake', 'pause-for-human', 'rollback'] as const;
export type DeployerAction = (typeof DEPLOYER_ACTIONS)[number];

/** The `result` of the deployer agent's `finish`. */
export const deployerDecisionSchema = z
  .strictObject({
    action: z.enum(DEPLOYER_ACTIONS).describe('continue to the next step, extend-bake (judge again), pause-for-human, or rollback.'),
    reasons: z.array(z.string().min(1).max(500)).min(1).max(8).describe('Why, citing metrics, the verdict, the risk level or the change.'),
  })
  .describe('The decision at the end of a canary step.');

/** A proposal from the deployer agent. */
export type DeployerProposal = z.output<typeof deployerDecisionSchema>;

/** Risk levels a plan can carry. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** Caution rank: a later action is never less safe than an earlier one. */
export function cautionOf(action: DeployerAction): number {
  return DEPLOYER_ACTIONS.indexOf(action);
}

/** What deterministic code decides for a step, before any agent is asked. */
export interface DefaultDecision {
  action: DeployerAction;
  reason: string;
}

/**
 * The decision at the end of a step from the judge alone: a pass continues, a fail rolls back,
 * a marginal or inconclusive verdict gets another bake while extensions remain and then rolls
 * back. A high-risk change is more cautious: a marginal verdict rolls back at once, and an
 * inconclusive one gets no extension beyond the first.
 */
export function defaultDecision(verdict: JudgeVerdict, extensionsUsed: number, maxExtensions: number, risk: RiskLevel | undefined): DefaultDecision {
  if (verdict === 'pass') return { action: 'continue', reason: 'the judge passed the canary' };
  if (verdict === 'fail') return { action: 'rollback', reason: 'the judge failed the canary' };
  const allowed = risk === 'high' ? (verdict === 'marginal' ? 0 : Math.min(1, maxExtensions)) : maxExtensions;
  if (extensionsUsed < allowed) {
    return { action: 'extend-bake', reason: `the verdict is ${verdict}; baking again (${extensionsUsed + 1} of ${allowed} extensions)` };
  }
  const why = risk === 'high' && verdict === 'marginal' ? 'a marginal verdict on a high-risk change' : `the verdict is still ${verdict} after ${extensionsUsed} extension(s)`;
  return { action: 'rollback', reason: `${why}; rolling back` };
}

/** The decision that stands, and whether the agent's proposal was overridden. */
export interface EnforcedDecision {
  action: DeployerAction;
  /** The deterministic decision it was measured against. */
  default: DefaultDecision;
  /** The agent's proposal, when an agent was asked. */
  proposal?: DeployerProposal;
  /** True when the proposal was less cautious than the default and was refused. */
  overridden: boolean;
  /** Why the action stands, in one sentence. */
  reason: string;
}

/**
 * Deterministic guard over the agent: its proposal stands only when it is at least as cautious
 * as the default (rollback > pause-for-human > extend-bake > continue). So it can never promote
 * past a failing, marginal or inconclusive judge, and never undo a rollback; it can only add
 * caution. Gates (`until-weight`) are enforced by the engine before the next step, whatever the
 * agent chose, so no proposal can skip one.
 */
export function enforceDecision(fallback: DefaultDecision, proposal: DeployerProposal | undefined): EnforcedDecision {
  if (proposal === undefined) return { action: fallback.action, default: fallback, overridden: false, reason: fallback.reason };
  if (cautionOf(proposal.action) >= cautionOf(fallback.action)) {
    return {
      action: proposal.action,
      default: fallback,
      proposal,
      overridden: false,
      reason: proposal.action === fallback.action ? fallback.reason : `the deployer chose the more cautious ${proposal.action} over ${fallback.action}`,
    };
  }
  return {
    action: fallback.action,
    default: fallback,
    proposal,
    overridden: true,
    reason: `the deployer proposed ${proposal.action}, which is less cautious than ${fallback.action} (${fallback.reason}); refused`,
  };
}
