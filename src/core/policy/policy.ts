import type { GithubOperation } from './github-operations.js';
import type { PolicyRuleId } from './policy-rules.js';

/** Read a file or list a directory. */
export interface ReadAction {
  /** Discriminator. */
  type: 'read';
  /** Path relative to the workspace root. */
  path: string;
}

/** Create, change or delete a file. */
export interface WriteAction {
  /** Discriminator. */
  type: 'write';
  /** Path relative to the workspace root. */
  path: string;
}

/** Run a program. */
export interface CommandAction {
  /** Discriminator. */
  type: 'command';
  /** Program and arguments, exactly as they will be passed; never interpreted by a shell. */
  argv: readonly string[];
}

/** Perform a write on GitHub. */
export interface GithubAction {
  /** Discriminator. */
  type: 'github';
  /** The operation, from `GITHUB_OPERATIONS`; anything else is denied. */
  operation: GithubOperation | (string & {});
  /** How many units it uses (for example labels added); 1 when absent. */
  count?: number;
}

/** Reach a network host. */
export interface NetworkAction {
  /** Discriminator. */
  type: 'network';
  /** Bare host name or IP literal, without scheme or port. */
  host: string;
}

/** Everything an agent tool can ask policy about. */
export type PolicyAction = ReadAction | WriteAction | CommandAction | GithubAction | NetworkAction;

/** The three outcomes. */
export type PolicyVerdict = 'allow' | 'deny' | 'needs-approval';

/** A decision with what a human, or the model, needs to act on it. */
export interface PolicyDecision {
  /** Allow, deny, or ask a human. */
  decision: PolicyVerdict;
  /** Why, in a sentence that says what to do instead when denied. */
  reason: string;
  /** The stable id of the rule that decided. */
  rule: PolicyRuleId;
  /** The config entry that matched, as a key path such as `identities.implementer.commands[1]`, when one did. */
  source?: string;
}

/**
 * Called with every decision `evaluate` or `consume` makes, allowed or not; the stage wires it to
 * the journal as `policy-decision` events. If it throws, the error propagates: an action whose
 * decision cannot be recorded must not go ahead.
 */
export type PolicyDecisionRecorder = (identity: string, action: PolicyAction, decision: PolicyDecision) => void;

/** GitHub operation counts used so far, per identity, as plain data. */
export type GithubOperationUsage = Partial<Record<string, Partial<Record<GithubOperation, number>>>>;

/** Evaluates actions of identities against the configuration. */
export interface Policy {
  /**
   * Decides an action without consuming anything. For a GitHub operation it checks that `count`
   * more would still be within the maximum.
   */
  evaluate(identity: string, action: PolicyAction): PolicyDecision;
  /**
   * Decides an action and, only when it is allowed, consumes its GitHub operation count. Call it
   * right before performing a GitHub write; a denied or needs-approval call consumes nothing.
   */
  consume(identity: string, action: PolicyAction): PolicyDecision;
  /** GitHub operation counts consumed so far in this stage. */
  githubUsage(): GithubOperationUsage;
}
