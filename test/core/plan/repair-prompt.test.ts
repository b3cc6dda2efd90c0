import { describe, expect, it } from 'vitest';
import { completeStructured } from '../../../src/core/model/structured.js';
import { planFromDraft } from '../../../src/core/plan/plan.js';
import { PLAN_SCHEMA_NAME, planDraftSchema, type PlanDraft } from '../../../src/core/plan/plan-schema.js';
import { planRejectionMessage, planRepairMessages, planRepairPrompt } from '../../../src/core/plan/repair-prompt.js';
import { validatePlan } from '../../../src/core/plan/validate-plan.js';
import { scriptedModelClient } from '../../support/scripted-model-client.js';
import { task, testPolicy, validDraft } from './plan-fixtures.js';

const cyclic: PlanDraft = { summary: 'cycle', tasks: [task('t1', { dependsOn: ['t2'] }), task('t2', { dependsOn: ['t1', 't7'] })] };

describe('plan repair turn', () => {
  it('PL-050 the repair prompt numbers each issue with where it is and asks for the whole corrected plan', () => {
    const issues = validatePlan(cyclic, { policy: testPolicy() }).issues;
    expect(planRepairPrompt(issues)).toBe(
      [
        'Your plan cannot be used yet: it has 2 problems.',
        '',
        '1. [unknown-dependency] (at tasks[1].dependsOn[1]) Task "t2" depends on "t7", which is not a task in this plan; depend only on the ids of its tasks (t1, t2) or remove the dependency.',
        '2. [dependency-cycle] Tasks depend on each other in a cycle: t1 → t2 → t1 (each depends on the next), so none of them can start. Remove one of these dependencies.',
        '',
        'Answer again with the whole corrected plan as JSON following the same schema. Fix these problems and keep the rest of the plan as it was.',
      ].join('\n'),
    );
    expect(planRejectionMessage(issues, 1)).toMatch(/^The plan is still invalid after 1 repair turn:\n- Task "t2" depends on "t7"/);
  });

  it('PL-051 the repair prompt stays bounded however many issues there are', () => {
    const tasks = Array.from({ length: 30 }, (_, index) => task(`t${index}`, { dependsOn: ['x'.repeat(2_000)] }));
    const prompt = planRepairPrompt(validatePlan({ summary: 's', tasks }, { policy: testPolicy() }).issues);
    expect(prompt).toMatch(/… and 5 more problems of the same kinds\./);
    expect(prompt.length).toBeLessThan(25 * 700);
  });

  it('PL-052 an invalid plan gets one repair turn through completeStructured and the repaired plan validates', async () => {
    const client = scriptedModelClient([{ content: JSON.stringify(cyclic) }, { content: JSON.stringify(validDraft()) }]);
    const request = { model: 'gpt-4.1-mini', messages: [{ role: 'user' as const, content: 'Plan: parse front matter' }] };
    const first = await completeStructured({ client, request, schema: planDraftSchema, schemaName: PLAN_SCHEMA_NAME });
    const policy = testPolicy();
    const firstCheck = validatePlan(first.value, { policy });
    expect(firstCheck.ok).toBe(false);
    const repairRequest = { ...request, messages: [...request.messages, ...planRepairMessages(first.response.content, firstCheck.issues)] };
    const second = await completeStructured({ client, request: repairRequest, schema: planDraftSchema, schemaName: PLAN_SCHEMA_NAME });
    const secondCheck = validatePlan(second.value, { policy });
    expect(secondCheck.ok).toBe(true);
    expect(client.calls[1]!.request.messages.at(-1)).toEqual({ role: 'user', content: planRepairPrompt(firstCheck.issues) });
    expect(client.calls[1]!.request.messages.at(-2)).toEqual({ role: 'assistant', content: JSON.stringify(cyclic) });
    expect(client.calls[0]!.request.responseSchema).toMatchObject({ name: 'drydock_plan', strict: true });
    expect(planFromDraft(secondCheck.draft, { goal: { text: 'parse front matter' }, baseSha: 'a'.repeat(40) }).tasks).toHaveLength(3);
  });
});
