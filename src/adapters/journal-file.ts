import { type FileHandle, open, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { DrydockError, errorMessage, InputError, IntegrityError } from '../core/errors.js';
import type { JournalLine } from '../core/journal/verify.js';
import type { JournalSink } from '../core/ports/journal-sink.js';

/**
 * Journal segments as JSON-lines files side by side: `journal.jsonl`, then `journal.2.jsonl`,
 * `journal.3.jsonl`, … Each later segment starts with a `journal-continue` event naming the one
 * before it.
 */

/** Path of segment `index` (1 for the first) of the journal whose first segment is `firstPath`. */
export function journalSegmentPath(firstPath: string, index: number): string {
  if (index === 1) return firstPath;
  const extension = extname(firstPath);
  return `${firstPath.slice(0, firstPath.length - extension.length)}.${index}${extension}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Indexes (2 and up, sorted) of the later segments present beside `firstPath`. */
async function laterSegmentIndexes(firstPath: string): Promise<number[]> {
  const extension = extname(firstPath);
  const stem = basename(firstPath, extension);
  const pattern = new RegExp(`^${escapeRegExp(stem)}\\.([1-9][0-9]*)${escapeRegExp(extension)}$`);
  let names: string[];
  try {
    names = await readdir(dirname(firstPath));
  } catch {
    return [];
  }
  const indexes: number[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (match !== null && Number(match[1]) >= 2) indexes.push(Number(match[1]));
  }
  return indexes.sort((left, right) => left - right);
}

export interface JournalFileSinkOptions {
  /** Path of the first segment, e.g. `.drydock/journal/plan.jsonl`. Its directory must exist. */
  path: string;
  /**
   * Replace an existing journal at this path (its later segments are deleted too). Default false:
   * an existing journal is evidence, and creating over it is an error.
   */
  overwrite?: boolean;
  /** Write to the file once this many bytes are queued (default 64 KiB). */
  bufferBytes?: number;
  /** Whether `flush` also asks the OS to put the data on disk (fdatasync). Default true. */
  durable?: boolean;
}

/**
 * A journal sink writing JSON lines to files. Appends are queued in memory and written in order
 * by one chain of asynchronous writes; a failed write is reported by the next `append` or `flush`.
 */
export class JournalFileSink implements JournalSink {
  readonly #firstPath: string;
  readonly #bufferBytes: number;
  readonly #durable: boolean;
  #handle: FileHandle;
  #index = 1;
  #bytesWritten = 0;
  #pending: string[] = [];
  #pendingBytes = 0;
  #queue: Promise<void> = Promise.resolve();
  #failure: unknown;
  #closed = false;

  private constructor(options: JournalFileSinkOptions, handle: FileHandle) {
    this.#firstPath = options.path;
    this.#bufferBytes = options.bufferBytes ?? 64 * 1024;
    this.#durable = options.durable ?? true;
    this.#handle = handle;
  }

  /** Creates the first segment file. Fails, naming the path, if a journal is already there (unless `overwrite`). */
  static async create(options: JournalFileSinkOptions): Promise<JournalFileSink> {
    const later = await laterSegmentIndexes(options.path);
    if (options.overwrite === true) {
      await Promise.all(later.map((index) => unlink(journalSegmentPath(options.path, index))));
    } else if (later.length > 0) {
      throw new InputError(`journal segment ${journalSegmentPath(options.path, later[0]!)} already exists; refusing to write a new journal over it`, {
        where: options.path,
      });
    }
    let handle: FileHandle;
    try {
      handle = await open(options.path, options.overwrite === true ? 'w' : 'ax');
    } catch (error) {
      const exists = (error as { code?: unknown }).code === 'EEXIST';
      throw new InputError(
        exists ? `journal file ${options.path} already exists; refusing to write a new journal over it` : `cannot create journal file ${options.path}: ${errorMessage(error)}`,
        { where: options.path, cause: error },
      );
    }
    return new JournalFileSink(options, handle);
  }

  /** Path of the segment being written. */
  get path(): string {
    return journalSegmentPath(this.#firstPath, this.#index);
  }

  get segment(): string {
    return basename(this.path);
  }

  get bytesWritten(): number {
    return this.#bytesWritten;
  }

  append(line: string): void {
    this.#throwIfUnusable();
    const bytes = Buffer.byteLength(line) + 1;
    this.#pending.push(line);
    this.#pendingBytes += bytes;
    this.#bytesWritten += bytes;
    if (this.#pendingBytes >= this.#bufferBytes) this.#writePending();
  }

  async flush(): Promise<void> {
    this.#throwIfUnusable();
    this.#writePending();
    if (this.#durable) this.#enqueue(() => this.#handle.datasync());
    await this.#queue;
    this.#throwIfUnusable();
  }

  rollover(): string {
    this.#throwIfUnusable();
    this.#writePending();
    this.#index += 1;
    const nextPath = this.path;
    this.#enqueue(async () => {
      await this.#handle.close();
      this.#handle = await open(nextPath, 'ax');
    });
    this.#bytesWritten = 0;
    return basename(nextPath);
  }

  /** Flushes and closes the current segment; the sink cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      await this.flush();
    } finally {
      this.#closed = true;
      await this.#queue;
      await this.#handle.close().catch(() => undefined);
    }
  }

  #writePending(): void {
    if (this.#pending.length === 0) return;
    const chunk = `${this.#pending.join('\n')}\n`;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#enqueue(() => this.#handle.appendFile(chunk));
  }

  #enqueue(step: () => Promise<unknown>): void {
    const segmentPath = this.path;
    this.#queue = this.#queue.then(async () => {
      if (this.#failure !== undefined) return;
      try {
        await step();
      } catch (error) {
        this.#failure = new DrydockError(`cannot write journal segment ${segmentPath}: ${errorMessage(error)}`, { cause: error });
      }
    });
  }

  #throwIfUnusable(): void {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#closed) throw new DrydockError(`journal file ${this.path} is closed`);
  }
}

/**
 * Reads a journal from its first segment and every later one beside it, checking that each later
 * segment starts with a `journal-continue` event naming the one before it. Returns the lines with
 * their segment and line number, ready for `verifyJournal`.
 */
export async function readJournalFile(path: string): Promise<JournalLine[]> {
  const lines = splitLines(await readSegment(path, true), basename(path));
  const later = await laterSegmentIndexes(path);
  let previousName = basename(path);
  for (let position = 0; position < later.length; position += 1) {
    const index = later[position]!;
    const expected = position + 2;
    if (index !== expected) {
      throw new IntegrityError(
        `journal segment ${basename(journalSegmentPath(path, expected))} is missing but ${basename(journalSegmentPath(path, index))} exists: a segment was removed`,
        { expected: basename(journalSegmentPath(path, expected)) },
      );
    }
    const segmentPath = journalSegmentPath(path, index);
    const name = basename(segmentPath);
    const segmentLines = splitLines(await readSegment(segmentPath, false), name);
    checkContinues(segmentLines[0], name, previousName);
    lines.push(...segmentLines);
    previousName = name;
  }
  return lines;
}

async function readSegment(path: string, first: boolean): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    const what = first ? 'journal file' : 'journal segment';
    throw new InputError(missing ? `${what} ${path} does not exist` : `cannot read ${what} ${path}: ${errorMessage(error)}`, {
      where: path,
      cause: error,
    });
  }
}

function splitLines(text: string, segment: string): JournalLine[] {
  const texts = text.split('\n');
  // A complete file ends with a newline, which leaves one empty string after the split.
  if (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts.map((line, index) => ({ text: line, segment, lineNumber: index + 1 }));
}

/** A later segment must start by naming the one before it; unreadable lines are left to verification. */
function checkContinues(first: JournalLine | undefined, name: string, previousName: string): void {
  if (first === undefined) {
    throw new IntegrityError(`journal segment ${name} is empty: it should start with a journal-continue event naming ${previousName}`);
  }
  let event: unknown;
  try {
    event = JSON.parse(first.text);
  } catch {
    return;
  }
  const { kind, data } = (typeof event === 'object' && event !== null ? event : {}) as { kind?: unknown; data?: { previousSegment?: unknown } };
  if (kind !== 'journal-continue' || data?.previousSegment !== previousName) {
    throw new IntegrityError(
      `journal segment ${name} does not continue ${previousName}: its first event is ${typeof kind === 'string' ? kind : 'not an event'}, not a journal-continue naming ${previousName}`,
      { expected: previousName, actual: typeof data?.previousSegment === 'string' ? data.previousSegment : undefined },
    );
  }
}
