/**
 * Keeps the first `limit` bytes of a stream and counts the rest, so a command that prints without
 * end costs at most `limit` bytes of memory.
 */
export class CappedOutput {
  private readonly limit: number;
  private readonly chunks: Buffer[] = [];
  private keptBytes = 0;
  /** Bytes that arrived after the cap was reached. */
  droppedBytes = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  append(chunk: Buffer): void {
    const room = this.limit - this.keptBytes;
    if (room >= chunk.length) {
      this.chunks.push(chunk);
      this.keptBytes += chunk.length;
      return;
    }
    if (room > 0) {
      // Copy the slice: a view would pin the whole chunk in memory.
      this.chunks.push(Buffer.from(chunk.subarray(0, room)));
      this.keptBytes += room;
    }
    this.droppedBytes += chunk.length - Math.max(room, 0);
  }

  /** The kept bytes as UTF-8; a character cut in half by the cap becomes U+FFFD. */
  text(): string {
    return Buffer.concat(this.chunks, this.keptBytes).toString('utf8');
  }
}
