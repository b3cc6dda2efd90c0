import { oneLine } from '../markdown-text.js';
import type { AnnotationLocation } from '../ports/stage-io.js';
import type { TriagedFailure } from './triage-types.js';

/** GitHub shows at most this many annotations of each level per step, and 50 per job. */
export const ANNOTATION_LIMITS = { errorsPerStep: 10, warningsPerStep: 10, perJob: 50 } as const;

/** One annotation to write. */
export interface TriageAnnotation {
  level: 'error' | 'warning';
  message: string;
  location: AnnotationLocation;
}

/** Characters of a message in an annotation. */
const MAX_MESSAGE = 1000;

/** Limits of one selection; default GitHub's. */
export interface AnnotationBudget {
  errors: number;
  warnings: number;
  total: number;
}

/**
 * Annotations for failing tests within GitHub's limits: regressions as errors, flaky and infra
 * failures as warnings. New failures come first, then by cluster (biggest first); the first round
 * takes one test per cluster so that 200 tests of one cluster do not hide the other clusters,
 * and later rounds fill what is left. `clusterOrder` lists cluster ids in their display order.
 */
export function selectAnnotations(
  failures: readonly TriagedFailure[],
  clusterOrder: readonly string[],
  budget: AnnotationBudget = { errors: ANNOTATION_LIMITS.errorsPerStep, warnings: ANNOTATION_LIMITS.warningsPerStep, total: ANNOTATION_LIMITS.perJob },
): TriageAnnotation[] {
  const rank = new Map(clusterOrder.map((id, index) => [id, index]));
  const ordered = failures
    .map((failure, index) => ({ failure, index }))
    .sort(
      (left, right) =>
        Number(right.failure.new) - Number(left.failure.new) ||
        (rank.get(left.failure.cluster) ?? Number.MAX_SAFE_INTEGER) - (rank.get(right.failure.cluster) ?? Number.MAX_SAFE_INTEGER) ||
        left.index - right.index,
    )
    .map((entry) => entry.failure);
  const firstOfCluster = new Set<string>();
  const rounds: TriagedFailure[] = [];
  const later: TriagedFailure[] = [];
  for (const failure of ordered) {
    if (firstOfCluster.has(failure.cluster)) later.push(failure);
    else {
      firstOfCluster.add(failure.cluster);
      rounds.push(failure);
    }
  }
  const left = { error: budget.errors, warning: budget.warnings };
  const chosen: TriageAnnotation[] = [];
  for (const failure of [...rounds, ...later]) {
    if (chosen.length >= budget.total) break;
    const level = failure.classification === 'regression' ? 'error' : 'warning';
    if (left[level] <= 0) continue;
    left[level] -= 1;
    chosen.push(annotationFor(failure, level));
  }
  return chosen;
}

function annotationFor(failure: TriagedFailure, level: 'error' | 'warning'): TriageAnnotation {
  const kind = failure.classification === 'regression' ? (failure.new ? 'New failure' : 'Failure') : failure.classification === 'flaky' ? 'Flaky' : `Infrastructure (${failure.infra?.kind ?? 'other'})`;
  const notes = [
    failure.classification === 'regression' && failure.likelyUnrelated ? 'likely unrelated to the change' : undefined,
    failure.reruns.length > 0 ? `re-runs: ${failure.reruns.map((attempt) => attempt.status).join(', ')}` : undefined,
    `cluster ${failure.cluster}`,
  ].filter((note) => note !== undefined);
  const message = oneLine(`${failure.message ?? failure.status} (${notes.join('; ')})`, MAX_MESSAGE);
  return {
    level,
    message,
    location: {
      ...(failure.file === undefined ? {} : { file: failure.file }),
      ...(failure.file !== undefined && failure.line !== undefined ? { line: failure.line } : {}),
      title: oneLine(`${kind}: ${failure.name}`, 200),
    },
  };
}
