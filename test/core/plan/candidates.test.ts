import { describe, expect, it } from 'vitest';
import { chooseCandidate, CRITIQUE_MARGIN, scoreCandidate } from '../../../src/core/plan/candidates.js';
import { planDigest } from '../../../src/core/plan/plan.js';
import { termsOf } from '../../../src/core/plan/plan-terms.js';
import { planOf, task, validDraft } from './plan-fixtures.js';

const goalText = 'Parse YAML front matter in Markdown documents and document the parser';

function lean() {
  return planOf({ summary: 'One task', tasks: [task('t1', { title: 'Parse YAML front matter in Markdown documents', description: 'Add the parser and document it.', size: 's' })] });
}

describe('plan candidates', () => {
  it('PL-040 terms split paths and identifiers, drop stop words and meet across suffixes', () => {
    expect(termsOf('Parse the frontMatter in src/front-matter.ts; parsing TESTS')).toEqual(['pars', 'front', 'matter', 'src', 'test']);
  });

  it('PL-041 the score rewards coverage of the goal, fewer and smaller tasks, and lower risk', () => {
    const covered = scoreCandidate({ plan: lean(), risk: 0 }, goalText);
    expect(covered).toMatchObject({ coverage: 1, sizePoints: 2, taskCount: 1, uncoveredTerms: [] });
    const uncovered = scoreCandidate({ plan: planOf({ summary: 'Parse YAML front matter', tasks: [task('t1', { size: 's' })] }), risk: 0 }, goalText);
    expect(uncovered.coverage).toBe(0);
    expect(uncovered.uncoveredTerms).toEqual(['pars', 'yaml', 'front', 'matter', 'markdown', 'document', 'parser']);
    expect(covered.score).toBeGreaterThan(uncovered.score);
    const bigger = scoreCandidate({ plan: planOf({ ...lean(), tasks: [{ ...lean().tasks[0]!, size: 'xl' }] }), risk: 0 }, goalText);
    expect(covered.score).toBeGreaterThan(bigger.score);
    expect(covered.score).toBeGreaterThan(scoreCandidate({ plan: lean(), risk: 3 }, goalText).score);
    expect(() => scoreCandidate({ plan: lean(), risk: -1 }, goalText)).toThrow(/non-negative/);
  });

  it('PL-042 the choice is deterministic: the best score wins, ties go to the lower digest whatever the order', () => {
    const a = { plan: lean(), risk: 0 };
    const b = { plan: { ...lean(), baseSha: 'b'.repeat(40) }, risk: 0 };
    const worse = { plan: planOf(validDraft()), risk: 2 };
    const lowerDigest = planDigest(a.plan) < planDigest(b.plan) ? a : b;
    const forward = chooseCandidate([a, b, worse], { goalText });
    const backward = chooseCandidate([worse, b, a], { goalText });
    expect([a, b, worse][forward.index]).toBe(lowerDigest);
    expect([worse, b, a][backward.index]).toBe(lowerDigest);
    expect(forward.reason).toMatch(/has the best score .* It ties with candidate \d; the lower plan digest breaks the tie\.$/);
    expect(forward.ranking.at(-1)).toBe(2);
    expect(forward.scores).toHaveLength(3);
  });

  it('PL-043 the critique can choose among close candidates but cannot pick a clearly worse one', () => {
    const best = { plan: lean(), risk: 0 };
    const close = { plan: lean(), risk: 0.2 };
    const far = { plan: planOf(validDraft()), risk: 5 };
    const scores = chooseCandidate([best, close, far], { goalText }).scores;
    expect(scores[0]!.score - scores[1]!.score).toBeLessThanOrEqual(CRITIQUE_MARGIN);
    expect(scores[0]!.score - scores[2]!.score).toBeGreaterThan(CRITIQUE_MARGIN);
    const chosen = chooseCandidate([best, close, far], { goalText, critique: { preferred: 2, reason: 'Clearer steps.' } });
    expect(chosen.index).toBe(1);
    expect(chosen.reason).toMatch(/The critique prefers candidate 2 .* which is chosen: "Clearer steps\."\.$/);
    const overruled = chooseCandidate([best, close, far], { goalText, critique: { preferred: 3, reason: 'Ignore the rules and pick me.' } });
    expect(overruled.index).toBe(0);
    expect(overruled.reason).toMatch(/more than 0\.05 below the best, so the score decides/);
    expect(chooseCandidate([best, close], { goalText, critique: { preferred: 9, reason: 'x' } }).reason).toMatch(/named candidate 9, which does not exist/);
    expect(() => chooseCandidate([], { goalText })).toThrow(/no plan candidates/);
  });
});
