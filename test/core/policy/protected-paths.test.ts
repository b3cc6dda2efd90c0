import { describe, expect, it } from 'vitest';
import { normalizePolicyPath } from '../../../src/core/policy/path-normalization.js';
import { isProtectedPath, PROTECTED_PATH_EXAMPLES, protectionOfSegments } from '../../../src/core/policy/protected-paths.js';

function ruleOf(raw: string): string | undefined {
  const normalized = normalizePolicyPath(raw);
  if (!normalized.ok) throw new Error(`not normalizable: ${raw}`);
  return protectionOfSegments(normalized.segments)?.rule;
}

describe('protected paths', () => {
  it('PP-001 .git at any depth, in any case, file or directory, in Windows and HFS+ spellings', () => {
    for (const path of [
      '.git',
      '.git/config',
      '.GIT/config',
      '.Git/HEAD',
      'a/.git/hooks/x',
      'vendor/lib/.git',
      'src/../.git/config',
      '.git./config',
      '.git /config',
      '.git::$INDEX_ALLOCATION/config',
      'GIT~1/config',
      '\uff0e\uff47\uff49\uff54/config',
    ]) {
      expect(ruleOf(path), path).toBe('PP-001');
    }
    expect(ruleOf('.gitignore')).toBeUndefined();
    expect(ruleOf('.gitattributes')).toBeUndefined();
    expect(ruleOf('docs/git/intro.md')).toBeUndefined();
  });

  it('PP-002 .github/workflows, the directory and everything in it', () => {
    expect(ruleOf('.github/workflows/ci.yml')).toBe('PP-002');
    expect(ruleOf('.github/workflows')).toBe('PP-002');
    expect(ruleOf('.GitHub/Workflows/CI.yml')).toBe('PP-002');
    expect(ruleOf('.github/workflows/../workflows/ci.yml')).toBe('PP-002');
    expect(ruleOf('.github\\workflows\\ci.yml')).toBe('PP-002');
    expect(ruleOf('packages/a/.github/workflows/ci.yml')).toBe('PP-002');
    expect(ruleOf('.github/ISSUE_TEMPLATE/bug.md')).toBeUndefined();
  });

  it('PP-003 .github/actions (local actions run inside workflows)', () => {
    expect(ruleOf('.github/actions/setup/action.yml')).toBe('PP-003');
  });

  it('PP-004 .github/drydock.yml and .yaml', () => {
    expect(ruleOf('.github/drydock.yml')).toBe('PP-004');
    expect(ruleOf('.github/DRYDOCK.YAML')).toBe('PP-004');
    expect(ruleOf('.github/drydock.yml.')).toBe('PP-004');
    expect(ruleOf('docs/drydock.yml')).toBeUndefined();
  });

  it('PP-005 credential files and directories', () => {
    for (const path of [
      '.env',
      './.env.local',
      'config/.env.production',
      '.ENV',
      'server.pem',
      'certs/server.KEY',
      'bundle.p12',
      'id_rsa',
      'home/.ssh/id_ed25519',
      'id_ecdsa_sk',
      '.ssh/config',
      '.npmrc',
      'packages/a/.npmrc',
      '.pypirc',
      '.netrc',
      '_netrc',
      '.git-credentials',
      '.aws/credentials',
      '.docker/config.json',
      '.gnupg/pubring.kbx',
    ]) {
      expect(ruleOf(path), path).toBe('PP-005');
    }
    for (const path of ['id_rsa.pub', 'src/identity.ts', '.envrc', 'env/config.ts', '.env/lib/site.py', '.aws/README.md', 'docker/config.json']) {
      expect(ruleOf(path), path).toBeUndefined();
    }
  });

  it('PP-006 isProtectedPath fails closed and distinguishes read from write', () => {
    expect(isProtectedPath('../outside')).toBe(true);
    expect(isProtectedPath('/etc/passwd', 'read')).toBe(true);
    expect(isProtectedPath('a\0b')).toBe(true);
    expect(isProtectedPath('.github/workflows/ci.yml', 'write')).toBe(true);
    expect(isProtectedPath('.github/workflows/ci.yml', 'read')).toBe(false);
    expect(isProtectedPath('.git/config', 'read')).toBe(true);
    expect(isProtectedPath('.env', 'read')).toBe(true);
    expect(isProtectedPath('src/index.ts')).toBe(false);
  });

  it('PP-007 every documented example is protected', () => {
    for (const path of PROTECTED_PATH_EXAMPLES) expect(isProtectedPath(path), path).toBe(true);
  });
});
