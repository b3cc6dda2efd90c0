import { formatArgv } from './argv-pattern.js';
import { guardedCommandReason } from './command-guards.js';
import type { CompiledIdentity } from './compiled-identity.js';
import { listAllowed } from './decision-text.js';
import type { PolicyDecision } from './policy.js';

/** Most arguments a command may have; far above real use, below what would make matching costly. */
const MAX_ARGUMENTS = 10_000;

function malformedReason(argv: unknown): string | undefined {
  if (!Array.isArray(argv) || argv.length === 0) return 'argv must be a non-empty list of strings, program first';
  if (argv.length > MAX_ARGUMENTS) return `argv has more than ${MAX_ARGUMENTS} arguments`;
  if (!argv.every((argument) => typeof argument === 'string')) return 'every argv item must be a string';
  if ((argv[0] as string).length === 0) return 'the program (argv[0]) is empty';
  if (argv.some((argument: string) => argument.includes('\0'))) return 'an argument contains a NUL byte';
  return undefined;
}

function sameArgv(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((argument, index) => argument === right[index]);
}

/**
 * Decides a command. argv items are data, never shell syntax: `;`, `|` or `$(…)` in an argument
 * reach the program as those characters. Built-in guards come first, then approval patterns, then
 * validators (exact argv) and allow patterns.
 */
export function decideCommand(identity: CompiledIdentity, argv: unknown): PolicyDecision {
  const malformed = malformedReason(argv);
  if (malformed !== undefined) return { decision: 'deny', rule: 'PC-005', reason: `Running the command is refused: ${malformed}.` };
  const command = argv as readonly string[];
  const shown = formatArgv(command);
  const guard = guardedCommandReason(command);
  if (guard !== undefined) {
    return { decision: 'deny', rule: 'PC-006', reason: `Running ${shown} is refused whatever the config says: ${guard}.` };
  }
  const approval = identity.approvalCommands.find((entry) => entry.matcher.matches(command));
  if (approval !== undefined) {
    return {
      decision: 'needs-approval',
      rule: 'PC-003',
      source: approval.source,
      reason: `Running ${shown} needs a human approval (${approval.source}: ${formatArgv(approval.matcher.tokens)}).`,
    };
  }
  const validator = identity.validators.find((entry) => sameArgv(entry.argv, command));
  if (validator !== undefined) {
    return { decision: 'allow', rule: 'PC-002', source: validator.source, reason: `${identity.name} may run the validator "${validator.name}" ${shown}.` };
  }
  const allowed = identity.commands.find((entry) => entry.matcher.matches(command));
  if (allowed !== undefined) {
    return {
      decision: 'allow',
      rule: 'PC-001',
      source: allowed.source,
      reason: `${identity.name} may run ${shown} (${allowed.source}: ${formatArgv(allowed.matcher.tokens)}).`,
    };
  }
  const permitted = [...identity.commands.map((entry) => formatArgv(entry.matcher.tokens)), ...identity.validators.map((entry) => formatArgv(entry.argv))];
  return {
    decision: 'deny',
    rule: 'PC-004',
    reason: `${identity.name} may not run ${shown}: no entry of identities.${identity.name}.commands or of the validators matches. Allowed: ${listAllowed(permitted)}.`,
  };
}
