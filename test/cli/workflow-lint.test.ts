import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkflowText } from '../../src/adapters/workflow-parser.js';
import { runCli } from '../../src/cli/run-cli.js';
import { lintWorkflow } from '../../src/core/workflow-lint/index.js';
import { REPOSITORY_ROOT } from '../stages/support/run-bundle.js';
import { BAD_FIXTURES, SHIPPED_WORKFLOWS } from '../workflows/workflow-files.js';

const PIN = 'a6cf18ca6386ac0bea9365560bc4d0b63679a634';
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';

async function lint(source: string) {
  return lintWorkflow(await parseWorkflowText('inline.yml', source), source);
}

function temporaryWorkflow(source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'drydock-lint-')), 'workflow.yml');
  writeFileSync(path, source);
  return path;
}

/** A plan job and an implement job; `implement` is spliced in as the implement job's body. */
function pipeline(implement: string): string {
  return `on: workflow_dispatch
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-latest
    permissions: { contents: read, issues: write }
    outputs:
      digest: \${{ steps.planned.outputs.plan-digest }}
    steps:
      - uses: ${CHECKOUT}
      - id: planned
        uses: drydock/drydock/actions/plan@${PIN}
${implement}`;
}

describe('drydock workflow lint: the shipped workflows', () => {
  it.each(SHIPPED_WORKFLOWS)('%s passes', async (path) => {
    const output = await runCli(['workflow', 'lint', join(REPOSITORY_ROOT, path)]);
    expect(output.stdout).toBe('1 workflow file checked: no findings.\n');
    expect(output.exitCode).toBe(0);
  });

  it('checks them all in one call', async () => {
    const output = await runCli(['workflow', 'lint', ...SHIPPED_WORKFLOWS.map((path) => join(REPOSITORY_ROOT, path))]);
    expect(output.stdout).toBe(`${SHIPPED_WORKFLOWS.length} workflow files checked: no findings.\n`);
    expect(output.exitCode).toBe(0);
  });
});

describe('drydock workflow lint: one bad workflow per rule', () => {
  it('has a fixture for every rule', () => {
    expect(new Set(BAD_FIXTURES.map((fixture) => fixture.rule))).toEqual(new Set(['WL000', 'WL001', 'WL002', 'WL003', 'WL004', 'WL005']));
  });

  it.each(BAD_FIXTURES.map((fixture) => [`${fixture.rule} ${fixture.name}`, fixture] as const))('%s fails that rule only, with file:line', async (_, fixture) => {
    const output = await runCli(['workflow', 'lint', '--json', fixture.path]);
    const report = JSON.parse(output.stdout) as { files: Array<{ findings: Array<{ rule: string; line: number; column: number }> }> };
    const findings = report.files[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set([fixture.rule]));
    expect(output.exitCode).toBe(fixture.rule === 'WL000' ? 2 : 1);
    // The line each finding names holds what it is about.
    const lines = readFileSync(fixture.path, 'utf8').split('\n');
    for (const finding of findings) expect(lines[finding.line - 1]?.trim().length).toBeGreaterThan(0);
  });

  it('WL001 names the implement step line in text output', async () => {
    const fixture = BAD_FIXTURES.find((candidate) => candidate.name === 'wl001-implement-without-gate.yml')!;
    const output = await runCli(['workflow', 'lint', fixture.path]);
    expect(output.stdout).toContain(`${fixture.path}:23:15: WL001 Job 'implement' runs the implement action without an environment`);
    expect(output.stdout).toContain('1 finding in 1 file (WL001: implement and canary promotion jobs run behind an environment gate).');
  });

  it('WL000 reports where GitHub\'s parser stopped', async () => {
    const fixture = BAD_FIXTURES.find((candidate) => candidate.rule === 'WL000')!;
    const output = await runCli(['workflow', 'lint', fixture.path]);
    expect(output.stdout).toContain(`${fixture.path}:6:5: WL000 Required property is missing: runs-on`);
    expect(output.stdout).toContain(`${fixture.path}:8:5: WL000 Unexpected value 'colour'`);
  });
});

describe('drydock workflow lint: rule details', () => {
  it('WL001 accepts an environment given as a mapping, and a dry-run implement without one', async () => {
    const gated = pipeline(`  implement:
    needs: plan
    runs-on: ubuntu-latest
    environment: { name: review, url: https://example.com }
    permissions: { contents: write }
    steps:
      - uses: drydock/drydock/actions/implement@${PIN}
        with:
          plan-digest: \${{ needs.plan.outputs.digest }}
      - uses: drydock/drydock/actions/implement@${PIN}
        with:
          plan-digest: \${{ needs.plan.outputs.digest }}
          dry-run: true
`);
    expect(await lint(gated)).toEqual([]);
    const dryRunOnly = gated.replace('    environment: { name: review, url: https://example.com }\n', '').replace(/ {6}- uses: drydock\/drydock\/actions\/implement@[0-9a-f]+\n {8}with:\n {10}plan-digest: \$\{\{ needs\.plan\.outputs\.digest \}\}\n(?= {6}- )/, '');
    expect(await lint(dryRunOnly)).toEqual([]);
  });

  it('WL001 flags a call of the pipeline that empties a gate', async () => {
    const findings = await lint(`on: workflow_dispatch
jobs:
  drydock:
    uses: drydock/drydock/.github/workflows/drydock.yml@${PIN}
    permissions: { contents: write, pull-requests: write, issues: write }
    with:
      implement-environment: ''
      promote-environment: production
`);
    expect(findings.map((finding) => [finding.rule, finding.position.line])).toEqual([['WL001', 7]]);
  });

  it('WL001 gates plan-and-implement too', async () => {
    const findings = await lint(`on: workflow_dispatch
permissions: { contents: write, pull-requests: write, issues: write }
jobs:
  both:
    runs-on: ubuntu-latest
    steps:
      - uses: drydock/drydock/actions/plan-and-implement@${PIN}
`);
    expect(findings.map((finding) => [finding.rule, finding.position.line])).toEqual([['WL001', 7]]);
  });

  it('WL002 checks a call of the reusable pipeline against every stage\'s needs', async () => {
    const findings = await lint(`on: workflow_dispatch
jobs:
  drydock:
    uses: drydock/drydock/.github/workflows/drydock.yml@${PIN}
    permissions: { contents: write, packages: write }
`);
    expect(findings.map((finding) => [finding.rule, finding.position.line, finding.message])).toEqual([
      ['WL002', 5, "Job 'drydock' grants `packages: write`, but the job runs the Drydock pipeline, which needs no packages access."],
    ]);
  });

  it('WL003 accepts local actions and digest-pinned images, and refuses tagged images', async () => {
    const findings = await lint(`on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./actions/local
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
      - uses: docker://alpine:3.20
      - uses: some/action
`);
    expect(findings.map((finding) => [finding.rule, finding.position.line])).toEqual([
      ['WL003', 9],
      ['WL003', 10],
    ]);
  });

  it('WL004 accepts the bracket form and a plan step in the same job, and refuses a job not in needs', async () => {
    const bracket = pipeline(`  implement:
    needs: [plan]
    runs-on: ubuntu-latest
    environment: review
    permissions: { contents: write }
    steps:
      - uses: drydock/drydock/actions/implement@${PIN}
        with: { plan-digest: "\${{ needs.plan.outputs['digest'] }}" }
`);
    expect(await lint(bracket)).toEqual([]);
    const notNeeded = bracket.replace('    needs: [plan]\n', '');
    expect((await lint(notNeeded)).map((finding) => finding.rule)).toEqual(['WL004']);
    const sameJob = `on: workflow_dispatch
permissions: { contents: write, issues: write }
jobs:
  one:
    runs-on: ubuntu-latest
    environment: review
    steps:
      - id: p
        uses: ./actions/plan
      - uses: ./actions/implement
        with:
          plan-digest: \${{ steps.p.outputs.plan-digest }}
`;
    expect(await lint(sameJob)).toEqual([]);
    // The digest of a step that is not a plan step is no approval.
    expect((await lint(sameJob.replace('uses: ./actions/plan', 'uses: ./actions/other'))).map((finding) => finding.rule)).toEqual(['WL004']);
    // Nor is a missing one.
    expect((await lint(sameJob.replace(/\n {8}with:\n.*\n/, '\n'))).map((finding) => finding.rule)).toEqual(['WL004']);
  });

  it('WL005 allows untrusted text passed through env, and flags it in a github-script script', async () => {
    const findings = await lint(`on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          BODY: \${{ github.event.comment.body }}
        run: echo "$BODY"
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
        with:
          script: console.log("\${{ github.event.comment.body }}")
      - run: git checkout \${{ github.head_ref }}
`);
    expect(findings.map((finding) => [finding.rule, finding.position.line])).toEqual([
      ['WL005', 12],
      ['WL005', 13],
    ]);
  });

  it('a drydock-lint-ignore comment acknowledges one rule on its line or the line below', async () => {
    const fixture = BAD_FIXTURES.find((candidate) => candidate.name === 'wl001-implement-without-gate.yml')!;
    const source = readFileSync(fixture.path, 'utf8').replace(
      '      - uses: drydock/drydock/actions/implement@',
      '      # drydock-lint-ignore WL001 gated on the draft pull request instead\n      - uses: drydock/drydock/actions/implement@',
    );
    const acknowledged = await runCli(['workflow', 'lint', temporaryWorkflow(source)]);
    expect(acknowledged.exitCode).toBe(0);
    const otherRule = await runCli(['workflow', 'lint', temporaryWorkflow(source.replace('WL001 gated', 'WL003 gated'))]);
    expect(otherRule.exitCode).toBe(1);
  });
});

describe('drydock workflow lint: usage and unreadable files', () => {
  it('exits 2 naming a file it cannot read, and still lints the others', async () => {
    const good = join(REPOSITORY_ROOT, '.github/workflows/drydock.yml');
    const output = await runCli(['workflow', 'lint', '/nonexistent/workflow.yml', good]);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(/^drydock: cannot read \/nonexistent\/workflow\.yml: .*ENOENT/);
  });

  it('exits 64 without a file or with an unknown option', async () => {
    expect((await runCli(['workflow', 'lint'])).exitCode).toBe(64);
    expect((await runCli(['workflow', 'lint', '--fix', 'a.yml'])).exitCode).toBe(64);
    expect((await runCli(['workflow', 'check'])).stderr).toContain("unknown workflow subcommand 'check'");
  });
});
