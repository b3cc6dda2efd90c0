import type { CompiledIdentity } from './compiled-identity.js';
import { quote } from './decision-text.js';
import type { GithubOperationCounter } from './github-operation-counter.js';
import { GITHUB_OPERATION_NAMES, isGithubOperation } from './github-operations.js';
import type { GithubAction, PolicyDecision } from './policy.js';

/** Decides a GitHub operation against the identity's maximum and what it has consumed; consumes nothing. */
export function decideGithubOperation(identity: CompiledIdentity, action: GithubAction, counter: GithubOperationCounter): PolicyDecision {
  const { operation } = action;
  if (!isGithubOperation(operation)) {
    return {
      decision: 'deny',
      rule: 'PG-004',
      reason: `${typeof operation === 'string' ? quote(operation) : 'That'} is not a GitHub operation Drydock performs; known operations: ${GITHUB_OPERATION_NAMES.join(', ')}.`,
    };
  }
  const count = action.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) {
    return { decision: 'deny', rule: 'PG-005', reason: `The count of "${operation}" must be a whole number of at least 1, got ${String(count)}.` };
  }
  const source = `identities.${identity.name}.github.${operation}`;
  const maximum = identity.github[operation] ?? 0;
  if (maximum === 0) {
    return { decision: 'deny', rule: 'PG-002', reason: `${identity.name} is not granted the GitHub operation "${operation}" (${source} is not set).` };
  }
  const used = counter.used(identity.name, operation);
  if (used + count > maximum) {
    return {
      decision: 'deny',
      rule: 'PG-003',
      source,
      reason: `${identity.name} may ${operation} at most ${maximum} time(s) in this stage; ${used} used, ${count} more asked. Combine the remaining work into fewer operations.`,
    };
  }
  return { decision: 'allow', rule: 'PG-001', source, reason: `${identity.name} may ${operation} (${used + count} of at most ${maximum} in this stage).` };
}
