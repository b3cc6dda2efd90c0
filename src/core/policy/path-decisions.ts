import type { CompiledIdentity } from './compiled-identity.js';
import { listAllowed, quote } from './decision-text.js';
import { normalizePolicyPath } from './path-normalization.js';
import type { PolicyDecision } from './policy.js';
import { protectionOfSegments } from './protected-paths.js';

/**
 * Decides a read or a write. Order matters for safety: a path that cannot be normalized is denied
 * first, protected paths next (no config entry, approval or allow, can reach them), then approval
 * lists, then allow lists; anything left is denied.
 */
export function decidePathAction(identity: CompiledIdentity, access: 'read' | 'write', rawPath: unknown): PolicyDecision {
  const shown = typeof rawPath === 'string' ? quote(rawPath) : 'the path';
  const verb = access === 'read' ? 'Reading' : 'Writing';
  const normalized = normalizePolicyPath(rawPath);
  if (!normalized.ok) {
    return { decision: 'deny', rule: normalized.rule, reason: `${verb} ${shown} is refused: ${normalized.reason}.` };
  }
  const path = normalized.path;
  const protection = protectionOfSegments(normalized.segments);
  if (protection !== undefined && (access === 'write' || protection.readProtected)) {
    return { decision: 'deny', rule: protection.rule, reason: `${verb} ${quote(path)} is refused whatever the config says: ${protection.explanation}.` };
  }
  if (access === 'write') {
    if (path === '') return { decision: 'deny', rule: 'PN-001', reason: 'Writing is refused: the path names the repository root, not a file.' };
    const approval = identity.approvalWrite.find((entry) => entry.matcher.matches(path));
    if (approval !== undefined) {
      return {
        decision: 'needs-approval',
        rule: 'PW-003',
        source: approval.source,
        reason: `Writing ${quote(path)} needs a human approval (${approval.source}: ${quote(approval.matcher.pattern)}).`,
      };
    }
  }
  const globs = access === 'read' ? identity.read : identity.write;
  const allowed = globs.find((entry) => entry.matcher.matches(path));
  if (allowed !== undefined) {
    return {
      decision: 'allow',
      rule: access === 'read' ? 'PR-001' : 'PW-001',
      source: allowed.source,
      reason: `${identity.name} may ${access} ${quote(path)} (${allowed.source}: ${quote(allowed.matcher.pattern)}).`,
    };
  }
  return {
    decision: 'deny',
    rule: access === 'read' ? 'PR-002' : 'PW-002',
    reason:
      `${identity.name} may not ${access} ${quote(path)}: it is outside identities.${identity.name}.${access} ` +
      `(${listAllowed(globs.map((entry) => entry.matcher.pattern))}); work within those paths or report that the task needs more.`,
  };
}
