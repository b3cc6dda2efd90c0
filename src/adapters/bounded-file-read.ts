import { constants, open } from 'node:fs/promises';

// O_NOFOLLOW makes the open fail (ELOOP) when the last component was swapped for a symlink after
// the caller checked it; O_NONBLOCK keeps a FIFO planted in the tree from blocking the open forever.
// Windows has neither flag; there the confinement checks before the open are what protect.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** What a bounded read found. */
export type BoundedRead =
  | { outcome: 'read'; bytes: Uint8Array }
  | { outcome: 'too-large'; size: number }
  | { outcome: 'not-a-file' };

/**
 * Reads a regular file of at most `maxBytes` bytes without following a symlink in the last
 * component. Never holds more than `maxBytes + 1` bytes, even when the file grows while it is read.
 * System errors (`ENOENT`, `ELOOP`, `EACCES`, …) are thrown as they are, for the caller to name.
 */
export async function readFileBounded(absolutePath: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(absolutePath, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { outcome: 'not-a-file' };
    if (stats.size > maxBytes) return { outcome: 'too-large', size: stats.size };
    // One byte more than allowed tells a file that grew past the cap from one that fits exactly.
    const limit = maxBytes + 1;
    let buffer = Buffer.alloc(Math.min(stats.size + 1, limit));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (buffer.length >= limit) break;
        // The file grew since `stat`: make room, still never past the cap.
        const larger = Buffer.alloc(Math.min(buffer.length * 2, limit));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { outcome: 'too-large', size: Math.max(filled, stats.size) };
    return { outcome: 'read', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, filled) };
  } finally {
    await handle.close();
  }
}
