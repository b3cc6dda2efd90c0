import { normalizePolicyPath } from './path-normalization.js';
import type { PolicyRuleId } from './policy-rules.js';

/** Why a path is protected. */
export interface PathProtection {
  /** The rule that protects it. */
  rule: PolicyRuleId;
  /** Whether reads are refused too, because the file may hold secrets. Writes always are. */
  readProtected: boolean;
  /** What the path is and why agents keep away from it, for humans and models. */
  explanation: string;
}

const REPOSITORY_METADATA: PathProtection = {
  rule: 'PP-001',
  readProtected: true,
  explanation:
    '.git holds the repository metadata and hooks, and actions/checkout may have stored a token in .git/config; agents never read or change it',
};
const WORKFLOWS: PathProtection = {
  rule: 'PP-002',
  readProtected: false,
  explanation: 'workflow files decide what runs with the repository secrets; describe the change in the pull request for a human to make',
};
const LOCAL_ACTIONS: PathProtection = {
  rule: 'PP-003',
  readProtected: false,
  explanation: 'local actions under .github/actions run inside workflows; describe the change in the pull request for a human to make',
};
const DRYDOCK_CONFIG: PathProtection = {
  rule: 'PP-004',
  readProtected: false,
  explanation: 'the Drydock policy file cannot be changed by the agents it governs',
};
const CREDENTIALS: PathProtection = {
  rule: 'PP-005',
  readProtected: true,
  explanation: 'credential files may hold secrets; agents never read or write them',
};

/** Credential file names, compared by their folded key (see `comparisonKey`). */
const CREDENTIAL_FILE_NAMES = new Set(['.env', '.npmrc', '.pypirc', '.netrc', '_netrc', '.git-credentials', '.pgpass']);
const CREDENTIAL_EXTENSIONS = ['.pem', '.key', '.p12', '.pfx'];
/** Directories whose whole content is credentials. */
const CREDENTIAL_DIRECTORIES = new Set(['.ssh', '.gnupg']);
/** `directory/file` pairs that hold credentials. */
const CREDENTIAL_FILES_IN_DIRECTORIES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['.aws', new Set(['credentials', 'config'])],
  ['.docker', new Set(['config.json'])],
  ['.kube', new Set(['config'])],
]);

/** Paths that are protected, one or more per rule; used to warn about config entries aimed at them. */
export const PROTECTED_PATH_EXAMPLES: readonly string[] = [
  '.git/config',
  '.git/hooks/pre-commit',
  'vendor/library/.git',
  '.github/workflows/ci.yml',
  '.github/actions/setup/action.yml',
  '.github/drydock.yml',
  '.env',
  '.env.local',
  'config/.env.production',
  'server.pem',
  'certs/server.key',
  'id_rsa',
  '.ssh/id_ed25519',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '.aws/credentials',
  '.docker/config.json',
];

/**
 * The comparison key of one segment: the name a case-insensitive, normalizing file system would
 * see. macOS and Windows checkouts are case-insensitive (`.GIT` is `.git`); NFKC folds look-alike
 * forms (fullwidth `．ｇｉｔ`); Windows drops trailing dots and spaces (`.git.` is `.git`), reads
 * `name:stream` as a stream of `name` (`.git::$INDEX_ALLOCATION`), and may expose 8.3 short names
 * (`GIT~1` for `.git`). Over-matching here only ever denies more.
 */
function comparisonKey(segment: string): string {
  let key = segment.normalize('NFKC').toLowerCase();
  const colon = key.indexOf(':');
  if (colon >= 0) key = key.slice(0, colon);
  key = key.replace(/[. ]+$/u, '');
  if (/^git~\d+$/u.test(key)) return '.git';
  if (/^github~\d+$/u.test(key)) return '.github';
  return key;
}

function isCredentialFileName(key: string): boolean {
  if (CREDENTIAL_FILE_NAMES.has(key)) return true;
  if (key.startsWith('.env.')) return true;
  if (CREDENTIAL_EXTENSIONS.some((extension) => key.endsWith(extension))) return true;
  // SSH private keys: id_rsa, id_ed25519, id_ecdsa_sk, custom id_work. Public halves end in ".pub".
  return /^id_[a-z0-9_-]+$/u.test(key);
}

/**
 * The protection of a normalized path (from `normalizePolicyPath`), or undefined when it is not
 * protected. Checked at every depth: nested repositories, submodules and worktrees have their own
 * `.git`, and a monorepo package may be checked out as a repository root elsewhere.
 */
export function protectionOfSegments(segments: readonly string[]): PathProtection | undefined {
  const keys = segments.map(comparisonKey);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const next = keys[index + 1];
    if (key === '.git') return REPOSITORY_METADATA;
    if (key === '.github') {
      if (next === 'workflows') return WORKFLOWS;
      if (next === 'actions') return LOCAL_ACTIONS;
      if (index + 2 === keys.length && (next === 'drydock.yml' || next === 'drydock.yaml')) return DRYDOCK_CONFIG;
    }
    if (CREDENTIAL_DIRECTORIES.has(key)) return CREDENTIALS;
    if (next !== undefined && CREDENTIAL_FILES_IN_DIRECTORIES.get(key)?.has(next) === true) return CREDENTIALS;
  }
  const last = keys.at(-1);
  if (last !== undefined && isCredentialFileName(last)) return CREDENTIALS;
  return undefined;
}

/**
 * Whether agents are kept away from this raw path for the given access. A path that cannot be
 * normalized (absolute, `..` escaping, NUL, …) counts as protected, so callers fail closed.
 */
export function isProtectedPath(rawPath: string, access: 'read' | 'write' = 'write'): boolean {
  const normalized = normalizePolicyPath(rawPath);
  if (!normalized.ok) return true;
  const protection = protectionOfSegments(normalized.segments);
  if (protection === undefined) return false;
  return access === 'write' || protection.readProtected;
}

/**
 * Why agents may not have this access to the path (the rule id and its explanation), or undefined
 * when it is not protected. Suits the workspace's guard: deterministic code checks the real path
 * behind every read and write, whatever link led there.
 */
export function protectedPathRefusal(rawPath: string, access: 'read' | 'write'): string | undefined {
  if (rawPath === '') return undefined;
  const normalized = normalizePolicyPath(rawPath);
  if (!normalized.ok) return `the path cannot be judged (${normalized.reason})`;
  const protection = protectionOfSegments(normalized.segments);
  if (protection === undefined || (access === 'read' && !protection.readProtected)) return undefined;
  return `protected path (${protection.rule}): ${protection.explanation}`;
}
