import { errorMessage, InputError, IntegrityError } from '../../core/errors.js';
import { GENESIS_HEAD, type JournalHead } from '../../core/journal/event.js';
import { verifyJournal, type JournalLine } from '../../core/journal/verify.js';
import type { ArtifactRef, ArtifactStore } from '../../core/ports/artifact-store.js';
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

/**
 * The artifact to take the run state from when the user named none: the newest attempt of the
 * nearest earlier stage that left one in this run (or in run `runId`). Undefined when none did.
 */
export async function findIncomingArtifact(
  store: ArtifactStore,
  stage: StageName,
  runId?: string,
): Promise<ArtifactRef | undefined> {
  let artifacts;
  try {
    artifacts = await store.list(runId === undefined ? {} : { runId });
  } catch (error) {
    const which = runId === undefined ? "this run's artifacts" : `the artifacts of run ${runId}`;
    throw new InputError(`Could not list ${which} to find the previous stage's state: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  const earlier = STAGE_NAMES.slice(0, STAGE_NAMES.indexOf(stage)).reverse();
  for (const candidate of earlier) {
    const attempts = artifacts
      .map((artifact) => ({ artifact, parsed: parseStageArtifactName(artifact.name) }))
      .filter((entry) => entry.parsed?.stage === candidate)
      .sort((left, right) => right.parsed!.attempt - left.parsed!.attempt);
    const newest = attempts[0];
    if (newest !== undefined) return runId === undefined ? { name: newest.artifact.name } : { name: newest.artifact.name, runId };
  }
  return undefined;
}

/** The newest artifact an earlier attempt of this same stage left in this run (a re-run resumes from it). */
export async function findEarlierAttemptArtifact(
  store: ArtifactStore,
  stage: StageName,
  attempt: number,
): Promise<ArtifactRef | undefined> {
  if (attempt <= 1) return undefined;
  const artifacts = await store.list();
  const earlier = artifacts
    .map((artifact) => ({ artifact, parsed: parseStageArtifactName(artifact.name) }))
    .filter((entry) => entry.parsed?.stage === stage && entry.parsed.attempt < attempt)
    .sort((left, right) => right.parsed!.attempt - left.parsed!.attempt);
  return earlier[0] === undefined ? undefined : { name: earlier[0].artifact.name };
}
