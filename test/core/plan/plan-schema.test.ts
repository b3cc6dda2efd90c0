import { describe, expect, it } from 'vitest';
import { modelJsonSchema } from '../../../src/core/model/model-json-schema.js';
import { planDigest, planFromDraft, planSchema } from '../../../src/core/plan/plan.js';
import { PLAN_LIMITS, planDraftSchema } from '../../../src/core/plan/plan-schema.js';
import { planOf, task, validDraft } from './plan-fixtures.js';

function walk(node: unknown, visit: (key: string, value: unknown) => void): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    visit(key, value);
    walk(value, visit);
  }
}

describe('plan schema', () => {
  it('PL-020 works in OpenAI strict mode: closed objects, every field required, no string-length keywords, every field described', () => {
    const built = modelJsonSchema(planDraftSchema);
    expect(built.notStrictBecause).toEqual([]);
    expect(built.strict).toBe(true);
    const keys = new Set<string>();
    walk(built.schema, (key) => keys.add(key));
    expect(keys.has('maxLength')).toBe(false);
    expect(keys.has('minLength')).toBe(false);
    walk(built.schema, (key, value) => {
      if (key !== 'properties') return;
      for (const [name, property] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        expect(typeof property['description'], `property ${name} has a description`).toBe('string');
      }
    });
  });

  it('PL-021 accepts a valid draft and rejects ids, kinds and lengths outside the limits', () => {
    expect(planDraftSchema.safeParse(validDraft()).success).toBe(true);
    const invalid = [
      { summary: 's', tasks: [] },
      { summary: 's', tasks: [task('T1')] },
      { summary: 's', tasks: [task('t1', { title: 'x'.repeat(PLAN_LIMITS.titleCharacters + 1) })] },
      { summary: 's', tasks: [task('t1', { title: '   ' })] },
      { summary: 's', tasks: [{ ...task('t1'), acceptanceChecks: [{ kind: 'command', description: 'no argv' }] }] },
      { summary: 's', tasks: [{ ...task('t1'), size: 'huge' }] },
      { summary: 's', tasks: Array.from({ length: PLAN_LIMITS.tasks + 1 }, (_, index) => task(`t${index}`)) },
      { summary: 's', tasks: [{ ...task('t1'), extra: true }] },
    ];
    for (const draft of invalid) expect(planDraftSchema.safeParse(draft).success, JSON.stringify(draft).slice(0, 80)).toBe(false);
  });

  it('PL-022 the digest is the same for the same plan whatever the key order, and changes with any task field', () => {
    const plan = planFromDraft(validDraft(), { goal: { issue: { number: 42, title: 'Parse front matter' } }, baseSha: 'a'.repeat(40) });
    expect(plan).toEqual(planOf(validDraft()));
    const digest = planDigest(plan);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = JSON.parse(JSON.stringify({ tasks: plan.tasks, summary: plan.summary, baseSha: plan.baseSha, goal: plan.goal, version: 1 }));
    expect(planDigest(reordered)).toBe(digest);
    const changed = planOf(validDraft());
    changed.tasks[1]!.acceptanceChecks = [{ kind: 'command', argv: ['npm', 'test', '--', '--bail'] }];
    expect(planDigest(changed)).not.toBe(digest);
  });

  it('PL-023 a value with members a plan does not have has no digest', () => {
    const plan = { ...planOf(validDraft()), approvedBy: 'someone' };
    expect(() => planDigest(plan)).toThrow();
    expect(planSchema.safeParse(planOf(validDraft())).success).toBe(true);
  });
});
