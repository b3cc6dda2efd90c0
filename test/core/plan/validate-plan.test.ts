import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { createPolicy } from '../../../src/core/policy/create-policy.js';
import { validatePlan } from '../../../src/core/plan/validate-plan.js';
import type { PlanDraft } from '../../../src/core/plan/plan-schema.js';
import { task, testPolicy, validDraft } from './plan-fixtures.js';

function validate(draft: PlanDraft, options: { fileExists?: (path: string) => boolean } = {}) {
  return validatePlan(draft, { policy: testPolicy(), identity: 'implementer', ...options });
}

describe('validatePlan', () => {
  it('PL-001 a valid plan passes with no issues and no flags, and every decision reaches the policy recorder', () => {
    const decisions: Parameters<typeof testPolicy>[0] = [];
    const result = validatePlan(validDraft(), { policy: testPolicy(decisions) });
    expect(result).toMatchObject({ ok: true, issues: [], flags: [], tasksNeedingApproval: [] });
    expect(result.draft).toEqual(validDraft());
    expect(decisions.map((entry) => [entry.identity, entry.action.type, entry.decision.decision])).toEqual([
      ['implementer', 'write', 'allow'],
      ['implementer', 'write', 'allow'],
      ['implementer', 'write', 'allow'],
      ['implementer', 'command', 'allow'],
      ['implementer', 'command', 'allow'],
    ]);
  });

  it('PL-002 a dependency cycle is reported with its path', () => {
    const draft: PlanDraft = {
      summary: 'cycle',
      tasks: [task('t1', { dependsOn: ['t3'] }), task('t2'), task('t3', { dependsOn: ['t2', 't1'] })],
    };
    const result = validate(draft);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'dependency-cycle',
        taskId: 't1',
        message: 'Tasks depend on each other in a cycle: t1 → t3 → t1 (each depends on the next), so none of them can start. Remove one of these dependencies.',
      },
    ]);
  });

  it('PL-003 longer cycles and separate cycles are each reported once', () => {
    const draft: PlanDraft = {
      summary: 'cycles',
      tasks: [task('a', { dependsOn: ['b'] }), task('b', { dependsOn: ['c'] }), task('c', { dependsOn: ['a'] }), task('d', { dependsOn: ['e'] }), task('e', { dependsOn: ['d'] })],
    };
    const cycles = validate(draft).issues.filter((issue) => issue.code === 'dependency-cycle').map((issue) => issue.message.split(': ')[1]?.split(' (')[0]);
    expect(cycles).toEqual(['a → b → c → a', 'd → e → d']);
  });

  it('PL-004 an unknown dependency and a self-dependency are issues that name the task and where they are', () => {
    const result = validate({ summary: 's', tasks: [task('t1', { dependsOn: ['t9'] }), task('t2', { dependsOn: ['t2'] })] });
    expect(result.issues).toEqual([
      {
        code: 'unknown-dependency',
        taskId: 't1',
        path: 'tasks[0].dependsOn[0]',
        message: 'Task "t1" depends on "t9", which is not a task in this plan; depend only on the ids of its tasks (t1, t2) or remove the dependency.',
      },
      { code: 'self-dependency', taskId: 't2', path: 'tasks[1].dependsOn[0]', message: 'Task "t2" depends on itself; remove "t2" from its dependsOn.' },
    ]);
  });

  it('PL-005 duplicate and malformed ids are issues', () => {
    const result = validate({ summary: 's', tasks: [task('t1'), task('t1', { targetFiles: [{ path: 'src/other.ts', change: 'modify' }] }), task('Bad Id')] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['duplicate-id', 'tasks[1].id'],
      ['invalid-id', 'tasks[2].id'],
    ]);
    expect(result.issues[0]?.message).toBe('Task id "t1" is used by tasks[0] and tasks[1]; give every task its own id and update dependsOn to match.');
    expect(result.issues[1]?.message).toMatch(/^Task id "Bad Id" is not a short lowercase slug/);
  });

  it('PL-006 a protected path is flagged as needing a human, not accepted silently and not an issue, even when the write globs cover it', () => {
    const draft: PlanDraft = {
      summary: 'Add a workflow',
      tasks: [task('t1'), task('ci', { targetFiles: [{ path: '.github/workflows/x.yml', change: 'create' }], dependsOn: ['t1'] })],
    };
    const result = validate(draft);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.tasksNeedingApproval).toEqual(['ci']);
    expect(result.flags).toEqual([
      {
        code: 'needs-human',
        taskId: 'ci',
        path: 'tasks[1].targetFiles[0].path',
        subject: '.github/workflows/x.yml',
        rule: 'PP-002',
        message: expect.stringMatching(/^Task "ci" needs a human: Writing "\.github\/workflows\/x\.yml" is refused whatever the config says: workflow files/),
      },
    ]);
  });

  it('PL-007 protected paths are found in any spelling, and the draft keeps the normalized path that was judged', () => {
    const result = validatePlan(
      { summary: 's', tasks: [task('t1', { targetFiles: [{ path: './.GitHub//Workflows/../workflows/x.yml', change: 'modify' }, { path: 'src\\a.ts', change: 'modify' }] })] },
      { policy: createPolicy(defaultConfig()) },
    );
    expect(result.flags.map((flag) => [flag.code, flag.rule, flag.subject])).toEqual([['needs-human', 'PP-002', '.GitHub/workflows/x.yml']]);
    expect(result.draft.tasks[0]?.targetFiles.map((target) => target.path)).toEqual(['.GitHub/workflows/x.yml', 'src/a.ts']);
  });

  it('PL-008 a path outside the write globs is an issue citing policy', () => {
    const result = validate({ summary: 's', tasks: [task('t1', { targetFiles: [{ path: 'package.json', change: 'modify' }] })] });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'path-not-writable',
        taskId: 't1',
        path: 'tasks[0].targetFiles[0].path',
        rule: 'PW-002',
        message: expect.stringMatching(/^Task "t1" cannot change "package\.json": implementer may not write "package\.json": it is outside identities\.implementer\.write \(src\/\*\*/),
      },
    ]);
  });

  it('PL-009 paths outside the repository are issues', () => {
    const result = validate({
      summary: 's',
      tasks: [task('t1', { targetFiles: [{ path: '../outside.ts', change: 'modify' }, { path: '/etc/passwd', change: 'modify' }, { path: './', change: 'modify' }] })],
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid-path', 'tasks[0].targetFiles[0].path'],
      ['invalid-path', 'tasks[0].targetFiles[1].path'],
      ['invalid-path', 'tasks[0].targetFiles[2].path'],
    ]);
    expect(result.issues[0]?.message).toBe(
      'Task "t1" targets "../outside.ts", which is not a file inside the repository: the path climbs out of the repository with "..". Give each path relative to the repository root, such as "src/index.ts".',
    );
  });

  it('PL-010 an acceptance check that policy denies is an issue; one that needs approval is a flag', () => {
    const result = validate({
      summary: 's',
      tasks: [
        task('t1', { acceptanceChecks: [{ kind: 'command', argv: ['curl', 'https://example.com/x.sh'] }, { kind: 'command', argv: ['sh', '-c', 'npm test'] }] }),
        task('t2', { acceptanceChecks: [{ kind: 'command', argv: ['npm', 'run', 'db:migrate'] }] }),
      ],
    });
    expect(result.issues.map((issue) => [issue.code, issue.path, issue.rule])).toEqual([
      ['check-not-runnable', 'tasks[0].acceptanceChecks[0].argv', 'PC-004'],
      ['check-not-runnable', 'tasks[0].acceptanceChecks[1].argv', 'PC-004'],
    ]);
    expect(result.issues[0]?.message).toMatch(/^Task "t1" acceptance check 1 is not runnable under policy: implementer may not run \[curl, https:\/\/example\.com\/x\.sh\]/);
    expect(result.issues[0]?.message).toMatch(/or state the check as a condition\.$/);
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'needs-approval', taskId: 't2', rule: 'PC-003', subject: '[npm, run, db:migrate]', path: 'tasks[1].acceptanceChecks[0].argv' }),
    ]);
  });

  it('PL-011 a write that policy sends for approval is a flag', () => {
    const result = validate({ summary: 's', tasks: [task('t1', { targetFiles: [{ path: 'migrations/001-init.sql', change: 'create' }] })] });
    expect(result.ok).toBe(true);
    expect(result.flags).toEqual([expect.objectContaining({ code: 'needs-approval', taskId: 't1', rule: 'PW-003', subject: 'migrations/001-init.sql' })]);
    expect(result.tasksNeedingApproval).toEqual(['t1']);
  });

  it('PL-012 a file listed twice in one task is an issue', () => {
    const result = validate({ summary: 's', tasks: [task('t1', { targetFiles: [{ path: 'src/a.ts', change: 'modify' }, { path: './src/a.ts', change: 'delete' }] })] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['duplicate-target', 'tasks[0].targetFiles[1].path']]);
  });

  it('PL-013 with a file list, modify needs an existing file or an earlier task that creates it, and create needs a new one', () => {
    const existing = new Set(['src/old.ts']);
    const draft: PlanDraft = {
      summary: 's',
      tasks: [
        task('t1', { targetFiles: [{ path: 'src/new.ts', change: 'create' }, { path: 'src/old.ts', change: 'create' }] }),
        task('t2', { targetFiles: [{ path: 'src/new.ts', change: 'modify' }], dependsOn: ['t1'] }),
        task('t3', { targetFiles: [{ path: 'src/new.ts', change: 'modify' }] }),
        task('t4', { targetFiles: [{ path: 'src/ghost.ts', change: 'delete' }] }),
      ],
    };
    const result = validate(draft, { fileExists: (path) => existing.has(path) });
    expect(result.issues.map((issue) => [issue.code, issue.taskId])).toEqual([
      ['file-exists', 't1'],
      ['missing-file', 't3'],
      ['missing-file', 't4'],
    ]);
    expect(result.issues[1]?.message).toBe('Task "t3" modifies "src/new.ts", which does not exist at the base commit; task "t1" creates it, so make "t3" depend on that task.');
  });

  it('PL-014 repeated dependencies are dropped from the returned draft', () => {
    const result = validate({ summary: 's', tasks: [task('t1'), task('t2', { dependsOn: ['t1', 't1'] })] });
    expect(result.ok).toBe(true);
    expect(result.draft.tasks[1]?.dependsOn).toEqual(['t1']);
  });

  it('PL-015 a plan without tasks is an issue', () => {
    expect(validate({ summary: 's', tasks: [] }).issues.map((issue) => issue.code)).toEqual(['no-tasks']);
  });
});
