import type { ForgeComment, PermissionLevel } from '../ports/forge.js';
import { canWrite } from '../ports/forge.js';

/** Fewest hex digits of the plan digest an approval comment must give. */
export const MIN_APPROVAL_PREFIX = 7;

/** What was found among the issue's comments. */
export type CommentApproval =
  | { approved: true; by: string; comment: string; prefix: string }
  | { approved: false; reason: string; stale: Array<{ by: string; prefix: string }> };

const COMMAND = /^\s*\/drydock\s+approve\s+(?:sha256:)?([0-9a-f]+)\s*$/im;

/**
 * Looks for `/drydock approve <digest prefix>` on the issue: a line of a comment by a user with
 * write access, whose prefix (at least 7 hex digits, `sha256:` optional) starts the approved plan's
 * digest. An approval of another digest — the plan changed since — does not count, and is reported
 * as stale. The newest valid approval wins; permissions are asked once per author.
 */
export async function findCommentApproval(
  comments: readonly ForgeComment[],
  planDigest: string,
  permissionOf: (login: string) => Promise<PermissionLevel>,
): Promise<CommentApproval> {
  const hex = planDigest.replace(/^sha256:/, '').toLowerCase();
  const stale: Array<{ by: string; prefix: string }> = [];
  const permissions = new Map<string, Promise<PermissionLevel>>();
  for (const comment of [...comments].reverse()) {
    const match = COMMAND.exec(comment.body);
    if (match === null) continue;
    const prefix = (match[1] as string).toLowerCase();
    const level = await (permissions.get(comment.author.toLowerCase()) ?? permissions.set(comment.author.toLowerCase(), permissionOf(comment.author)).get(comment.author.toLowerCase()))!;
    if (!canWrite(level)) continue;
    if (prefix.length >= MIN_APPROVAL_PREFIX && hex.startsWith(prefix)) return { approved: true, by: comment.author, comment: comment.url, prefix };
    stale.push({ by: comment.author, prefix });
  }
  return {
    approved: false,
    stale,
    reason:
      stale.length > 0
        ? `The approvals on the issue name other plan digests (${stale.map((entry) => `${entry.prefix} by @${entry.by}`).join(', ')}): the plan changed after they were given.`
        : `No user with write access has commented '/drydock approve ${hex.slice(0, 12)}' on the issue.`,
  };
}
