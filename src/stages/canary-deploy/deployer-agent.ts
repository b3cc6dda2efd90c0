import { DEPLOYER_TOOL_SET } from '../../core/agent/tool-sets.js';
import { deployerDecisionSchema, type DeployerProposal } from '../../core/canary/deployer-decision.js';
import { DEPLOYER_SYSTEM_PROMPT, deployerTask } from '../../core/canary/deployer-prompt.js';
import type { DeployerContext } from '../../core/canary/rollout-types.js';
import { CancelledError, errorMessage } from '../../core/errors.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Turns a bound on the deployer's loop: it has nothing to look up, only to decide. */
const DEPLOYER_MAX_TURNS = 4;

/** What the change is, for the deployer: the run's goal and the plan's summary, when there is one. */
export function describeChange(context: StageContext<unknown>): string {
  const { goal, stages } = context.state;
  const plan = stages.plan?.result as { plan?: { tasks?: Array<{ title?: unknown }> } } | undefined;
  const tasks = (plan?.plan?.tasks ?? []).map((task) => (typeof task.title === 'string' ? `- ${task.title}` : undefined)).filter((line) => line !== undefined);
  return [
    goal.text ?? (goal.issue === undefined ? 'No goal recorded.' : `Issue #${goal.issue.number}${goal.issue.title === undefined ? '' : `: ${goal.issue.title}`}`),
    ...(tasks.length === 0 ? [] : ['Planned tasks:', ...tasks.slice(0, 30)]),
  ].join('\n');
}

/**
 * Asks the deployer agent for a step decision. Its answer is a proposal: the engine's guard keeps
 * only proposals at least as cautious as the deterministic decision. Any failure to get a valid
 * answer (no model, a budget, a malformed result) is journaled and leaves the deterministic decision.
 */
export function createDeployerAgent(context: StageContext<unknown>): (request: DeployerContext) => Promise<DeployerProposal | undefined> {
  const change = describeChange(context);
  return async (request) => {
    try {
      const result = await context.runAgent({
        systemPrompt: DEPLOYER_SYSTEM_PROMPT,
        task: deployerTask(request, change),
        toolSet: DEPLOYER_TOOL_SET,
        loopName: `deployer step ${request.stepIndex + 1} look ${request.look.index}`,
        maxTurns: DEPLOYER_MAX_TURNS,
      });
      const parsed = deployerDecisionSchema.safeParse(result.finish?.result);
      if (result.outcome !== 'finished' || !parsed.success) {
        context.journal.append('canary-deployer-error', { outcome: result.outcome, message: 'the deployer gave no valid decision; the deterministic decision stands' });
        return undefined;
      }
      return parsed.data;
    } catch (error) {
      if (CancelledError.isInstance(error)) throw error;
      context.journal.append('canary-deployer-error', { message: errorMessage(error) });
      context.io.annotate('warning', `The deployer agent gave no decision (${errorMessage(error)}); the judge's decision stands.`);
      return undefined;
    }
  };
}
