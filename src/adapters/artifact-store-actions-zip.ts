import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads the flat zip archives that the artifact service hands back, with hard limits.
 *
 * Written from the PKWARE APPNOTE (end of central directory, central directory, local headers).
 * We read the archive ourselves instead of letting the client extract it to disk because a
 * hostile artifact from another run could otherwise fill the runner's disk (a small deflated
 * entry can expand a thousandfold) or write outside the target directory.
 */

const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const CENTRAL_DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
const CENTRAL_DIRECTORY_ENTRY_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAXIMUM_COMMENT_LENGTH = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;

/** Limits for {@link readZipArchive}. */
export interface ZipReadLimits {
  /** Most bytes all entries may hold together once decompressed. */
  maxTotalBytes: number;
  /** Most entries the archive may hold. */
  maxEntries: number;
}

/** The archive is not a zip this reader accepts; the message says why. */
export class ZipFormatError extends Error {
  /** The entry the problem is in, when it is about one entry. */
  readonly entryName: string | undefined;

  constructor(message: string, entryName?: string) {
    super(message);
    this.name = 'ZipFormatError';
    this.entryName = entryName;
  }
}

interface CentralDirectoryEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Entries of a zip archive by name, in archive order. Refuses directories, nested paths,
 * duplicate names, encryption, zip64 and methods other than stored and deflated, and stops
 * before the decompressed total passes `maxTotalBytes`.
 */
export function readZipArchive(archive: Uint8Array, limits: ZipReadLimits): Map<string, Uint8Array> {
  const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entries = readCentralDirectory(view, limits);
  const declaredTotal = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (declaredTotal > limits.maxTotalBytes) {
    throw new ZipFormatError(`entries declare ${declaredTotal} bytes, more than the limit of ${limits.maxTotalBytes}`);
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    files.set(entry.name, readEntry(view, entry));
  }
  return files;
}

function readCentralDirectory(view: Buffer, limits: ZipReadLimits): CentralDirectoryEntry[] {
  const end = findEndOfCentralDirectory(view);
  const entryCount = view.readUInt16LE(end + 10);
  const directorySize = view.readUInt32LE(end + 12);
  const directoryOffset = view.readUInt32LE(end + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipFormatError('zip64 archives are not accepted');
  }
  if (view.readUInt16LE(end + 8) !== entryCount || view.readUInt16LE(end + 4) !== 0) {
    throw new ZipFormatError('multi-disk archives are not accepted');
  }
  if (entryCount > limits.maxEntries) {
    throw new ZipFormatError(`archive holds ${entryCount} entries, more than the limit of ${limits.maxEntries}`);
  }
  if (directoryOffset + directorySize > end) {
    throw new ZipFormatError('central directory lies outside the archive');
  }
  const entries: CentralDirectoryEntry[] = [];
  const seen = new Set<string>();
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (offset + CENTRAL_DIRECTORY_ENTRY_SIZE > end || view.readUInt32LE(offset) !== CENTRAL_DIRECTORY_SIGNATURE) {
      throw new ZipFormatError(`central directory entry ${index} is damaged`);
    }
    const nameLength = view.readUInt16LE(offset + 28);
    const extraLength = view.readUInt16LE(offset + 30);
    const commentLength = view.readUInt16LE(offset + 32);
    const nameStart = offset + CENTRAL_DIRECTORY_ENTRY_SIZE;
    if (nameStart + nameLength > end) {
      throw new ZipFormatError(`central directory entry ${index} is damaged`);
    }
    const name = view.toString('utf8', nameStart, nameStart + nameLength);
    const entry: CentralDirectoryEntry = {
      name,
      flags: view.readUInt16LE(offset + 8),
      method: view.readUInt16LE(offset + 10),
      crc: view.readUInt32LE(offset + 16),
      compressedSize: view.readUInt32LE(offset + 20),
      uncompressedSize: view.readUInt32LE(offset + 24),
      localHeaderOffset: view.readUInt32LE(offset + 42),
    };
    checkEntry(entry, seen);
    seen.add(name);
    entries.push(entry);
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: Buffer): number {
  const earliest = Math.max(0, view.length - END_OF_CENTRAL_DIRECTORY_SIZE - MAXIMUM_COMMENT_LENGTH);
  for (let offset = view.length - END_OF_CENTRAL_DIRECTORY_SIZE; offset >= earliest; offset--) {
    if (view.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY_SIGNATURE) return offset;
  }
  throw new ZipFormatError('not a zip archive (no end of central directory record)');
}

function checkEntry(entry: CentralDirectoryEntry, seen: ReadonlySet<string>): void {
  const { name } = entry;
  if (name.endsWith('/')) throw new ZipFormatError('directories are not accepted', name);
  // A flat name is the only shape we write; anything else could point outside the artifact.
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
    throw new ZipFormatError('entry name is not a flat file name', name);
  }
  if (seen.has(name)) throw new ZipFormatError('entry appears twice', name);
  if ((entry.flags & FLAG_ENCRYPTED) !== 0) throw new ZipFormatError('encrypted entries are not accepted', name);
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
    throw new ZipFormatError(`compression method ${entry.method} is not accepted`, name);
  }
  if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
    throw new ZipFormatError('zip64 entries are not accepted', entry.name);
  }
}

function readEntry(view: Buffer, entry: CentralDirectoryEntry): Uint8Array {
  const header = entry.localHeaderOffset;
  if (header + LOCAL_HEADER_SIZE > view.length || view.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipFormatError('local header is damaged', entry.name);
  }
  const dataStart = header + LOCAL_HEADER_SIZE + view.readUInt16LE(header + 26) + view.readUInt16LE(header + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > view.length) throw new ZipFormatError('entry data runs past the end of the archive', entry.name);
  const compressed = view.subarray(dataStart, dataEnd);
  const content = entry.method === METHOD_STORED ? Buffer.from(compressed) : inflate(compressed, entry);
  if (content.length !== entry.uncompressedSize) {
    throw new ZipFormatError(`entry holds ${content.length} bytes but declares ${entry.uncompressedSize}`, entry.name);
  }
  if (crc32(content) !== entry.crc) throw new ZipFormatError('entry checksum (CRC-32) does not match', entry.name);
  return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}

function inflate(compressed: Buffer, entry: CentralDirectoryEntry): Buffer {
  try {
    // The declared size was checked against the budget; never let the stream produce more.
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const reason = error instanceof RangeError ? 'entry expands past its declared size' : 'entry data is not valid deflate data';
    throw new ZipFormatError(reason, entry.name);
  }
}
