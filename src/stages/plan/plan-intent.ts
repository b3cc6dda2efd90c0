import { gatherIntent } from '../../core/intent/gather-intent.js';
import type { Intent } from '../../core/intent/intent-types.js';
import type { Forge } from '../../core/ports/forge.js';
import type { Goal } from '../../core/run-state.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Start of every plan comment marker (see `planCommentMarker`). */
const PLAN_MARKER_PREFIX = '<!-- drydock:plan:';

/** The key of the sticky comment of an issue's plan: `issue-12`. */
export function planMarkerKey(issueNumber: number): string {
  return `issue-${issueNumber}`;
}

/**
 * The forge as the intent sees it: Drydock's own plan comments are not part of the issue's text.
 * Planning again from its own earlier plan would feed the model's words back to it as a request,
 * and the comment's author (the workflow's bot) is no collaborator anyway. A person who pastes a
 * plan marker into a comment only hides that comment of their own.
 */
function withoutPlanComments(forge: Forge, onLeftOut: (count: number) => void): Forge {
  return {
    ...forge,
    async listIssueComments(number) {
      const comments = await forge.listIssueComments(number);
      const kept = comments.filter((comment) => !comment.body.includes(PLAN_MARKER_PREFIX));
      onLeftOut(comments.length - kept.length);
      return kept;
    },
  };
}

/** The intent, and the goal as the plan records it. */
export interface PlanIntent {
  intent: Intent;
  /** The run's goal with the issue's title and link once they are known. */
  goal: Goal;
  /** Drydock plan comments left out of the issue's comments. */
  planCommentsLeftOut: number;
  /** The text retrieval ranks files for, and candidates are scored against: goal, or issue title and body. */
  goalText: string;
}

/**
 * Authorizes the trigger and gathers the intent (see `gatherIntent`): a user without write access
 * is refused before anything from the issue is read. Linked files are read under the planner's
 * read policy, each decision journaled.
 */
export async function gatherPlanIntent(context: StageContext<unknown>): Promise<PlanIntent> {
  const goal = context.state.goal;
  let planCommentsLeftOut = 0;
  const forge = withoutPlanComments(await context.forge(), (count) => (planCommentsLeftOut = count));
  const intent = await gatherIntent({
    forge,
    workspace: context.workspace,
    trigger: { actor: context.trigger.actor, eventName: context.trigger.eventName },
    ...(goal.issue === undefined ? { goalText: goal.text ?? '' } : { issueNumber: goal.issue.number }),
    untrustedComments: context.config.plan.untrustedComments,
    readRefusal: (path) => {
      const decision = context.policy.evaluate(context.identity, { type: 'read', path });
      return decision.decision === 'allow' ? undefined : decision.reason;
    },
  });
  context.journal.append('decision', {
    decision: 'trigger-authorized',
    actor: intent.trigger.actor,
    acceptedAs: intent.trigger.acceptedAs,
    permission: intent.trigger.permission ?? null,
  });
  context.journal.append('decision', {
    decision: 'intent-gathered',
    source: intent.source,
    instructions: intent.instructions.map((text) => text.source),
    context: intent.context.map((text) => text.source),
    linkedFiles: intent.linkedFiles.map((file) => file.path),
    skippedFiles: intent.skippedFiles.map((file) => ({ path: file.path, reason: file.reason })),
    commentsLeftOut: { ...intent.commentsLeftOut, planComments: planCommentsLeftOut },
  });
  const issue = intent.issue;
  const texts = [...intent.instructions, ...intent.context].filter((text) => text.kind !== 'comment');
  return {
    intent,
    goal: issue === undefined ? goal : { issue: { number: issue.number, title: issue.title, url: issue.url } },
    planCommentsLeftOut,
    goalText: texts.map((text) => text.text).join('\n\n'),
  };
}
