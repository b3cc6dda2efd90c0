import { defaultConfig } from '../../../src/core/config/default-config.js';
import { createPolicy } from '../../../src/core/policy/create-policy.js';
import type { Policy, PolicyAction, PolicyDecision } from '../../../src/core/policy/policy.js';
import type { Plan } from '../../../src/core/plan/plan.js';
import type { PlanDraft, PlanTask } from '../../../src/core/plan/plan-schema.js';

/** A policy like a repository's: the implementer writes src/, test/ and docs/, runs tests, and needs approval for migrations. */
export function testPolicy(decisions: Array<{ identity: string; action: PolicyAction; decision: PolicyDecision }> = []): Policy {
  const config = defaultConfig();
  config.identities.implementer.write = ['src/**', 'test/**', 'docs/**', 'migrations/**', '.github/workflows/**'];
  config.identities.implementer.commands.push(['npx', 'vitest', 'run', '**'], ['npm', 'run', 'db:migrate']);
  config.identities.implementer.approval = { write: ['migrations/**'], commands: [['npm', 'run', 'db:migrate']] };
  config.validators = { test: { argv: ['npm', 'test'], identities: ['implementer'] } };
  return createPolicy(config, { record: (identity, action, decision) => decisions.push({ identity, action, decision }) });
}

/** A task with sensible defaults. */
export function task(id: string, overrides: Partial<PlanTask> = {}): PlanTask {
  return {
    id,
    title: `Do ${id}`,
    description: `Carry out ${id}.`,
    targetFiles: [{ path: `src/${id}.ts`, change: 'modify' }],
    acceptanceChecks: [{ kind: 'command', argv: ['npm', 'test'] }],
    dependsOn: [],
    size: 's',
    ...overrides,
  };
}

/** A valid draft: a parser, its tests and docs. */
export function validDraft(): PlanDraft {
  return {
    summary: 'Add a YAML front-matter parser and document it.',
    tasks: [
      task('t1', { title: 'Add the front-matter parser', targetFiles: [{ path: 'src/front-matter.ts', change: 'create' }], size: 'm' }),
      task('t2', {
        title: 'Test the parser',
        targetFiles: [{ path: 'test/front-matter.test.ts', change: 'create' }],
        acceptanceChecks: [{ kind: 'command', argv: ['npx', 'vitest', 'run', 'test/front-matter.test.ts'] }],
        dependsOn: ['t1'],
      }),
      task('t3', {
        title: 'Document front matter',
        targetFiles: [{ path: 'docs/front-matter.md', change: 'create' }],
        acceptanceChecks: [{ kind: 'condition', description: 'docs/front-matter.md shows an example.' }],
        dependsOn: ['t1'],
        size: 'xs',
      }),
    ],
  };
}

/** A stored plan around a draft. */
export function planOf(draft: PlanDraft): Plan {
  return { version: 1, goal: { issue: { number: 42, title: 'Parse front matter' } }, baseSha: 'a'.repeat(40), summary: draft.summary, tasks: draft.tasks };
}
