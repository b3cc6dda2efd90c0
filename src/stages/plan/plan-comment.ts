import { errorMessage } from '../../core/errors.js';
import { planCommentMarker, renderPlanMarkdown, type RenderPlanInput } from '../../core/plan/render-plan.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Where the plan was shown. */
export interface PublishedPlan {
  /** The Markdown: the sticky comment's body and the step summary's plan section, one rendering. */
  markdown: string;
  /** The comment's link, when the plan came from an issue and the comment was written. */
  commentUrl?: string;
  /** Why there is no comment on the issue, when there is an issue but no comment. */
  commentProblem?: string;
}

/**
 * Renders the plan once and shows it twice: as the sticky comment on the issue (created, or
 * updated in place on a re-run, found by its hidden marker) and as the step summary's body. The
 * comment is a GitHub write of the planner identity, so policy decides it and the journal records
 * it. A comment that cannot be written does not lose the plan: it is in the summary and the run
 * state, and the problem is reported as a warning.
 */
export async function publishPlan(context: StageContext<unknown>, input: RenderPlanInput, issueNumber: number | undefined): Promise<PublishedPlan> {
  const markdown = renderPlanMarkdown(input);
  if (issueNumber === undefined) return { markdown };
  const decision = context.policy.consume(context.identity, { type: 'github', operation: 'issue-comment' });
  if (decision.decision !== 'allow') {
    const commentProblem = `The plan was not commented on issue #${issueNumber}: ${decision.reason}`;
    context.io.annotate('warning', commentProblem);
    return { markdown, commentProblem };
  }
  try {
    const forge = await context.forge();
    const written = await forge.upsertIssueComment(issueNumber, planCommentMarker(input.markerKey), markdown);
    context.journal.append('github-write', {
      type: 'issue-comment',
      number: issueNumber,
      commentId: written.value.id,
      url: written.value.url,
      created: written.created,
      planDigest: input.digest,
    });
    return { markdown, commentUrl: written.value.url };
  } catch (error) {
    const commentProblem = `The plan could not be commented on issue #${issueNumber}: ${errorMessage(error)}`;
    context.journal.append('decision', { decision: 'plan-comment-failed', reason: commentProblem });
    context.io.annotate('warning', commentProblem);
    return { markdown, commentProblem };
  }
}
