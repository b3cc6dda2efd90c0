import type { GithubOperationLimits, IdentityPermissions, ValidatorConfig } from '../config/config-types.js';
import { compileArgvPattern, type ArgvPattern } from './argv-pattern.js';
import { compileHostPattern, type HostPattern } from './host-pattern.js';
import type { IdentityName } from './identity-names.js';
import { compilePathGlob, type PathGlob } from './path-glob.js';

/** A compiled matcher with the config key it came from. */
export interface SourcedMatcher<T> {
  /** The compiled matcher. */
  matcher: T;
  /** Key path of the config entry, as in `identities.implementer.write[0]`. */
  source: string;
}

/** A validator command an identity may run, exactly as configured. */
export interface IdentityValidator {
  /** Validator name. */
  name: string;
  /** The exact argv. */
  argv: readonly string[];
  /** Key path of the config entry. */
  source: string;
}

/** One identity's permissions, compiled once per policy. */
export interface CompiledIdentity {
  /** The identity. */
  name: IdentityName;
  /** Read globs. */
  read: SourcedMatcher<PathGlob>[];
  /** Write globs. */
  write: SourcedMatcher<PathGlob>[];
  /** Allowed argv patterns. */
  commands: SourcedMatcher<ArgvPattern>[];
  /** Validator commands this identity may run. */
  validators: IdentityValidator[];
  /** Allowed hosts. */
  hosts: SourcedMatcher<HostPattern>[];
  /** GitHub operations with maximum counts. */
  github: GithubOperationLimits;
  /** Argv patterns that need approval (matched case-insensitively and by program base name). */
  approvalCommands: SourcedMatcher<ArgvPattern>[];
  /** Write globs that need approval (matched case-insensitively). */
  approvalWrite: SourcedMatcher<PathGlob>[];
}

/**
 * Compiles one identity. Approval lists are matched case-insensitively on purpose: they are lists
 * of things to stop for, and on a case-insensitive checkout `Package.json` is `package.json`, so
 * matching them loosely can only ask for more approvals, never fewer.
 */
export function compileIdentity(
  name: IdentityName,
  permissions: IdentityPermissions,
  validators: Readonly<Record<string, ValidatorConfig>>,
): CompiledIdentity {
  const prefix = `identities.${name}`;
  const sourced = <T, M>(items: readonly T[], key: string, compile: (item: T) => M): SourcedMatcher<M>[] =>
    items.map((item, index) => ({ matcher: compile(item), source: `${prefix}.${key}[${index}]` }));
  return {
    name,
    read: sourced(permissions.read, 'read', (pattern) => compilePathGlob(pattern)),
    write: sourced(permissions.write, 'write', (pattern) => compilePathGlob(pattern)),
    commands: sourced(permissions.commands, 'commands', (tokens) => compileArgvPattern(tokens)),
    validators: Object.entries(validators)
      .filter(([, validator]) => validator.identities.includes(name))
      .map(([validatorName, validator]) => ({ name: validatorName, argv: validator.argv, source: `validators.${validatorName}` })),
    hosts: sourced(permissions.hosts, 'hosts', (pattern) => compileHostPattern(pattern)),
    github: { ...permissions.github },
    approvalCommands: sourced(permissions.approval.commands, 'approval.commands', (tokens) => compileArgvPattern(tokens, true)),
    approvalWrite: sourced(permissions.approval.write, 'approval.write', (pattern) => compilePathGlob(pattern, { caseInsensitive: true })),
  };
}
