import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalFileSink, journalSegmentPath, readJournalFile } from '../../src/adapters/journal-file.js';
import { DrydockError, InputError, IntegrityError } from '../../src/core/errors.js';
import { Journal } from '../../src/core/journal/journal.js';
import { verifyJournal } from '../../src/core/journal/verify.js';
import { steppingClock } from '../core/journal/helpers.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'drydock-journal-file-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function journalOver(sink: JournalFileSink, maxSegmentBytes?: number): Journal {
  return new Journal({ runId: 'run-1', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock: steppingClock(), maxSegmentBytes });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('journalSegmentPath', () => {
  it('names later segments beside the first', () => {
    expect(journalSegmentPath('/runs/journal.jsonl', 1)).toBe('/runs/journal.jsonl');
    expect(journalSegmentPath('/runs/journal.jsonl', 2)).toBe('/runs/journal.2.jsonl');
    expect(journalSegmentPath('/runs/plan.journal.jsonl', 12)).toBe('/runs/plan.journal.12.jsonl');
    expect(journalSegmentPath('/runs/journal', 3)).toBe('/runs/journal.3');
  });
});

describe('JournalFileSink', () => {
  it('writes JSON lines that read back and verify', async () => {
    const path = join(directory, 'journal.jsonl');
    const sink = await JournalFileSink.create({ path });
    const journal = journalOver(sink);
    journal.append('stage-start', { goal: 'ünïcödé ✓' });
    journal.append('tool-call', { tool: 'read_file' });
    expect(sink.segment).toBe('journal.jsonl');
    await journal.flush();
    const content = await readFile(path, 'utf8');
    expect(content.endsWith('\n')).toBe(true);
    expect(sink.bytesWritten).toBe(Buffer.byteLength(content));
    const lines = await readJournalFile(path);
    expect(lines.map((line) => [line.segment, line.lineNumber])).toEqual([
      ['journal.jsonl', 1],
      ['journal.jsonl', 2],
    ]);
    expect(verifyJournal(lines)).toMatchObject({ ok: true, head: journal.head });
    await sink.close();
  });

  it('writes queued lines once the buffer fills, in order, and all of them on close', async () => {
    const path = join(directory, 'journal.jsonl');
    const sink = await JournalFileSink.create({ path, bufferBytes: 256, durable: false });
    const journal = journalOver(sink);
    for (let index = 0; index < 500; index += 1) journal.append('tool-call', { index });
    await sink.close();
    const lines = await readJournalFile(path);
    expect(lines).toHaveLength(500);
    const verification = verifyJournal(lines);
    expect(verification.ok).toBe(true);
    expect(verification.events.map((event) => event.data.index)).toEqual([...Array(500).keys()]);
    expect(() => sink.append('{}')).toThrow(/is closed/);
  });

  it('refuses to write over an existing journal, naming the path', async () => {
    const path = join(directory, 'journal.jsonl');
    await writeFile(path, 'evidence\n');
    const error = await rejection(JournalFileSink.create({ path }));
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).message).toBe(`journal file ${path} already exists; refusing to write a new journal over it`);
    expect((error as InputError).where).toBe(path);
    expect(await readFile(path, 'utf8')).toBe('evidence\n');
  });

  it('refuses when only a later segment of an earlier journal is left', async () => {
    await writeFile(join(directory, 'journal.2.jsonl'), 'old\n');
    const error = await rejection(JournalFileSink.create({ path: join(directory, 'journal.jsonl') }));
    expect((error as Error).message).toMatch(/journal\.2\.jsonl already exists/);
  });

  it('replaces an earlier journal and its segments when told to overwrite', async () => {
    const path = join(directory, 'journal.jsonl');
    await writeFile(path, 'old\n');
    await writeFile(join(directory, 'journal.2.jsonl'), 'old\n');
    const sink = await JournalFileSink.create({ path, overwrite: true });
    journalOver(sink).append('stage-start', {});
    await sink.close();
    expect(await readdir(directory)).toEqual(['journal.jsonl']);
    expect(verifyJournal(await readJournalFile(path)).ok).toBe(true);
  });

  it('rolls over into journal.2.jsonl, journal.3.jsonl, … and the reader follows them', async () => {
    const path = join(directory, 'journal.jsonl');
    const sink = await JournalFileSink.create({ path });
    const journal = journalOver(sink, 1500);
    for (let index = 0; index < 30; index += 1) journal.append('tool-call', { tool: 'run_command', input: { argv: ['npm', 'test', `--shard=${index}`] } });
    expect(sink.segment).not.toBe('journal.jsonl');
    await sink.close();
    const names = await readdir(directory);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual(expect.arrayContaining(['journal.jsonl', 'journal.2.jsonl', 'journal.10.jsonl']));
    for (const name of names) expect((await readFile(join(directory, name))).length, name).toBeLessThanOrEqual(1500);
    const lines = await readJournalFile(path);
    const segments = [...new Set(lines.map((line) => line.segment))];
    expect(segments).toEqual(names.map((_name, index) => (index === 0 ? 'journal.jsonl' : `journal.${index + 1}.jsonl`)));
    const verification = verifyJournal(lines);
    expect(verification).toMatchObject({ ok: true, head: journal.head });
    expect(verification.events.filter((event) => event.kind === 'tool-call')).toHaveLength(30);
  });

  it('reports a failed write at the next flush, naming the segment', async () => {
    const nested = join(directory, 'nested');
    await (await import('node:fs/promises')).mkdir(nested);
    const sink = await JournalFileSink.create({ path: join(nested, 'journal.jsonl') });
    sink.append('{}');
    await rm(nested, { recursive: true });
    sink.rollover();
    const error = await rejection(sink.flush());
    expect(DrydockError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/cannot write journal segment .*journal\.2\.jsonl/);
    expect(() => sink.append('{}')).toThrow(/journal\.2\.jsonl/);
    await sink.close().catch(() => undefined);
  });
});

describe('readJournalFile', () => {
  async function writeRolledJournal(): Promise<string> {
    const path = join(directory, 'journal.jsonl');
    const sink = await JournalFileSink.create({ path, durable: false });
    const journal = journalOver(sink, 700);
    for (let index = 0; index < 12; index += 1) journal.append('tool-call', { index });
    await sink.close();
    return path;
  }

  it('gives an InputError naming a missing file', async () => {
    const path = join(directory, 'absent.jsonl');
    const error = await rejection(readJournalFile(path));
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(`journal file ${path} does not exist`);
  });

  it('reads an empty file as no lines', async () => {
    const path = join(directory, 'journal.jsonl');
    await writeFile(path, '');
    expect(await readJournalFile(path)).toEqual([]);
  });

  it('refuses a journal with a segment missing in the middle', async () => {
    const path = await writeRolledJournal();
    expect((await readdir(directory)).length).toBeGreaterThanOrEqual(3);
    await rm(join(directory, 'journal.2.jsonl'));
    const error = await rejection(readJournalFile(path));
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/journal segment journal\.2\.jsonl is missing but journal\.3\.jsonl exists/);
  });

  it('refuses a later segment that does not continue the one before it', async () => {
    const path = await writeRolledJournal();
    const second = join(directory, 'journal.2.jsonl');
    const lines = (await readFile(second, 'utf8')).split('\n');
    await writeFile(second, lines.slice(1).join('\n'));
    const error = await rejection(readJournalFile(path));
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      'journal segment journal.2.jsonl does not continue journal.jsonl: its first event is tool-call, not a journal-continue naming journal.jsonl',
    );
  });

  it('leaves an unreadable first line of a segment to verification', async () => {
    const path = await writeRolledJournal();
    const second = join(directory, 'journal.2.jsonl');
    const content = await readFile(second, 'utf8');
    await writeFile(second, `garbage${content.slice(content.indexOf('\n'))}`);
    const verification = verifyJournal(await readJournalFile(path));
    expect(verification.ok).toBe(false);
    if (!verification.ok) expect(verification.firstBad.message).toMatch(/^line 1 of journal\.2\.jsonl: not valid JSON/);
  });
});
