import { z } from 'zod';
import { DrydockError } from '../errors.js';
import { planDigest, type Plan } from './plan.js';
import { SIZE_POINTS } from './plan-schema.js';
import { termsOf } from './plan-terms.js';

/** How much each part counts in a candidate's score; they add up to 1. */
export const SCORE_WEIGHTS = { coverage: 0.5, size: 0.3, risk: 0.2 } as const;

/** How far below the best score the critique's preferred candidate may be and still be chosen. */
export const CRITIQUE_MARGIN = 0.05;

/** One valid plan among several asked for the same goal. */
export interface PlanCandidate {
  /** The plan; it must have passed `validatePlan`. */
  plan: Plan;
  /** Its risk as a non-negative number, higher is riskier (for example the risk assessment's score). */
  risk: number;
}

/** A candidate's deterministic score and the parts it is made of. */
export interface CandidateScore {
  /** Position of the candidate in the list given. */
  index: number;
  /** The plan's digest. */
  digest: string;
  /** From 0 to 1, higher is better; rounded to 6 decimals so equal plans tie exactly. */
  score: number;
  /** Share of the goal's terms that task titles, descriptions and target paths mention, 0 to 1. */
  coverage: number;
  /** Sum of the tasks' size points. */
  sizePoints: number;
  /** Number of tasks. */
  taskCount: number;
  /** The risk given. */
  risk: number;
  /** Up to ten goal terms no task mentions, for the reason and the journal. */
  uncoveredTerms: string[];
}

/** zod schema of the model's critique of the candidates, asked for as structured output. */
export const planCritiqueSchema = z
  .strictObject({
    preferred: z.number().int().describe('The number of the plan you prefer, as the plans were listed: 1 for the first.'),
    reason: z
      .string()
      .refine((value) => value.length <= 1_000, { message: 'must be at most 1000 characters' })
      .describe('Why that plan is the best way to reach the goal, in a few sentences. At most 1000 characters.'),
  })
  .describe('Which plan is best, and why.');

/** The model's critique: which candidate it prefers (1-based, as listed) and why. */
export type PlanCritique = z.infer<typeof planCritiqueSchema>;

/** The chosen candidate, with everything the journal records about the choice. */
export interface CandidateChoice {
  /** Position of the chosen candidate in the list given. */
  index: number;
  /** Why it was chosen, in a sentence or two. */
  reason: string;
  /** The scores of all candidates, in the order given. */
  scores: CandidateScore[];
  /** Candidate positions, best score first (ties by digest). */
  ranking: number[];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Scores one candidate against the goal text (the title and body, or the goal input). */
export function scoreCandidate(candidate: PlanCandidate, goalText: string, index = 0): CandidateScore {
  if (!Number.isFinite(candidate.risk) || candidate.risk < 0) throw new DrydockError(`A candidate's risk must be a non-negative number, got ${candidate.risk}.`);
  const goalTerms = termsOf(goalText);
  // The summary is left out: it can repeat the goal without any task doing what it says.
  const planTerms = new Set(termsOf(candidate.plan.tasks.flatMap((task) => [task.title, task.description, ...task.targetFiles.map((target) => target.path)]).join('\n')));
  const uncovered = goalTerms.filter((term) => !planTerms.has(term));
  const coverage = goalTerms.length === 0 ? 1 : (goalTerms.length - uncovered.length) / goalTerms.length;
  const sizePoints = candidate.plan.tasks.reduce((sum, task) => sum + (SIZE_POINTS[task.size] ?? SIZE_POINTS.xl), 0);
  const score =
    SCORE_WEIGHTS.coverage * coverage + SCORE_WEIGHTS.size * (10 / (10 + sizePoints)) + SCORE_WEIGHTS.risk * (1 / (1 + candidate.risk));
  return {
    index,
    digest: planDigest(candidate.plan),
    score: round(score),
    coverage: round(coverage),
    sizePoints,
    taskCount: candidate.plan.tasks.length,
    risk: candidate.risk,
    uncoveredTerms: uncovered.slice(0, 10),
  };
}

function scoreText(score: CandidateScore): string {
  return (
    `score ${score.score.toFixed(3)}: covers ${Math.round(score.coverage * 100)}% of the goal's terms, ` +
    `${score.sizePoints} size points in ${score.taskCount} ${score.taskCount === 1 ? 'task' : 'tasks'}, risk ${score.risk}`
  );
}

/**
 * Chooses among valid plans for the same goal by deterministic score: coverage of the goal,
 * smaller and fewer tasks, lower risk. Equal scores go to the lower plan digest, so the same
 * candidates always give the same choice whatever order they arrive in. The model's critique
 * may pick another candidate only when its score is within `CRITIQUE_MARGIN` of the best: the
 * critique refines the choice but cannot talk the stage into a clearly worse plan.
 */
export function chooseCandidate(candidates: readonly PlanCandidate[], options: { goalText: string; critique?: PlanCritique }): CandidateChoice {
  if (candidates.length === 0) throw new DrydockError('There are no plan candidates to choose from.');
  const scores = candidates.map((candidate, index) => scoreCandidate(candidate, options.goalText, index));
  const ranked = [...scores].sort((left, right) => right.score - left.score || (left.digest < right.digest ? -1 : left.digest > right.digest ? 1 : 0));
  const ranking = ranked.map((score) => score.index);
  const best = ranked[0] as CandidateScore;
  const number = (score: CandidateScore) => `candidate ${score.index + 1}`;
  let reason =
    candidates.length === 1 ? `Only one candidate (${scoreText(best)}).` : `${capitalize(number(best))} of ${candidates.length} has the best ${scoreText(best)}.`;
  const runnerUp = ranked[1];
  if (runnerUp !== undefined) {
    reason += runnerUp.score === best.score ? ` It ties with ${number(runnerUp)}; the lower plan digest breaks the tie.` : ` Next is ${number(runnerUp)} with ${runnerUp.score.toFixed(3)}.`;
  }
  const critique = options.critique;
  if (critique === undefined) return { index: best.index, reason, scores, ranking };
  const quoted = JSON.stringify(critique.reason.length > 300 ? `${critique.reason.slice(0, 300)}…` : critique.reason);
  const preferred = Number.isInteger(critique.preferred) ? scores[critique.preferred - 1] : undefined;
  if (preferred === undefined) {
    return { index: best.index, reason: `${reason} The critique named candidate ${critique.preferred}, which does not exist, so the score decides.`, scores, ranking };
  }
  if (preferred.index === best.index) return { index: best.index, reason: `${reason} The critique agrees: ${quoted}.`, scores, ranking };
  if (round(best.score - preferred.score) <= CRITIQUE_MARGIN) {
    return {
      index: preferred.index,
      reason: `${reason} The critique prefers ${number(preferred)} (${preferred.score.toFixed(3)}, within ${CRITIQUE_MARGIN} of the best), which is chosen: ${quoted}.`,
      scores,
      ranking,
    };
  }
  return {
    index: best.index,
    reason: `${reason} The critique prefers ${number(preferred)}, but its score ${preferred.score.toFixed(3)} is more than ${CRITIQUE_MARGIN} below the best, so the score decides. Critique: ${quoted}.`,
    scores,
    ranking,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
