import { readJournalFile } from '../adapters/journal-file.js';
import { DrydockError, errorMessage } from '../core/errors.js';
import { explainJournal } from '../core/journal/explain.js';
import { verifyJournal, type JournalVerification } from '../core/journal/verify.js';

/** What a CLI command produced; the entry point prints it and exits with `exitCode`. */
export interface CommandOutput {
  /** 0 on success, 1 when the journal does not verify, 2 when it cannot be read. */
  exitCode: number;
  /** Text for standard output. */
  stdout: string;
  /** Text for standard error. */
  stderr: string;
}

export interface JournalVerifyCommandOptions {
  /** The hash the journal must end at (from run state or a job output); catches removal from the end. */
  expectedHead?: string;
}

/** Exit codes of the journal commands. */
export const JOURNAL_EXIT_CODES = { ok: 0, failed: 1, unreadable: 2 } as const;

async function load(path: string, options: JournalVerifyCommandOptions): Promise<JournalVerification | CommandOutput> {
  try {
    return verifyJournal(await readJournalFile(path), options);
  } catch (error) {
    // A broken segment link is a verification failure; a missing or unreadable file is not.
    const integrity = DrydockError.isInstance(error) && error.fault === 'integrity';
    return {
      exitCode: integrity ? JOURNAL_EXIT_CODES.failed : JOURNAL_EXIT_CODES.unreadable,
      stdout: '',
      stderr: `journal ${integrity ? 'BROKEN' : 'unreadable'}: ${errorMessage(error)}\n`,
    };
  }
}

function isOutput(value: JournalVerification | CommandOutput): value is CommandOutput {
  return 'exitCode' in value;
}

/** `drydock journal verify <path>`: one line saying the journal is intact, or naming the first bad event. */
export async function journalVerifyCommand(path: string, options: JournalVerifyCommandOptions = {}): Promise<CommandOutput> {
  const verification = await load(path, options);
  if (isOutput(verification)) return verification;
  if (!verification.ok) {
    return { exitCode: JOURNAL_EXIT_CODES.failed, stdout: '', stderr: `journal BROKEN at ${verification.firstBad.message}\n` };
  }
  if (verification.events.length === 0) {
    return { exitCode: JOURNAL_EXIT_CODES.failed, stdout: '', stderr: `journal BROKEN: ${path} holds no events\n` };
  }
  const stages = new Set(verification.events.map((event) => event.stage)).size;
  const continues = verification.start.seq === 0 ? '' : `, continues ${verification.start.hash} after seq ${verification.start.seq}`;
  return {
    exitCode: JOURNAL_EXIT_CODES.ok,
    stdout: `journal OK: ${verification.events.length} events, ${stages} ${stages === 1 ? 'stage' : 'stages'}, head ${verification.head.hash}${continues}\n`,
    stderr: '',
  };
}

/**
 * `drydock journal explain <path>`: the timeline and per-stage totals. A journal that does not
 * verify is still explained up to its first bad event, with a warning and exit code 1.
 */
export async function journalExplainCommand(path: string): Promise<CommandOutput> {
  const verification = await load(path, {});
  if (isOutput(verification)) return verification;
  const stdout = explainJournal(verification.events);
  if (verification.ok) return { exitCode: JOURNAL_EXIT_CODES.ok, stdout, stderr: '' };
  return {
    exitCode: JOURNAL_EXIT_CODES.failed,
    stdout,
    stderr: `warning: journal BROKEN at ${verification.firstBad.message}; only the ${verification.events.length} events before it are explained\n`,
  };
}
