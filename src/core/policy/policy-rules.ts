/**
 * Every rule a policy decision can cite, by stable id. Tests carry the same ids in their names, so
 * a rule and its test find each other; journals carry them in `policy-decision` events.
 */
export const POLICY_RULES = {
  'PI-001': 'An identity that is not configured is denied everything.',
  'PA-001': 'An action of an unknown type is denied.',

  'PN-001': 'A path that is empty, too long, or holds NUL or control characters is denied.',
  'PN-002': 'An absolute path (/x, C:\\x, //server/share) is denied.',
  'PN-003': 'A path that climbs out of the workspace with ".." is denied.',
  'PN-004': 'A path holding invisible or bidirectional-control characters is denied.',

  'PP-001': 'Anything named .git, at any depth and in any case, is protected: never written, never read.',
  'PP-002': '.github/workflows/ is never written, whatever the config says.',
  'PP-003': '.github/actions/ is never written, whatever the config says.',
  'PP-004': '.github/drydock.yml is never written, whatever the config says.',
  'PP-005': 'Credential files (.env, keys, .npmrc, .netrc, .ssh/, …) are never written or read.',

  'PR-001': 'A read inside the identity read globs is allowed.',
  'PR-002': 'A read outside the identity read globs is denied.',
  'PW-001': 'A write inside the identity write globs is allowed.',
  'PW-002': 'A write outside the identity write globs is denied.',
  'PW-003': 'A write matching the identity approval.write globs needs a human approval.',
  'PW-004': 'A write outside the target files of the task being implemented is denied.',

  'PC-001': 'A command matching one of the identity argv patterns is allowed.',
  'PC-002': 'A configured validator command, exactly as configured, is allowed for the identities it names.',
  'PC-003': 'A command matching the identity approval.commands patterns needs a human approval.',
  'PC-004': 'A command matching none of the identity argv patterns is denied.',
  'PC-005': 'A malformed argv (empty, not strings, NUL bytes) is denied.',
  'PC-006': 'git options that write files, run programs or leave the workspace are denied whatever the config says.',

  'PG-001': 'A GitHub operation within the identity maximum count is allowed.',
  'PG-002': 'A GitHub operation the identity is not granted is denied.',
  'PG-003': 'A GitHub operation beyond the identity maximum count for the stage is denied.',
  'PG-004': 'An unknown GitHub operation is denied.',
  'PG-005': 'A GitHub operation with an invalid count is denied.',

  'PH-001': 'A network host matching the identity host list is allowed.',
  'PH-002': 'A network host outside the identity host list is denied.',
  'PH-003': 'A malformed host name is denied.',
} as const;

/** A stable policy rule id, such as `PP-001`. */
export type PolicyRuleId = keyof typeof POLICY_RULES;
