import { PolicyDeniedError } from '../errors.js';
import { canWrite } from '../ports/forge.js';
import type { IntentTrigger, TriggerAuthorization } from './intent-types.js';
import type { PermissionLookup } from './permission-cache.js';
import { formatLogin, isAppLogin } from './provenance.js';

/**
 * Who may start a plan.
 *
 * A plan turns text into work that an agent then carries out with the repository's token, so the
 * person who starts it must be someone the repository already trusts to push: `admin`,
 * `maintain` or `write`. The usual attacks come through events anyone can cause — a pull request
 * from a fork, a comment or an issue by a passer-by — and on those the actor is the outsider, so
 * this one check refuses them all.
 *
 * Humans are always checked, whatever the event. App accounts (`<slug>[bot]`, a suffix GitHub
 * gives only to apps) have no collaborator permission to look up, so the lookup says `none` and
 * they are refused like anyone — with two exceptions, where the run comes from the repository
 * itself rather than from whoever the app relays:
 *
 * - `schedule`: the cron line lives in a workflow file on the default branch, which only users
 *   with write access can change (and no agent can: workflow files are protected paths).
 * - `workflow_dispatch`: dispatching needs `actions: write` on this repository, so an app account
 *   here is one of the repository's own workflows (`github-actions[bot]` with `GITHUB_TOKEN`) or an
 *   app an admin installed with that permission.
 *
 * Everything else by an app — `issues`, `issue_comment`, `pull_request`, `repository_dispatch`, … —
 * is refused: a bot that opens issues or copies comments passes on someone else's words, and
 * nothing says whose. A repository workflow that forwards outsider text into a dispatch launders it;
 * that forwarding is the workflow author's decision, made in a file only writers can change.
 */

/** Events that only the repository itself can start when the actor is an app account. */
export const REPOSITORY_EVENTS: readonly string[] = ['workflow_dispatch', 'schedule'];

/**
 * Allows the trigger or throws a `PolicyDeniedError` that says who triggered, what permission they
 * have, and that only users with write access can start a plan.
 */
export async function authorizeTrigger(
  trigger: IntentTrigger,
  permissionOf: PermissionLookup,
  repository: string,
): Promise<TriggerAuthorization> {
  const { actor, eventName } = trigger;
  if (isAppLogin(actor) && REPOSITORY_EVENTS.includes(eventName)) {
    return { actor, eventName, acceptedAs: 'repository' };
  }
  const permission = await permissionOf(actor);
  if (canWrite(permission)) return { actor, eventName, acceptedAs: 'collaborator', permission };

  const who = formatLogin(actor);
  const appNote = isAppLogin(actor)
    ? ` ${who} is an app account: apps can start a plan only through ${REPOSITORY_EVENTS.join(' or ')}, which only the repository itself can trigger.`
    : '';
  throw new PolicyDeniedError(
    `${who} triggered this plan (event '${eventName}') but has '${permission}' permission on ${repository}; ` +
      'only users with write access (admin, maintain or write) can start a plan.' +
      appNote +
      ' Pull requests from forks and comments by passers-by are the usual way to slip instructions to an agent, so they are refused;' +
      ' a maintainer can start the plan instead, for example by labelling the issue or dispatching the workflow.',
    { identity: actor, reason: `trigger by a user without write access (${permission})` },
  );
}
