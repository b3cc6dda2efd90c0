import { STAGE_NAMES, type StageName } from '../../core/run-state.js';

/** File names inside a stage artifact. */
export const STATE_FILE = 'state.json';
/** First journal segment; later ones are `journal.2.jsonl`, `journal.3.jsonl`, … */
export const JOURNAL_FILE = 'journal.jsonl';

/** Outputs every stage sets. */
export const COMMON_OUTPUTS = {
  stateDigest: 'state-digest',
  stateArtifact: 'state-artifact',
  journalHead: 'journal-head',
  outcome: 'outcome',
} as const;

/** What a variant looks like: lower-case letters, digits and single dashes, at most 40 characters. */
export const ARTIFACT_VARIANT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Artifact names are immutable within a run, so each stage attempt writes its own. Jobs of the
 * same stage in one run (matrix shards of implement, a canary paused at a weight and the job that
 * promotes it) add a variant: `drydock-<stage>--<variant>-attempt-<n>`.
 */
export function stageArtifactName(stage: StageName, attempt: number, variant?: string): string {
  if (variant === undefined) return `drydock-${stage}-attempt-${attempt}`;
  if (variant.length > 40 || !ARTIFACT_VARIANT_PATTERN.test(variant)) {
    throw new Error(`Invalid artifact variant '${variant}': expected lower-case letters, digits and single dashes (at most 40).`);
  }
  return `drydock-${stage}--${variant}-attempt-${attempt}`;
}

const ARTIFACT_NAME_PATTERN = new RegExp(`^drydock-(${STAGE_NAMES.join('|')})(?:--([a-z0-9]+(?:-[a-z0-9]+)*))?-attempt-([1-9][0-9]*)$`);

/** The stage, variant and attempt a Drydock artifact name stands for, or undefined for other names. */
export function parseStageArtifactName(name: string): { stage: StageName; attempt: number; variant?: string } | undefined {
  const match = ARTIFACT_NAME_PATTERN.exec(name);
  if (match === null) return undefined;
  return { stage: match[1] as StageName, attempt: Number(match[3]), ...(match[2] === undefined ? {} : { variant: match[2] }) };
}

/** Index of a journal segment file name (`journal.jsonl` is 1, `journal.7.jsonl` is 7), or undefined. */
export function journalSegmentIndex(fileName: string): number | undefined {
  if (fileName === JOURNAL_FILE) return 1;
  const match = /^journal\.([2-9]|[1-9][0-9]+)\.jsonl$/.exec(fileName);
  return match === null ? undefined : Number(match[1]);
}
