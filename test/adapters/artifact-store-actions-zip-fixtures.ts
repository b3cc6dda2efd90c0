/**
 * Zip archives for tests: real ones made by `archiver` (the library `@actions/artifact` zips
 * uploads with, taken from node_modules, tests only) and hand-built ones for hostile cases that
 * no well-behaved zip library would produce.
 */
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';

interface Archiver {
  append(content: Buffer, data: { name: string }): void;
  pipe(destination: NodeJS.WritableStream): void;
  finalize(): Promise<void>;
}
interface ArchiverModule {
  create(format: 'zip', options: { zlib: { level: number } }): Archiver;
}

const require = createRequire(import.meta.url);

/** A zip of `files` made by `archiver`, as `@actions/artifact` makes them. */
export async function zipWithArchiver(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const archiver = require('archiver') as ArchiverModule;
  const zip = archiver.create('zip', { zlib: { level: 6 } });
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  zip.pipe(output);
  for (const [name, content] of Object.entries(files)) zip.append(Buffer.from(content), { name });
  await zip.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/** One entry of a hand-built zip; the overrides let a test lie in the headers. */
export interface CraftedEntry {
  name: string;
  content: Uint8Array;
  /** Deflate the content (method 8) instead of storing it (method 0). */
  deflate?: boolean;
  /** Uncompressed size to declare instead of the real one. */
  declaredSize?: number;
  /** General purpose flags, e.g. 1 for "encrypted". */
  flags?: number;
  /** Compression method to declare instead of the real one. */
  method?: number;
}

/** A zip built byte by byte (APPNOTE layout, no data descriptors). */
export function craftZip(entries: readonly CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.deflate ? deflateRawSync(entry.content) : Buffer.from(entry.content);
    const method = entry.method ?? (entry.deflate ? 8 : 0);
    const size = entry.declaredSize ?? entry.content.byteLength;
    const checksum = crc32(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
