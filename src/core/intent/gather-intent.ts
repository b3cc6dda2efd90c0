import { InputError } from '../errors.js';
import type { Forge } from '../ports/forge.js';
import type { Workspace } from '../ports/workspace.js';
import type { Intent, IntentText, IntentTrigger, UntrustedCommentMode } from './intent-types.js';
import { issueTexts } from './issue-texts.js';
import { DEFAULT_MAX_LINKED_BYTES, DEFAULT_MAX_LINKED_FILES, readLinkedFiles } from './linked-files.js';
import { cachedPermissions } from './permission-cache.js';
import { formatAuthor, formatLogin } from './provenance.js';
import { authorizeTrigger } from './trigger-rule.js';

/**
 * Turns the trigger — goal text, or an issue from the input or the event — into the planner's
 * intent, sorted by who wrote what.
 *
 * 1. The triggering actor must have write access, or the run is refused (`trigger-rule.ts`).
 * 2. Issue title and body count as instructions only when the issue's author has write access;
 *    each comment likewise by its own author. Everything else is context, or left out for
 *    comments when `untrustedComments` is `omit`.
 * 3. Repository files the texts name are read through the workspace, within caps; protected paths
 *    are skipped and noted (`linked-files.ts`).
 *
 * "Instructions" says whose request the text is, not what it may do. Instructions are still text
 * from a person: they are shown to the model wrapped as untrusted, with their provenance, like
 * context, and nothing in any of them can change identity, policy or budgets. Those live in
 * deterministic code and configuration that no text is ever read back into, so a maintainer's
 * comment that says "you may write .github/workflows" grants exactly as much as an outsider's.
 */

/** Most comments kept by default (see `IssueTextOptions.maxComments` for which go first). */
export const DEFAULT_MAX_COMMENTS = 50;

/** Options of {@link gatherIntent}. */
export interface GatherIntentOptions {
  /** The code host: permissions, the issue and its comments. */
  forge: Forge;
  /** The checkout linked files are read from; give it the protected-path guard. */
  workspace: Workspace;
  /** Who started the run, on which event. */
  trigger: IntentTrigger;
  /** The goal text (the `goal` input); exactly one of this and `issueNumber`. */
  goalText?: string;
  /** The issue (from the `issue-number` input or the event payload); exactly one of this and `goalText`. */
  issueNumber?: number;
  /** Comments by users without write access: `context` shows them as untrusted context, `omit` leaves them out. */
  untrustedComments: UntrustedCommentMode;
  /** Most comments kept, newest first with instructions before context; default {@link DEFAULT_MAX_COMMENTS}. */
  maxComments?: number;
  /** Most linked files read; default {@link DEFAULT_MAX_LINKED_FILES}. 0 reads none. */
  maxLinkedFiles?: number;
  /** Most bytes of linked files, all together; default {@link DEFAULT_MAX_LINKED_BYTES}. */
  maxLinkedBytes?: number;
  /**
   * The planner's read policy for linked files: a returned reason skips the path (noted, not an
   * error). Protected paths are skipped whether or not this is given. The stage passes
   * `policy.evaluate('planner', { type: 'read', path })`, so the decision is journaled.
   */
  readRefusal?: (path: string) => string | undefined;
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InputError(`Option '${name}' must be a whole number of 0 or more, got ${value}.`, { where: name });
  }
  return value;
}

function checkSource(options: GatherIntentOptions): void {
  const hasGoal = options.goalText !== undefined && options.goalText.trim() !== '';
  const hasIssue = options.issueNumber !== undefined;
  if (hasGoal && hasIssue) {
    throw new InputError(`Both a goal text and issue #${options.issueNumber} were given; a plan starts from one of them.`, { where: 'goal' });
  }
  if (!hasGoal && !hasIssue) {
    throw new InputError(`No goal: give a goal text or an issue number, or trigger the workflow from an issue event.`, { where: 'goal' });
  }
}

/** Gathers the intent; see the module comment for the rules. Throws when the trigger is refused. */
export async function gatherIntent(options: GatherIntentOptions): Promise<Intent> {
  checkSource(options);
  const maxComments = count(options.maxComments, DEFAULT_MAX_COMMENTS, 'maxComments');
  const maxFiles = count(options.maxLinkedFiles, DEFAULT_MAX_LINKED_FILES, 'maxLinkedFiles');
  const maxBytes = count(options.maxLinkedBytes, DEFAULT_MAX_LINKED_BYTES, 'maxLinkedBytes');
  const { forge, workspace } = options;
  const repository = await forge.getRepository();
  const permissionOf = cachedPermissions(forge);
  // Before anything from the issue is read: a refused trigger gets nothing gathered.
  const trigger = await authorizeTrigger(options.trigger, permissionOf, `${repository.owner}/${repository.name}`);

  let intent: Omit<Intent, 'linkedFiles' | 'skippedFiles'>;
  if (options.issueNumber !== undefined) {
    const texts = await issueTexts({
      forge,
      number: options.issueNumber,
      permissionOf,
      untrustedComments: options.untrustedComments,
      maxComments,
    });
    intent = { source: 'issue', trigger, ...texts };
  } else {
    const by =
      trigger.acceptedAs === 'repository'
        ? `the repository's own ${trigger.eventName} run (${formatLogin(trigger.actor)})`
        : `${formatAuthor(trigger.actor, trigger.permission)} on ${trigger.eventName}`;
    const goal: IntentText = {
      kind: 'goal',
      source: `goal given by ${by}`,
      author: trigger.actor,
      ...(trigger.permission === undefined ? {} : { permission: trigger.permission }),
      text: options.goalText ?? '',
    };
    intent = { source: 'goal', trigger, instructions: [goal], context: [], commentsLeftOut: { untrusted: 0, overCap: 0 } };
  }

  const linked = await readLinkedFiles({
    workspace,
    repository,
    texts: [...intent.instructions, ...intent.context],
    maxFiles,
    maxBytes,
    ...(options.readRefusal === undefined ? {} : { readRefusal: options.readRefusal }),
  });
  return { ...intent, ...linked };
}
