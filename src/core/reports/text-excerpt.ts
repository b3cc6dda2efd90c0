import { capText } from './report-text.js';

/**
 * Accumulates text that arrives in pieces (a CDATA block of 50 MB, a long `system-out`) while
 * holding at most about `cap` characters: the head, and with `keepTail` also the tail, since the
 * end of a test's output is usually where it failed. Counts what it dropped.
 */
export class TextExcerpt {
  private head = '';
  private tail = '';
  private dropped = 0;
  private readonly headCap: number;
  private readonly tailCap: number;

  constructor(cap: number, keepTail = false) {
    this.headCap = keepTail ? Math.floor(cap / 2) : cap;
    this.tailCap = keepTail ? cap - this.headCap : 0;
  }

  append(text: string): void {
    if (text.length === 0) return;
    let rest = text;
    if (this.head.length < this.headCap) {
      const room = this.headCap - this.head.length;
      this.head += rest.slice(0, room);
      rest = rest.slice(room);
      if (rest.length === 0) return;
    }
    if (this.tailCap === 0) {
      this.dropped += rest.length;
      return;
    }
    this.tail += rest;
    // Trim only once the tail is twice its cap, so appending stays linear overall.
    if (this.tail.length > this.tailCap * 2) this.trimTail();
  }

  /** The excerpt, with a marker where text was left out. */
  text(): string {
    this.trimTail();
    if (this.dropped === 0) return this.head + this.tail;
    const marker = `\n… [${this.dropped} characters left out] …\n`;
    if (this.tailCap === 0) return capText(this.head, this.headCap) + marker;
    return this.head + marker + this.tail;
  }

  private trimTail(): void {
    if (this.tail.length <= this.tailCap) return;
    this.dropped += this.tail.length - this.tailCap;
    this.tail = this.tail.slice(this.tail.length - this.tailCap);
  }
}
