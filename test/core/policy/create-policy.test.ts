import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { createPolicy } from '../../../src/core/policy/create-policy.js';
import type { PolicyAction, PolicyDecision } from '../../../src/core/policy/policy.js';
import { POLICY_RULES } from '../../../src/core/policy/policy-rules.js';

/** A config that grants as much as a config can, so tests show what stays denied anyway. */
const GENEROUS = loadConfig(
  `version: 1
identities:
  implementer:
    read: ["**"]
    write: ["**", ".github/**", ".git/**", "**/.env*"]
    commands:
      - [npm, test]
      - [npx, vitest, run, "*"]
      - [git, "**"]
    github: { push: 2, label: 3 }
    hosts: [registry.npmjs.org, "*.githubusercontent.com"]
    approval:
      commands: [[npm, publish, "**"], [rm, "**"]]
      write: [package.json, "**/package-lock.json"]
  deployer:
    commands: [[kubectl, rollout, "*", "**"]]
validators:
  test: { argv: [npm, run, "test:unit"], timeoutSeconds: 600 }
  deploy-check: { argv: [make, check], identities: [deployer] }
`,
  '.github/drydock.yml',
).config;

function decide(identity: string, action: PolicyAction): PolicyDecision {
  return createPolicy(GENEROUS).evaluate(identity, action);
}

const write = (path: string): PolicyAction => ({ type: 'write', path });
const read = (path: string): PolicyAction => ({ type: 'read', path });
const command = (...argv: string[]): PolicyAction => ({ type: 'command', argv });

describe('policy: identities', () => {
  it('PI-001 denies an unknown identity everything, including prototype names', () => {
    for (const identity of ['robot', 'Implementer', '__proto__', 'toString', '']) {
      expect(decide(identity, read('README.md')), identity).toMatchObject({ decision: 'deny', rule: 'PI-001' });
    }
  });

  it('PI-002 identities cannot borrow each other permissions', () => {
    expect(decide('implementer', write('src/a.ts')).decision).toBe('allow');
    expect(decide('deployer', write('src/a.ts'))).toMatchObject({ decision: 'deny', rule: 'PW-002' });
    expect(decide('implementer', command('kubectl', 'rollout', 'status', 'x')).decision).toBe('deny');
    expect(decide('deployer', command('kubectl', 'rollout', 'status', 'deploy/web')).decision).toBe('allow');
    expect(decide('deployer', { type: 'github', operation: 'push' })).toMatchObject({ decision: 'deny', rule: 'PG-002' });
  });

  it('PA-001 denies an action of an unknown type', () => {
    expect(decide('implementer', { type: 'delete-repo' } as unknown as PolicyAction)).toMatchObject({ decision: 'deny', rule: 'PA-001' });
    expect(decide('implementer', null as unknown as PolicyAction)).toMatchObject({ decision: 'deny', rule: 'PA-001' });
  });

  it('every rule a decision cites is in the catalogue', () => {
    const policy = createPolicy(GENEROUS);
    const actions: PolicyAction[] = [read('x'), write('.git/x'), command('ls'), { type: 'github', operation: 'push' }, { type: 'network', host: 'x.org' }];
    for (const action of actions) expect(Object.keys(POLICY_RULES)).toContain(policy.evaluate('implementer', action).rule);
  });
});

describe('policy: paths', () => {
  it('PP-001 denies writes under .git/ whatever the config says', () => {
    for (const path of ['.git/config', '.GIT/config', 'src/../.git/config', 'a/.git/hooks/x', 'sub/.git', '.git/HEAD']) {
      const decision = decide('implementer', write(path));
      expect(decision, path).toMatchObject({ decision: 'deny', rule: 'PP-001' });
      expect(decision.reason).toMatch(/whatever the config says/);
    }
  });

  it('PP-001 denies reads of .git too: actions/checkout may keep a token in .git/config', () => {
    expect(decide('planner', read('.git/config'))).toMatchObject({ decision: 'deny', rule: 'PP-001' });
  });

  it('PP-002 denies writes to workflows whatever the config says, but lets them be read', () => {
    expect(decide('implementer', write('.github/workflows/../workflows/ci.yml'))).toMatchObject({ decision: 'deny', rule: 'PP-002' });
    expect(decide('implementer', write('.github/WORKFLOWS/ci.yml'))).toMatchObject({ decision: 'deny', rule: 'PP-002' });
    expect(decide('implementer', read('.github/workflows/ci.yml'))).toMatchObject({ decision: 'allow', rule: 'PR-001' });
    expect(decide('implementer', write('.github/ISSUE_TEMPLATE/bug.md'))).toMatchObject({ decision: 'allow', rule: 'PW-001' });
  });

  it('PP-003 and PP-004 deny writes to local actions and to the Drydock config', () => {
    expect(decide('implementer', write('.github/actions/setup/action.yml')).rule).toBe('PP-003');
    expect(decide('implementer', write('.github/drydock.yml')).rule).toBe('PP-004');
  });

  it('PP-005 denies reading and writing credential files whatever the config says', () => {
    for (const path of ['./.env.local', '.env', 'deploy/server.pem', '.ssh/id_rsa', '.npmrc']) {
      expect(decide('implementer', write(path)), path).toMatchObject({ decision: 'deny', rule: 'PP-005' });
      expect(decide('implementer', read(path)), path).toMatchObject({ decision: 'deny', rule: 'PP-005' });
    }
  });

  it('PP-008 approval lists cannot open protected paths either', () => {
    const config = defaultConfig();
    config.identities.implementer.approval.write = ['**'];
    expect(createPolicy(config).evaluate('implementer', write('.github/workflows/ci.yml'))).toMatchObject({ decision: 'deny', rule: 'PP-002' });
  });

  it('PN-001..PN-004 deny paths that cannot be normalized, before anything else', () => {
    expect(decide('implementer', write('src/a\0.ts'))).toMatchObject({ decision: 'deny', rule: 'PN-001' });
    expect(decide('implementer', write('/etc/passwd'))).toMatchObject({ decision: 'deny', rule: 'PN-002' });
    expect(decide('implementer', read('../other-repo/secret'))).toMatchObject({ decision: 'deny', rule: 'PN-003' });
    expect(decide('implementer', write('src/\u202eevil.ts'))).toMatchObject({ decision: 'deny', rule: 'PN-004' });
    expect(decide('implementer', write('.'))).toMatchObject({ decision: 'deny', rule: 'PN-001' });
    expect(decide('implementer', read('.'))).toMatchObject({ decision: 'allow', rule: 'PR-001' });
  });

  it('PR-001/PR-002 reads follow the identity read globs', () => {
    const config = defaultConfig();
    config.identities.planner.read = ['src/**', 'docs/**'];
    const policy = createPolicy(config);
    expect(policy.evaluate('planner', read('src/a.ts'))).toMatchObject({ decision: 'allow', rule: 'PR-001', source: 'identities.planner.read[0]' });
    const denied = policy.evaluate('planner', read('secrets/a.txt'));
    expect(denied).toMatchObject({ decision: 'deny', rule: 'PR-002' });
    expect(denied.reason).toContain('src/**, docs/**');
  });

  it('PW-001/PW-002 writes follow the identity write globs; the defaults give the planner none', () => {
    expect(createPolicy(defaultConfig()).evaluate('planner', write('src/a.ts'))).toMatchObject({ decision: 'deny', rule: 'PW-002' });
    expect(createPolicy(defaultConfig()).evaluate('implementer', write('src/a.ts'))).toMatchObject({ decision: 'allow', rule: 'PW-001' });
  });

  it('PW-003 writes matching approval.write need a human, whatever their case', () => {
    expect(decide('implementer', write('package.json'))).toMatchObject({ decision: 'needs-approval', rule: 'PW-003', source: 'identities.implementer.approval.write[0]' });
    expect(decide('implementer', write('PACKAGE.JSON'))).toMatchObject({ decision: 'needs-approval', rule: 'PW-003' });
    expect(decide('implementer', write('apps/web/package-lock.json'))).toMatchObject({ decision: 'needs-approval' });
  });
});

describe('policy: commands', () => {
  it('PC-001 allows commands matching an argv pattern, naming the pattern', () => {
    expect(decide('implementer', command('npx', 'vitest', 'run', 'test/a.test.ts'))).toMatchObject({
      decision: 'allow',
      rule: 'PC-001',
      source: 'identities.implementer.commands[1]',
    });
  });

  it('PC-002 allows a validator exactly as configured, only for the identities it names', () => {
    expect(decide('implementer', command('npm', 'run', 'test:unit'))).toMatchObject({ decision: 'allow', rule: 'PC-002', source: 'validators.test' });
    expect(decide('triager', command('npm', 'run', 'test:unit'))).toMatchObject({ decision: 'allow', rule: 'PC-002' });
    expect(decide('planner', command('npm', 'run', 'test:unit'))).toMatchObject({ decision: 'deny', rule: 'PC-004' });
    expect(decide('triager', command('npm', 'run', 'test:unit', '--', '-u'))).toMatchObject({ decision: 'deny', rule: 'PC-004' });
    expect(decide('deployer', command('make', 'check')).rule).toBe('PC-002');
    expect(decide('implementer', command('make', 'check')).rule).toBe('PC-004');
  });

  it('PC-003 commands matching approval.commands need a human, even when allowed and however the program is spelled', () => {
    const config = defaultConfig();
    config.identities.implementer.commands = [['npm', '**'], ['/bin/rm', '**']];
    config.identities.implementer.approval.commands = [['npm', 'publish', '**'], ['rm', '**']];
    const policy = createPolicy(config);
    expect(policy.evaluate('implementer', command('npm', 'publish'))).toMatchObject({ decision: 'needs-approval', rule: 'PC-003' });
    expect(policy.evaluate('implementer', command('/bin/rm', '-rf', 'dist'))).toMatchObject({ decision: 'needs-approval', rule: 'PC-003' });
    expect(policy.evaluate('implementer', command('npm', 'install'))).toMatchObject({ decision: 'allow', rule: 'PC-001' });
  });

  it('PC-004 denies unmatched commands and lists what is allowed', () => {
    const decision = decide('implementer', command('curl', 'https://evil.example'));
    expect(decision).toMatchObject({ decision: 'deny', rule: 'PC-004' });
    expect(decision.reason).toContain('[npm, test]');
    expect(decide('implementer', command('npm', 'test', '&&', 'curl', 'x')).decision).toBe('deny');
  });

  it('PC-005 denies malformed argv', () => {
    for (const argv of [[], [''], ['npm', 'a\0'], 'npm test', [1, 2]]) {
      expect(decide('implementer', { type: 'command', argv } as unknown as PolicyAction), JSON.stringify(argv)).toMatchObject({ decision: 'deny', rule: 'PC-005' });
    }
  });

  it('PC-006 built-in git guards beat even a [git, **] pattern', () => {
    expect(decide('implementer', command('git', 'log', '--output=.git/hooks/pre-commit'))).toMatchObject({ decision: 'deny', rule: 'PC-006' });
    expect(createPolicy(defaultConfig()).evaluate('planner', command('git', 'grep', '-Oevil', 'x')).rule).toBe('PC-006');
  });

  it('PC-007 the defaults let the planner run read-only git and nothing else', () => {
    const policy = createPolicy(defaultConfig());
    expect(policy.evaluate('planner', command('git', 'log', '--oneline', '-n', '20')).decision).toBe('allow');
    expect(policy.evaluate('planner', command('git', 'push')).decision).toBe('deny');
    expect(policy.evaluate('planner', command('npm', 'test')).decision).toBe('deny');
    expect(policy.evaluate('deployer', command('git', 'log')).decision).toBe('deny');
  });
});

describe('policy: GitHub operations', () => {
  it('PG-001/PG-003 counts are per identity, consumed only by allowed consume calls', () => {
    const policy = createPolicy(GENEROUS);
    const push = { type: 'github', operation: 'push' } as const;
    expect(policy.evaluate('implementer', push).decision).toBe('allow');
    expect(policy.evaluate('implementer', push).decision).toBe('allow');
    expect(policy.githubUsage()).toEqual({});
    expect(policy.consume('implementer', push)).toMatchObject({ decision: 'allow', rule: 'PG-001' });
    expect(policy.consume('implementer', push).decision).toBe('allow');
    const third = policy.consume('implementer', push);
    expect(third).toMatchObject({ decision: 'deny', rule: 'PG-003' });
    expect(third.reason).toContain('2 used, 1 more asked');
    expect(policy.githubUsage()).toEqual({ implementer: { push: 2 } });
  });

  it('PG-003 a denied call consumes nothing, so a smaller one can still pass', () => {
    const policy = createPolicy(GENEROUS);
    expect(policy.consume('implementer', { type: 'github', operation: 'label', count: 5 }).decision).toBe('deny');
    expect(policy.githubUsage()).toEqual({});
    expect(policy.consume('implementer', { type: 'github', operation: 'label', count: 3 }).decision).toBe('allow');
    expect(policy.evaluate('implementer', { type: 'github', operation: 'label' }).decision).toBe('deny');
  });

  it('PG-002 operations absent or set to 0 are not granted', () => {
    const config = defaultConfig();
    config.identities.planner.github.label = 0;
    const policy = createPolicy(config);
    expect(policy.evaluate('planner', { type: 'github', operation: 'label' })).toMatchObject({ decision: 'deny', rule: 'PG-002' });
    expect(policy.evaluate('planner', { type: 'github', operation: 'push' })).toMatchObject({ decision: 'deny', rule: 'PG-002' });
  });

  it('PG-004/PG-005 unknown operations and invalid counts are denied', () => {
    expect(decide('implementer', { type: 'github', operation: 'merge' })).toMatchObject({ decision: 'deny', rule: 'PG-004' });
    expect(decide('implementer', { type: 'github', operation: 'toString' })).toMatchObject({ decision: 'deny', rule: 'PG-004' });
    for (const count of [0, -1, 1.5, Number.NaN]) {
      expect(decide('implementer', { type: 'github', operation: 'push', count }), String(count)).toMatchObject({ decision: 'deny', rule: 'PG-005' });
    }
  });

  it('PG-006 counts restored from an earlier attempt carry on', () => {
    const policy = createPolicy(GENEROUS, { githubUsage: { implementer: { push: 2 } } });
    expect(policy.consume('implementer', { type: 'github', operation: 'push' })).toMatchObject({ decision: 'deny', rule: 'PG-003' });
    expect(() => createPolicy(GENEROUS, { githubUsage: { implementer: { push: -1 } } })).toThrow(/at least 0/);
  });
});

describe('policy: network', () => {
  it('PH-001/PH-002/PH-003 hosts follow the identity host list; the defaults allow none', () => {
    expect(decide('implementer', { type: 'network', host: 'Registry.npmjs.org' })).toMatchObject({ decision: 'allow', rule: 'PH-001' });
    expect(decide('implementer', { type: 'network', host: 'raw.githubusercontent.com' }).decision).toBe('allow');
    expect(decide('implementer', { type: 'network', host: 'evil.example' })).toMatchObject({ decision: 'deny', rule: 'PH-002' });
    expect(decide('implementer', { type: 'network', host: 'registry.npmjs.org:443' })).toMatchObject({ decision: 'deny', rule: 'PH-003' });
    expect(decide('deployer', { type: 'network', host: 'registry.npmjs.org' }).decision).toBe('deny');
  });
});

describe('policy: recording', () => {
  it('PD-001 every decision is recorded, allowed or not, once per call', () => {
    const recorded: Array<[string, PolicyAction, PolicyDecision]> = [];
    const policy = createPolicy(GENEROUS, { record: (identity, action, decision) => recorded.push([identity, action, decision]) });
    policy.evaluate('implementer', read('README.md'));
    policy.evaluate('robot', read('README.md'));
    policy.consume('implementer', { type: 'github', operation: 'push' });
    expect(recorded.map(([identity, action, decision]) => [identity, action.type, decision.decision])).toEqual([
      ['implementer', 'read', 'allow'],
      ['robot', 'read', 'deny'],
      ['implementer', 'github', 'allow'],
    ]);
  });

  it('PD-002 when recording fails, the count is not consumed', () => {
    const policy = createPolicy(GENEROUS, {
      record: () => {
        throw new Error('journal is full');
      },
    });
    expect(() => policy.consume('implementer', { type: 'github', operation: 'push' })).toThrow('journal is full');
    expect(policy.githubUsage()).toEqual({});
  });
});
