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

/** Artifact names are immutable within a run, so each stage attempt writes its own. */
export function stageArtifactName(stage: StageName, attempt: number): string {
  return `drydock-${stage}-attempt-${attempt}`;
}

const ARTIFACT_NAME_PATTERN = new RegExp(`^drydock-(${STAGE_NAMES.join('|')})-attempt-([1-9][0-9]*)$`);

/** The stage and attempt a Drydock artifact name stands for, or undefined for other names. */
export function parseStageArtifactName(name: string): { stage: StageName; attempt: number } | undefined {
  const match = ARTIFACT_NAME_PATTERN.exec(name);
  if (match === null) return undefined;
  return { stage: match[1] as StageName, attempt: Number(match[2]) };
}

/** Index of a journal segment file name (`journal.jsonl` is 1, `journal.7.jsonl` is 7), or undefined. */
export function journalSegmentIndex(fileName: string): number | undefined {
  if (fileName === JOURNAL_FILE) return 1;
  const match = /^journal\.([2-9]|[1-9][0-9]+)\.jsonl$/.exec(fileName);
  return match === null ? undefined : Number(match[1]);
}
