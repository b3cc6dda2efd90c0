import { digestOf } from '../../core/canonical-json.js';
import { InputError } from '../../core/errors.js';
import { inputSchemas } from '../../core/inputs.js';
import type { Goal } from '../../core/run-state.js';
import type { StageDefinition } from '../shared/stage-definition.js';
import { markdownText } from '../../core/markdown-text.js';

const inputs = {
  goal: { schema: inputSchemas.text().max(20_000, 'expected at most 20,000 characters') },
  'issue-number': { schema: inputSchemas.positiveInteger() },
};

/** The issue number of the triggering event (`issues`, `issue_comment`), if any. */
function eventIssueNumber(payload: Readonly<Record<string, unknown>>): number | undefined {
  const issue = payload.issue;
  if (typeof issue !== 'object' || issue === null) return undefined;
  const number = (issue as { number?: unknown }).number;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/** A plan: what reviewers approve by its digest. The task graph is filled by the planning agent. */
export interface Plan {
  version: 1;
  goal: Goal;
  /** Commit the plan was made against; the implement stage starts from it. */
  baseSha: string;
  tasks: unknown[];
}

export const planStage: StageDefinition<typeof inputs> = {
  name: 'plan',
  inputs,
  secretInputs: [],
  incomingState: 'optional',
  validate(parsed, payload) {
    if (parsed.goal !== undefined && parsed['issue-number'] !== undefined) {
      throw new InputError(`Inputs 'goal' and 'issue-number' are both set; set one of them.`, { where: 'goal' });
    }
    if (parsed.goal === undefined && parsed['issue-number'] === undefined && eventIssueNumber(payload) === undefined) {
      throw new InputError(
        `No goal: set the 'goal' input or 'issue-number', or trigger the workflow from an issue event.`,
        { where: 'goal' },
      );
    }
  },
  goal(parsed, payload) {
    if (parsed.goal !== undefined) return { text: parsed.goal };
    const number = parsed['issue-number'] ?? eventIssueNumber(payload);
    return number === undefined ? {} : { issue: { number } };
  },
  async execute(context) {
    const plan: Plan = { version: 1, goal: context.state.goal, baseSha: context.trigger.sha, tasks: [] };
    const planDigest = digestOf(plan);
    context.journal.append('decision', { decision: 'plan-recorded', planDigest, tasks: plan.tasks.length });
    const goal = plan.goal.issue !== undefined ? `issue #${plan.goal.issue.number}` : (plan.goal.text ?? '');
    return {
      outputs: { 'plan-digest': planDigest },
      result: { plan, planDigest },
      summary: [
        '### Plan',
        '',
        `Goal: ${markdownText(goal, 500)}`,
        '',
        `Base commit \`${plan.baseSha}\`. Plan digest \`${planDigest}\` — reviewers approve this value at the gate.`,
        '',
        '_This release records the goal and base commit; the planning agent that fills the task graph comes in a later release, so the plan has no tasks yet._',
      ].join('\n'),
    };
  },
};
