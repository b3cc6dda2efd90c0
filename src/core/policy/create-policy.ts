import type { DrydockConfig } from '../config/config-types.js';
import { decideCommand } from './command-decisions.js';
import { compileIdentity, type CompiledIdentity } from './compiled-identity.js';
import { listAllowed, quote } from './decision-text.js';
import { decideGithubOperation } from './github-decisions.js';
import { GithubOperationCounter } from './github-operation-counter.js';
import { normalizeHost } from './host-pattern.js';
import { IDENTITY_NAMES } from './identity-names.js';
import { decidePathAction } from './path-decisions.js';
import type { GithubOperationUsage, Policy, PolicyAction, PolicyDecision, PolicyDecisionRecorder } from './policy.js';

/** The parts of the configuration policy reads. */
export type PolicyConfig = Pick<DrydockConfig, 'identities' | 'validators'>;

/** Options for `createPolicy`. */
export interface PolicyOptions {
  /** Called with every decision; wire it to the journal as `policy-decision` events. */
  record?: PolicyDecisionRecorder;
  /** GitHub operation counts already consumed in this stage (for example by an earlier attempt). */
  githubUsage?: GithubOperationUsage;
}

function decideNetwork(identity: CompiledIdentity, rawHost: unknown): PolicyDecision {
  const normalized = normalizeHost(rawHost);
  if (!normalized.ok) return { decision: 'deny', rule: 'PH-003', reason: `Reaching the host is refused: ${normalized.reason}.` };
  const allowed = identity.hosts.find((entry) => entry.matcher.matches(normalized.host));
  if (allowed !== undefined) {
    return { decision: 'allow', rule: 'PH-001', source: allowed.source, reason: `${identity.name} may reach ${quote(normalized.host)} (${allowed.source}).` };
  }
  return {
    decision: 'deny',
    rule: 'PH-002',
    reason: `${identity.name} may not reach ${quote(normalized.host)}: it is not in identities.${identity.name}.hosts (${listAllowed(identity.hosts.map((entry) => entry.matcher.pattern))}).`,
  };
}

function decide(identity: CompiledIdentity, action: PolicyAction, counter: GithubOperationCounter): PolicyDecision {
  switch (action.type) {
    case 'read':
    case 'write':
      return decidePathAction(identity, action.type, action.path);
    case 'command':
      return decideCommand(identity, action.argv);
    case 'github':
      return decideGithubOperation(identity, action, counter);
    case 'network':
      return decideNetwork(identity, action.host);
    default:
      return { decision: 'deny', rule: 'PA-001', reason: `The action type ${quote(String((action as { type?: unknown }).type))} is unknown.` };
  }
}

/**
 * Builds the policy of a stage from the merged config. Each identity is judged by its own entries
 * only: there is no inheritance or fallback between identities, and a name that is not one of
 * the four identities is denied everything. Patterns are compiled once, here.
 */
export function createPolicy(config: PolicyConfig, options: PolicyOptions = {}): Policy {
  const identities = new Map<string, CompiledIdentity>(
    IDENTITY_NAMES.map((name) => [name, compileIdentity(name, config.identities[name], config.validators)]),
  );
  const counter = new GithubOperationCounter(options.githubUsage);
  const record = options.record ?? (() => undefined);

  const evaluateWithoutRecording = (identity: string, action: PolicyAction): PolicyDecision => {
    const compiled = identities.get(identity);
    if (compiled === undefined) {
      return {
        decision: 'deny',
        rule: 'PI-001',
        reason: `${quote(String(identity))} is not a Drydock identity (${IDENTITY_NAMES.join(', ')}); it may do nothing.`,
      };
    }
    if (typeof action !== 'object' || action === null) {
      return { decision: 'deny', rule: 'PA-001', reason: 'The action is not an object.' };
    }
    return decide(compiled, action, counter);
  };

  return {
    evaluate(identity, action) {
      const decision = evaluateWithoutRecording(identity, action);
      record(identity, action, decision);
      return decision;
    },
    consume(identity, action) {
      const decision = evaluateWithoutRecording(identity, action);
      // Record before consuming: if the journal cannot take the decision, nothing is used up either.
      record(identity, action, decision);
      if (decision.decision === 'allow' && action.type === 'github') {
        counter.add(identity, action.operation as Parameters<GithubOperationCounter['add']>[1], action.count ?? 1);
      }
      return decision;
    },
    githubUsage: () => counter.snapshot(),
  };
}
