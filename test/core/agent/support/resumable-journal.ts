import { readJournalFile } from '../../../../src/adapters/journal-file.js';
import type { JournalEvent, JournalHead } from '../../../../src/core/journal/event.js';
import { verifyJournal, type JournalLine } from '../../../../src/core/journal/verify.js';

/** A journal left by a process that may have been killed, up to its last complete event. */
export interface ResumableJournal {
  lines: JournalLine[];
  events: JournalEvent[];
  head: JournalHead;
  /** Whether a torn last line (cut off by the kill) was dropped. */
  droppedTornLine: boolean;
}

/**
 * Reads and verifies a journal file. A process killed in the middle of a write leaves a last line
 * that is not JSON; that one line is dropped. Any other damage is an error.
 */
export async function readResumableJournal(path: string): Promise<ResumableJournal> {
  let lines = await readJournalFile(path);
  let verification = verifyJournal(lines);
  let droppedTornLine = false;
  if (!verification.ok && verification.firstBad.reason === 'malformed' && verification.events.length === lines.length - 1) {
    lines = lines.slice(0, -1);
    droppedTornLine = true;
    verification = verifyJournal(lines);
  }
  if (!verification.ok) throw new Error(`journal ${path} does not verify: ${verification.firstBad.message}`);
  return { lines, events: verification.events, head: verification.head, droppedTornLine };
}
