import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { assessRisk, MAX_LISTED_DEPENDENTS, type RiskAssessmentInput } from '../../../src/core/risk/assess-risk.js';
import { parseCodeOwners } from '../../../src/core/risk/codeowners.js';
import { RISK_POINTS } from '../../../src/core/risk/risk-factors.js';
import type { RiskFactorName, RiskTargetFile } from '../../../src/core/risk/risk-types.js';

/** Reverse imports: for each file, the files that import it directly. */
function graph(edges: Record<string, string[]>): (path: string) => string[] {
  return (path) => edges[path] ?? [];
}

function input(targetFiles: RiskTargetFile[], overrides: Partial<RiskAssessmentInput> = {}): RiskAssessmentInput {
  const { risk } = defaultConfig();
  return {
    targetFiles,
    dependentsOf: graph({}),
    sensitiveAreas: risk.sensitiveAreas,
    thresholds: risk.thresholds,
    dependentsDepth: risk.dependentsDepth,
    ...overrides,
  };
}

function factorNames(assessment: ReturnType<typeof assessRisk>): RiskFactorName[] {
  return assessment.factors.map((factor) => factor.name);
}

const importers = (count: number, prefix = 'src/feature') => Array.from({ length: count }, (_, index) => `${prefix}-${String(index).padStart(2, '0')}/index.ts`);

describe('assessRisk', () => {
  it('RK-001 a docs-only change is low risk', () => {
    const assessment = assessRisk(
      input([
        { path: 'README.md', change: 'modify' },
        { path: 'docs/guide/setup.md', change: 'modify' },
      ]),
    );
    expect(assessment.level).toBe('low');
    expect(assessment.factors).toEqual([{ name: 'files-changed', detail: '2 existing files changed, 0 new files', weight: 4 }]);
    expect(assessment.score).toBe(4);
    expect(assessment.blastRadius).toEqual({ dependents: [], totalDependents: 0, owners: [] });
  });

  it('RK-002 a migration is at least medium, with the sensitive-area factor named', () => {
    const added = assessRisk(input([{ path: 'services/db/migrations/0042_add_index.sql', change: 'add' }]));
    expect(['medium', 'high']).toContain(added.level);
    const area = added.factors.find((factor) => factor.name === 'sensitive-area');
    expect(area).toEqual({
      name: 'sensitive-area',
      detail: 'services/db/migrations/0042_add_index.sql in a sensitive area (**/migrations/**): database migrations change stored data and are hard to undo',
      weight: 30,
    });

    const changed = assessRisk(input([{ path: 'Db/Migrations/20240101_Init.sql', change: 'modify' }]));
    expect(changed.level).toBe('medium');
    expect(changed.factors.find((factor) => factor.name === 'sensitive-area')?.detail).toMatch(/^Db\/Migrations\/20240101_Init\.sql in a sensitive area \(\*\*\/migrations\/\*\*\)/);

    const withAuth = assessRisk(input([{ path: 'migrations/0043.sql', change: 'modify' }, { path: 'src/auth/session.go', change: 'modify' }], { testFiles: ['src/auth/session_test.go'] }));
    expect(withAuth.level).toBe('high');
    expect(withAuth.factors.filter((factor) => factor.name === 'sensitive-area')).toHaveLength(2);
  });

  it('RK-003 a widely imported module without tests is high, with dependents and no-tests factors', () => {
    const direct = importers(12);
    const edges: Record<string, string[]> = { 'src/util/strings.ts': direct, [direct[0] as string]: ['src/app.ts'] };
    const assessment = assessRisk(input([{ path: 'src/util/strings.ts', change: 'modify' }], { dependentsOf: graph(edges), testFiles: ['test/app.test.ts'] }));
    expect(assessment.level).toBe('high');
    expect(factorNames(assessment)).toEqual(['files-changed', 'dependents', 'untested']);
    const dependents = assessment.factors.find((factor) => factor.name === 'dependents');
    expect(dependents?.weight).toBe(RISK_POINTS.dependentsCap);
    expect(dependents?.detail).toMatch(/^13 files import the changed files within 3 import levels: src\/app\.ts, src\/feature-00\/index\.ts, .* and 8 more$/);
    expect(assessment.factors.find((factor) => factor.name === 'untested')).toEqual({
      name: 'untested',
      detail: 'no test found for 1 changed module, by name or by import: src/util/strings.ts',
      weight: RISK_POINTS.perUntestedModule,
    });
    expect(assessment.blastRadius.totalDependents).toBe(13);
    expect(assessment.blastRadius.dependents).toContain('src/app.ts');

    // The same change with a test that imports the module: no longer untested, so no longer high.
    const tested = assessRisk(
      input([{ path: 'src/util/strings.ts', change: 'modify' }], {
        dependentsOf: graph({ ...edges, 'src/util/strings.ts': [...direct, 'test/unit/text-helpers.test.ts'] }),
      }),
    );
    expect(factorNames(tested)).toEqual(['files-changed', 'dependents']);
    expect(tested.level).toBe('medium');
    expect(tested.factors[1]?.detail).toMatch(/; 1 test also imports them$/);
  });

  it('RK-004 CODEOWNERS: the last matching rule decides the owners in the blast radius', () => {
    const codeowners = parseCodeOwners('* @octo-org/everyone\n/src/ @octo-org/core\n/src/billing/ @octo-org/billing @alice\n/src/billing/README.md\n');
    const assessment = assessRisk(
      input(
        [
          { path: 'src/billing/invoice.ts', change: 'add' },
          { path: 'src/billing/README.md', change: 'modify' },
          { path: 'src/index.ts', change: 'add' },
        ],
        { codeowners },
      ),
    );
    expect(assessment.blastRadius.owners).toEqual(['@alice', '@octo-org/billing', '@octo-org/core']);
    expect(assessment.factors.find((factor) => factor.name === 'owners')).toEqual({
      name: 'owners',
      detail: 'the changed files belong to 3 owners: @alice, @octo-org/billing, @octo-org/core; 1 file without an owner: src/billing/README.md',
      weight: 2 * RISK_POINTS.perExtraOwner,
    });
  });

  it('RK-005 deterministic: the same inputs, in any order, give the same assessment', () => {
    const targets: RiskTargetFile[] = [
      { path: 'src/auth/login.ts', change: 'modify' },
      { path: 'src/util/strings.ts', change: 'modify' },
      { path: 'db/migrations/007.sql', change: 'add' },
      { path: 'src/old.ts', change: 'delete' },
    ];
    const edges = { 'src/util/strings.ts': importers(6), 'src/old.ts': ['src/a.ts', 'src/b.ts'], 'src/a.ts': ['src/c.ts'] };
    const history = {
      churn: new Map([['src/util/strings.ts', 9], ['src/auth/login.ts', 3]]),
      fixOrRevertCommits: new Map([['src/auth/login.ts', 2]]),
    };
    const codeowners = parseCodeOwners('* @core\n/src/auth/ @security\n');
    const first = assessRisk(input(targets, { dependentsOf: graph(edges), history, codeowners }));
    const reversedEdges = (path: string) => [...graph(edges)(path)].reverse();
    const second = assessRisk(input([...targets].reverse(), { dependentsOf: reversedEdges, history, codeowners }));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(factorNames(first)).toEqual(['files-changed', 'deletions', 'dependents', 'sensitive-area', 'sensitive-area', 'owners', 'churn', 'fix-history', 'untested']);
    for (const factor of first.factors) expect(factor.detail.length).toBeGreaterThan(10);
    expect(first.level).toBe('high');
  });

  it('RK-006 dependents: depth-limited, cycle-safe, target files excluded, list capped with a total', () => {
    const chain = graph({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts', 'a.ts'], 'c.ts': ['d.ts'], 'd.ts': ['e.ts'], 'e.ts': ['a.ts'] });
    expect(assessRisk(input([{ path: 'a.ts', change: 'modify' }], { dependentsOf: chain, testFiles: ['a.test.ts'] })).blastRadius.dependents).toEqual(['b.ts', 'c.ts', 'd.ts']);
    const shallow = assessRisk(input([{ path: 'a.ts', change: 'modify' }], { dependentsOf: chain, dependentsDepth: 1, testFiles: ['a.test.ts'] }));
    expect(shallow.blastRadius.dependents).toEqual(['b.ts']);
    expect(shallow.factors[1]?.detail).toBe('1 file imports the changed files directly: b.ts');
    expect(assessRisk(input([{ path: 'a.ts', change: 'modify' }, { path: 'c.ts', change: 'modify' }], { dependentsOf: chain, dependentsDepth: 1 })).blastRadius.dependents).toEqual(['b.ts', 'd.ts']);

    const many = assessRisk(input([{ path: 'src/core.ts', change: 'modify' }], { dependentsOf: graph({ 'src/core.ts': importers(60) }) }));
    expect(many.blastRadius.dependents).toHaveLength(MAX_LISTED_DEPENDENTS);
    expect(many.blastRadius.totalDependents).toBe(60);
    expect(many.factors.find((factor) => factor.name === 'dependents')?.weight).toBe(RISK_POINTS.dependentsCap);
  });

  it('RK-007 churn and fix/revert history of existing target files add points; new files have none', () => {
    const history = {
      churn: new Map([['src/hot.ts', 13], ['src/new.ts', 50]]),
      fixOrRevertCommits: new Map([['src/hot.ts', 2]]),
    };
    const assessment = assessRisk(input([{ path: 'src/hot.ts', change: 'modify' }, { path: 'src/new.ts', change: 'add' }], { history, testFiles: ['src/hot.test.ts'] }));
    expect(assessment.factors.find((factor) => factor.name === 'churn')).toEqual({ name: 'churn', detail: '13 recent commits touched the changed files: src/hot.ts (13)', weight: 3 });
    expect(assessment.factors.find((factor) => factor.name === 'fix-history')).toEqual({
      name: 'fix-history',
      detail: '2 recent fix or revert commits touched the changed files: src/hot.ts (2)',
      weight: 2 * RISK_POINTS.perFixOrRevert,
    });
    expect(assessRisk(input([{ path: 'src/hot.ts', change: 'modify' }], { testFiles: ['src/hot.test.ts'] })).factors).toHaveLength(1);
  });

  it('RK-008 a module counts as tested by testsCovering, by naming convention, by a test importing it, or by a test the plan writes', () => {
    const target: RiskTargetFile[] = [{ path: 'src/parser.ts', change: 'modify' }];
    const untested = (extra: Partial<RiskAssessmentInput>, targets = target) => factorNames(assessRisk(input(targets, extra))).includes('untested');
    expect(untested({})).toBe(true);
    expect(untested({ testsCovering: (path) => (path === 'src/parser.ts' ? ['e2e/parse-flow.ts'] : []) })).toBe(false);
    expect(untested({ testFiles: ['test/parser.test.ts'] })).toBe(false);
    expect(untested({ testFiles: ['src/other/parser.test.ts'] })).toBe(true);
    expect(untested({ dependentsOf: graph({ 'src/parser.ts': ['__tests__/integration.ts'] }) })).toBe(false);
    expect(untested({}, [...target, { path: 'src/parser.spec.ts', change: 'add' }])).toBe(false);
    // Only source modules need tests.
    expect(untested({}, [{ path: 'config/settings.yml', change: 'modify' }])).toBe(false);
  });

  it('RK-009 deletions weigh more than changes, and what imports a deleted file is in the blast radius', () => {
    const assessment = assessRisk(input([{ path: 'src/legacy.ts', change: 'delete' }], { dependentsOf: graph({ 'src/legacy.ts': ['src/a.ts', 'src/b.ts'] }) }));
    expect(assessment.factors.slice(0, 3)).toEqual([
      { name: 'files-changed', detail: '0 existing files changed, 0 new files', weight: 0 },
      { name: 'deletions', detail: '1 file deleted: src/legacy.ts', weight: RISK_POINTS.perDeletedFile },
      { name: 'dependents', detail: '2 files import the changed files within 3 import levels: src/a.ts, src/b.ts', weight: 2 * RISK_POINTS.perDependent },
    ]);
    expect(factorNames(assessment)).not.toContain('untested');
  });

  it('RK-010 a plan of new files only scores lower, never below 0', () => {
    const onlyNew = assessRisk(input([{ path: 'docs/new-page.md', change: 'add' }]));
    expect(onlyNew.factors.at(-1)).toEqual({
      name: 'new-files-only',
      detail: 'every target file is new, so no existing behaviour changes until it is wired in',
      weight: RISK_POINTS.newFilesOnly,
    });
    expect(onlyNew.score).toBe(0);
    expect(onlyNew.level).toBe('low');
    const mixed = assessRisk(input([{ path: 'docs/new-page.md', change: 'add' }, { path: 'docs/index.md', change: 'modify' }]));
    expect(factorNames(mixed)).not.toContain('new-files-only');
  });

  it('RK-011 paths are normalized and a path listed twice counts once, with its strongest change', () => {
    const assessment = assessRisk(
      input([
        { path: './src/a.ts', change: 'modify' },
        { path: 'src/a.ts', change: 'delete' },
        { path: 'src//a.ts', change: 'add' },
      ]),
    );
    expect(assessment.factors[1]).toEqual({ name: 'deletions', detail: '1 file deleted: src/a.ts', weight: RISK_POINTS.perDeletedFile });
  });

  it('RK-012 custom areas and thresholds from the config are honoured; inconsistent thresholds are refused', () => {
    const areas = [{ paths: ['billing/**'], weight: 50 }];
    const assessment = assessRisk(input([{ path: 'billing/rates.yml', change: 'modify' }], { sensitiveAreas: areas, thresholds: { medium: 10, high: 45 } }));
    expect(assessment.level).toBe('high');
    expect(assessment.factors[1]?.detail).toBe('billing/rates.yml in a sensitive area (billing/**): configured as sensitive');
    expect(() => assessRisk(input([], { thresholds: { medium: 40, high: 40 } }))).toThrow(RangeError);
    expect(() => assessRisk(input([], { dependentsDepth: 1.5 }))).toThrow(RangeError);
    expect(assessRisk(input([])).level).toBe('low');
  });
});
