import { errorMessage } from '../errors.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { PolicyAction, PolicyDecision } from '../policy/policy.js';
import type { ToolContext } from './tool.js';

/** The policy's answer to all the actions of one tool call. */
export type ToolAuthorization =
  | {
      /** Every action is allowed. */
      verdict: 'allow';
      /** Decisions asked, in order. */
      decisions: PolicyDecision[];
    }
  | {
      /** An action was denied, or needs a human; nothing may run. */
      verdict: 'deny' | 'needs-approval';
      /** Decisions asked, in order; the last deny (or the first needs-approval) is the one that decided. */
      decisions: PolicyDecision[];
      /** The deciding reason, for the model. */
      reason: string;
    }
  | {
      /** A path could not be resolved, so it could not be judged; nothing may run. */
      verdict: 'unresolvable';
      /** Decisions asked before the failure. */
      decisions: PolicyDecision[];
      /** What went wrong. */
      reason: string;
    };

/**
 * Asks policy about every action of a call, in order, without consuming anything. The first deny
 * ends the questioning; a needs-approval is remembered and returned unless a later action is denied.
 *
 * A read or write is judged twice when a symlink is involved: on the path as asked for and on the
 * path it resolves to. The workspace guard only keeps links away from protected paths; this keeps
 * a link in an allowed directory from reaching a file outside the identity's own globs.
 */
export async function authorizeToolCall(actions: readonly PolicyAction[], context: ToolContext): Promise<ToolAuthorization> {
  const decisions: PolicyDecision[] = [];
  let approval: string | undefined;
  for (const action of actions) {
    const decision = context.policy.evaluate(context.identity, action);
    decisions.push(decision);
    if (decision.decision === 'deny') return { verdict: 'deny', decisions, reason: decision.reason };
    if (decision.decision === 'needs-approval') approval ??= decision.reason;
    if (action.type !== 'read' && action.type !== 'write') continue;

    let resolved: string;
    try {
      resolved = await context.workspace.canonicalPath(action.path);
    } catch (error) {
      return { verdict: 'unresolvable', decisions, reason: errorMessage(error) };
    }
    const asked = normalizePolicyPath(action.path);
    if (asked.ok && asked.path === resolved) continue;
    const throughLink = context.policy.evaluate(context.identity, { type: action.type, path: resolved === '' ? '.' : resolved });
    decisions.push(throughLink);
    const via = `'${action.path}' resolves to '${resolved}'`;
    if (throughLink.decision === 'deny') return { verdict: 'deny', decisions, reason: `${via}: ${throughLink.reason}` };
    if (throughLink.decision === 'needs-approval') approval ??= `${via}: ${throughLink.reason}`;
  }
  if (approval !== undefined) return { verdict: 'needs-approval', decisions, reason: approval };
  return { verdict: 'allow', decisions };
}

/**
 * Consumes the GitHub operation counts of a call that is about to run. Only here, right before
 * execution, so that a denied, refused or invalid call never uses up a count.
 */
export function consumeGithubActions(actions: readonly PolicyAction[], context: ToolContext): ToolAuthorization {
  const decisions: PolicyDecision[] = [];
  for (const action of actions) {
    if (action.type !== 'github') continue;
    const decision = context.policy.consume(context.identity, action);
    decisions.push(decision);
    if (decision.decision !== 'allow') return { verdict: decision.decision, decisions, reason: decision.reason };
  }
  return { verdict: 'allow', decisions };
}
