import { describe, expect, it } from 'vitest';
import { ZipFormatError, readZipArchive } from '../../src/adapters/artifact-store-actions-zip.js';
import { craftZip, zipWithArchiver } from './artifact-store-actions-zip-fixtures.js';

const LIMITS = { maxTotalBytes: 1024 * 1024, maxEntries: 10 };
const bytes = (value: string) => Buffer.from(value, 'utf8');

function readError(archive: Buffer, limits = LIMITS): ZipFormatError {
  try {
    readZipArchive(archive, limits);
  } catch (error) {
    if (error instanceof ZipFormatError) return error;
    throw error;
  }
  throw new Error('expected the archive to be refused');
}

describe('readZipArchive', () => {
  it('reads the deflated and empty entries of a zip made by archiver', async () => {
    const archive = await zipWithArchiver({ 'a.json': '{"a":1}'.repeat(100), 'empty.txt': '', 'binary.bin': new Uint8Array([0, 255]) });
    const files = readZipArchive(archive, LIMITS);

    expect([...files.keys()]).toEqual(['a.json', 'empty.txt', 'binary.bin']);
    expect(Buffer.from(files.get('a.json') ?? []).toString()).toBe('{"a":1}'.repeat(100));
    expect(files.get('empty.txt')?.byteLength).toBe(0);
    expect([...(files.get('binary.bin') ?? [])]).toEqual([0, 255]);
  });

  it('reads stored and deflated entries of a hand-built zip', () => {
    const files = readZipArchive(
      craftZip([
        { name: 'stored.txt', content: bytes('plain') },
        { name: 'deflated.txt', content: bytes('squeezed'), deflate: true },
      ]),
      LIMITS,
    );
    expect(Object.fromEntries([...files].map(([name, content]) => [name, Buffer.from(content).toString()]))).toEqual({
      'stored.txt': 'plain',
      'deflated.txt': 'squeezed',
    });
  });

  it.each([
    ['../escape.txt', 'not a flat file name'],
    ['nested/file.txt', 'not a flat file name'],
    ['back\\slash.txt', 'not a flat file name'],
    ['nul\0.txt', 'not a flat file name'],
    ['directory/', 'directories are not accepted'],
  ])('refuses the entry name %j', (name, reason) => {
    const error = readError(craftZip([{ name, content: bytes('x') }]));
    expect(error.message).toContain(reason);
    expect(error.entryName).toBe(name);
  });

  it('refuses an entry that appears twice', () => {
    const error = readError(craftZip([{ name: 'a.txt', content: bytes('1') }, { name: 'a.txt', content: bytes('2') }]));
    expect(error.message).toBe('entry appears twice');
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    expect(readError(craftZip([{ name: 'secret.txt', content: bytes('x'), flags: 1 }])).message).toMatch(/encrypted/);
    expect(readError(craftZip([{ name: 'b.txt', content: bytes('x'), method: 12 }])).message).toBe('compression method 12 is not accepted');
  });

  it('stops a deflate bomb that declares a small size at the declared size', () => {
    const error = readError(craftZip([{ name: 'bomb.bin', content: new Uint8Array(512 * 1024), deflate: true, declaredSize: 10 }]));
    expect(error.message).toBe('entry expands past its declared size');
    expect(error.entryName).toBe('bomb.bin');
  });

  it('refuses archives whose entries declare more than the limit before inflating anything', () => {
    const archive = craftZip([
      { name: 'a.bin', content: new Uint8Array(600), deflate: true },
      { name: 'b.bin', content: new Uint8Array(600), deflate: true },
    ]);
    expect(readError(archive, { maxTotalBytes: 1000, maxEntries: 10 }).message).toBe('entries declare 1200 bytes, more than the limit of 1000');
  });

  it('refuses archives with more entries than allowed', () => {
    const archive = craftZip([1, 2, 3].map((index) => ({ name: `${index}.txt`, content: bytes('x') })));
    expect(readError(archive, { maxTotalBytes: 1000, maxEntries: 2 }).message).toBe('archive holds 3 entries, more than the limit of 2');
  });

  it('detects content changed after the checksum was written', () => {
    const archive = craftZip([{ name: 'a.txt', content: bytes('original') }]);
    archive[30 + 'a.txt'.length] = 'O'.charCodeAt(0);
    expect(readError(archive).message).toBe('entry checksum (CRC-32) does not match');
  });

  it('refuses data that is not a zip or is cut short', async () => {
    expect(readError(bytes('definitely not a zip archive')).message).toMatch(/not a zip archive/);
    const archive = await zipWithArchiver({ 'a.txt': 'a'.repeat(1000) });
    expect(() => readZipArchive(archive.subarray(0, archive.length - 40), LIMITS)).toThrow(ZipFormatError);
  });
});
