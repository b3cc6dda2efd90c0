import { InputError } from '../core/errors.js';
import type { ForgeComment, ForgePullRequest, PullRequestIntent } from '../core/ports/forge.js';
import { assertBranchName } from './forge-branch-name.js';

/**
 * The idempotency rules every Forge shares, so a run against GitHub and a local run decide
 * "update or create" the same way.
 */

const MAXIMUM_MARKER_LENGTH = 200;

/**
 * Refuses anything but a one-line HTML comment such as `<!-- drydock:plan:run-123 -->`.
 * An empty or loose marker would be found in every body and turn "update mine" into
 * "overwrite someone else's".
 */
export function assertMarker(marker: string): void {
  const inner = marker.startsWith('<!--') && marker.endsWith('-->') ? marker.slice(4, -3).trim() : '';
  const valid =
    inner.length > 0 &&
    marker.length <= MAXIMUM_MARKER_LENGTH &&
    !inner.includes('--') &&
    !inner.includes('<') &&
    !inner.includes('>') &&
    !/[\r\n]/.test(inner);
  if (!valid) {
    throw new InputError(
      `Invalid idempotency marker ${JSON.stringify(marker)}. Expected a one-line HTML comment such as "<!-- drydock:plan:run-123 -->" (at most ${MAXIMUM_MARKER_LENGTH} characters, no '--' inside).`,
    );
  }
}

/** The body with the marker at its end, unless the body already holds it. */
export function bodyWithMarker(body: string, marker: string): string {
  if (body.includes(marker)) return body;
  const trimmed = body.trimEnd();
  return trimmed.length === 0 ? marker : `${trimmed}\n\n${marker}`;
}

/** GitHub logins are case-insensitive. */
export function sameLogin(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}

/**
 * The comment to edit: the oldest one that holds the marker and was written by `identity`.
 * A marker copied into someone else's comment must not make us edit (or trust) that comment.
 */
export function findStickyComment<T extends Pick<ForgeComment, 'author' | 'body'>>(
  comments: readonly T[],
  marker: string,
  identity: string,
): T | undefined {
  return comments.find((comment) => comment.body.includes(marker) && sameLogin(comment.author, identity));
}

/** The open pull request to update: the one whose body holds the marker, else one from the same head. */
export function findPullRequestToUpdate<T extends Pick<ForgePullRequest, 'body' | 'head' | 'state'>>(
  pullRequests: readonly T[],
  intent: Pick<PullRequestIntent, 'head' | 'marker'>,
): T | undefined {
  const open = pullRequests.filter((pullRequest) => pullRequest.state === 'open');
  return (
    open.find((pullRequest) => pullRequest.body.includes(intent.marker)) ??
    open.find((pullRequest) => pullRequest.head === intent.head)
  );
}

/**
 * Checks a pull request intent before anything is looked up or written: valid branch names, a
 * valid marker, a title, and a head that differs from the base.
 */
export function assertPullRequestIntent(intent: PullRequestIntent): void {
  assertBranchName(intent.head, 'head branch');
  assertBranchName(intent.base, 'base branch');
  assertMarker(intent.marker);
  if (intent.head === intent.base) {
    throw new InputError(`Refusing a pull request from '${intent.head}' into itself: head and base must differ.`);
  }
  if (intent.title.trim().length === 0) {
    throw new InputError('Refusing a pull request with an empty title.');
  }
}

/**
 * Agents work on their own branches: a pull request whose head is the default branch would mean
 * they wrote to it.
 */
export function assertHeadIsNotDefaultBranch(head: string, defaultBranch: string): void {
  if (head === defaultBranch) {
    throw new InputError(
      `Refusing a pull request whose head is the default branch '${defaultBranch}': changes must come from a working branch.`,
    );
  }
}
