import { errorMessage, InputError, IntegrityError } from '../../core/errors.js';
import { GENESIS_HEAD, type JournalHead } from '../../core/journal/event.js';
import { verifyJournal, type JournalLine } from '../../core/journal/verify.js';
import type { ArtifactInfo, ArtifactRef, ArtifactStore } from '../../core/ports/artifact-store.js';
import { loadRunState, STAGE_NAMES, type RunState, type StageName } from '../../core/run-state.js';
import { journalSegmentIndex, parseStageArtifactName, STATE_FILE } from './constants.js';

/** What one stage hands to the next: the run state and the run's journal so far. */
export interface HandOver {
  /** Artifact it came from. */
  artifact: string;
  state: RunState;
  /** Digest of the state as loaded. */
  digest: string;
  /** Every journal line so far, in order, already verified. */
  journalLines: JournalLine[];
  /** Head of that journal. */
  journalHead: JournalHead;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, where: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${where} is not valid UTF-8 text.`, { where });
  }
}

/** The journal head recorded by the latest stage section that has one, if any. */
function recordedHead(state: RunState): string | undefined {
  let head: string | undefined;
  for (const stage of STAGE_NAMES) {
    const section = state.stages[stage];
    if (section?.journal !== undefined) head = section.journal.head;
  }
  return head;
}

/**
 * Loads and checks a stage artifact: the state must parse, be of a known version and have the
 * expected digest; the journal must verify and end exactly at the head the state records, so
 * neither can be swapped or trimmed on its own.
 */
export async function loadHandOver(store: ArtifactStore, ref: ArtifactRef, expectedDigest?: string): Promise<HandOver> {
  const files = await store.load(ref);
  const where = `artifact ${ref.name}`;
  const stateBytes = files[STATE_FILE];
  if (stateBytes === undefined) {
    throw new InputError(`${where} has no ${STATE_FILE}; it is not a Drydock stage artifact.`, { where: ref.name });
  }
  const loaded = loadRunState(decode(stateBytes, `${where}/${STATE_FILE}`), {
    source: `${where}/${STATE_FILE}`,
    ...(expectedDigest === undefined ? {} : { expectedDigest }),
  });
  const segments = Object.keys(files)
    .map((name) => ({ name, index: journalSegmentIndex(name) }))
    .filter((entry): entry is { name: string; index: number } => entry.index !== undefined)
    .sort((left, right) => left.index - right.index);
  segments.forEach((segment, position) => {
    if (segment.index !== position + 1) {
      throw new IntegrityError(`${where}: journal segment ${position + 1} is missing (found ${segment.name}).`);
    }
  });
  const journalLines: JournalLine[] = [];
  for (const segment of segments) {
    const text = decode(files[segment.name]!, `${where}/${segment.name}`);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    lines.forEach((line, index) => journalLines.push({ text: line, segment: `${ref.name}/${segment.name}`, lineNumber: index + 1 }));
  }
  const expectedHead = recordedHead(loaded.state);
  if (journalLines.length === 0) {
    if (expectedHead !== undefined) {
      throw new IntegrityError(`${where} has no journal, but its run state records journal head ${expectedHead}.`, {
        expected: expectedHead,
      });
    }
    return { artifact: ref.name, state: loaded.state, digest: loaded.digest, journalLines, journalHead: GENESIS_HEAD };
  }
  const verification = verifyJournal(journalLines, expectedHead === undefined ? {} : { expectedHead });
  if (!verification.ok) {
    throw new IntegrityError(`${where}: the journal does not verify: ${verification.firstBad.message}`);
  }
  return { artifact: ref.name, state: loaded.state, digest: loaded.digest, journalLines, journalHead: verification.head };
}

/** A run's artifacts (this run's by default); a failure names the run. */
export async function listRunArtifacts(store: ArtifactStore, runId?: string): Promise<ArtifactInfo[]> {
  try {
    return await store.list(runId === undefined ? {} : { runId });
  } catch (error) {
    const which = runId === undefined ? "this run's artifacts" : `the artifacts of run ${runId}`;
    throw new InputError(`Could not list ${which} to find the previous stage's state: ${errorMessage(error)}`, { cause: error });
  }
}

/**
 * Name of the newest attempt of `stage` and `variant` (none: the stage's main job) among
 * `artifacts`, only attempts before `beforeAttempt` counted.
 */
function newestAttempt(
  artifacts: readonly ArtifactInfo[],
  stage: StageName,
  variant: string | undefined,
  beforeAttempt = Number.POSITIVE_INFINITY,
): string | undefined {
  let newest: { name: string; attempt: number } | undefined;
  for (const artifact of artifacts) {
    const parsed = parseStageArtifactName(artifact.name);
    if (parsed?.stage !== stage || parsed.variant !== variant || parsed.attempt >= beforeAttempt) continue;
    if (newest === undefined || parsed.attempt > newest.attempt) newest = { name: artifact.name, attempt: parsed.attempt };
  }
  return newest?.name;
}

/**
 * The artifact to take the run state from when the user named none: the newest attempt of the
 * nearest earlier stage among a run's artifacts. Only a stage's main job counts (no variant): a
 * matrix shard or a paused canary is not the stage's result, so its state is taken only when
 * named with `state-artifact`. Undefined when no earlier stage left one.
 */
export function findIncomingArtifact(artifacts: readonly ArtifactInfo[], stage: StageName): string | undefined {
  for (const candidate of STAGE_NAMES.slice(0, STAGE_NAMES.indexOf(stage)).reverse()) {
    const name = newestAttempt(artifacts, candidate, undefined);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The newest artifact an earlier attempt of this same job (stage and variant) left in the run: a re-run resumes from it. */
export function findEarlierAttemptArtifact(artifacts: readonly ArtifactInfo[], stage: StageName, attempt: number, variant?: string): string | undefined {
  return newestAttempt(artifacts, stage, variant, attempt);
}
