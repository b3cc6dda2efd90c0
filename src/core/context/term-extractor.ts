import { countWords, normalizeTerm, splitWord, wordsOf, type WordSink } from './identifier-terms.js';

/** Distinct terms with how often each occurs (parallel arrays: cheap to pass between threads). */
export interface TermCounts {
  /** Distinct terms, in order of first occurrence. */
  terms: string[];
  /** Occurrences of each term, at the same position. */
  counts: number[];
  /** The extractor's number for each term, at the same position (content terms only): lets the index builder skip a map look-up per term. */
  ids?: number[];
}

/** Words remembered by one extractor; beyond this, words are split again each time they are met. */
const MAXIMUM_CACHED_WORDS = 200_000;
/** Slots of the recent-word table (a power of two). */
const RECENT_WORD_SLOTS = 8192;

/**
 * Splits words into terms (see `identifier-terms.ts`), remembering each word it has seen, and
 * totals the content terms of one file at a time. As a {@link WordSink} it takes the words of the
 * file being indexed; {@link takeContentTerms} hands their terms over and starts the next file.
 * Terms get small numbers and are totalled in an array: this is the indexing hot loop, and map
 * look-ups per word occurrence cost more than the parsing.
 */
export class TermExtractor implements WordSink {
  private readonly contentTermIdsByWord = new Map<string, readonly number[]>();
  private readonly nameTermsByWord = new Map<string, readonly string[]>();
  private readonly termIds = new Map<string, number>();
  private readonly termsById: string[] = [];
  private fileCounts = new Int32Array(4096);
  private readonly touched: number[] = [];
  // Recently met words by a hash of a few of their characters: a hit, checked in place, costs no
  // copy of the word and no map look-up, and identifiers repeat within and across files.
  private readonly recentWords: Array<string | undefined> = new Array(RECENT_WORD_SLOTS);
  private readonly recentIds: Array<readonly number[] | undefined> = new Array(RECENT_WORD_SLOTS);
  private readonly directoryTerms = new Map<string, readonly string[]>();

  /** Terms of one word as it occurs in file contents: its normalized parts. */
  contentTermsOf(word: string): string[] {
    return this.contentTermIdsOf(word).map((id) => this.termsById[id] as string);
  }

  private contentTermIdsOf(word: string): readonly number[] {
    const cached = this.contentTermIdsByWord.get(word);
    if (cached !== undefined) return cached;
    const ids: number[] = [];
    for (const part of splitWord(word)) {
      const term = normalizeTerm(part);
      if (term !== undefined) ids.push(this.idOf(term));
    }
    if (this.contentTermIdsByWord.size < MAXIMUM_CACHED_WORDS) this.contentTermIdsByWord.set(word, ids);
    return ids;
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termsById.length;
      this.termIds.set(term, id);
      this.termsById.push(term);
      if (id >= this.fileCounts.length) {
        const larger = new Int32Array(this.fileCounts.length * 2);
        larger.set(this.fileCounts);
        this.fileCounts = larger;
      }
    }
    return id;
  }

  /** Takes one occurrence of a word of the current file's contents: `text.slice(start, end)`. */
  addWord(text: string, start: number, end: number): void {
    const length = end - start;
    // Terms are at least two characters long: a one-letter word never yields one.
    if (length < 2) return;
    const slot =
      (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 131 + text.charCodeAt(start + (length >> 1)) * 17 + text.charCodeAt(end - 1 - (length >> 2)) * 3) &
      (RECENT_WORD_SLOTS - 1);
    const recent = this.recentWords[slot];
    let ids: readonly number[];
    if (recent !== undefined && recent.length === length && text.startsWith(recent, start)) {
      ids = this.recentIds[slot] as readonly number[];
    } else {
      const word = text.slice(start, end);
      ids = this.contentTermIdsOf(word);
      this.recentWords[slot] = word;
      this.recentIds[slot] = ids;
    }
    const counts = this.fileCounts;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index] as number;
      if (counts[id] === 0) this.touched.push(id);
      counts[id] = (counts[id] as number) + 1;
    }
  }

  /** The content terms of the words taken since the last call, and a clean start for the next file. */
  takeContentTerms(): TermCounts {
    const terms: string[] = new Array(this.touched.length);
    const counts: number[] = new Array(this.touched.length);
    const ids = this.touched.slice();
    ids.forEach((id, position) => {
      terms[position] = this.termsById[id] as string;
      counts[position] = this.fileCounts[id] as number;
      this.fileCounts[id] = 0;
    });
    this.touched.length = 0;
    return { terms, counts, ids };
  }

  /** Forgets the words taken since the last {@link takeContentTerms}. */
  discardContentTerms(): void {
    for (const id of this.touched) this.fileCounts[id] = 0;
    this.touched.length = 0;
  }

  /** The content terms of a whole text (starts and ends a file of its own). */
  contentTermsOfText(text: string): TermCounts {
    this.discardContentTerms();
    countWords(text, this);
    return this.takeContentTerms();
  }

  /** Terms of one name (a path segment, a symbol, a goal word): its parts plus the joined form. */
  nameTermsOf(word: string): readonly string[] {
    const cached = this.nameTermsByWord.get(word);
    if (cached !== undefined) return cached;
    // A name is usually also a word of some file's contents: its parts are worked out once for both.
    const ids = this.contentTermIdsOf(word);
    const terms = ids.map((id) => this.termsById[id] as string);
    if (ids.length > 1 || splitWord(word).length > 1) {
      const joined = normalizeTerm(word.replace(/[_$]/g, ''));
      if (joined !== undefined && !(ids.length === 1 && terms[0] === joined)) terms.push(joined);
    }
    if (this.nameTermsByWord.size < MAXIMUM_CACHED_WORDS) this.nameTermsByWord.set(word, terms);
    return terms;
  }

  /** Adds the name terms of every word in `text` (a path, a symbol name, a goal) to `counts`. */
  countNameTerms(text: string, counts: Map<string, number>): void {
    for (const word of wordsOf(text)) {
      for (const term of this.nameTermsOf(word)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }

  /**
   * Adds the name terms of a path to `counts`, those of its file name `fileNameWeight` times;
   * a directory's terms are worked out once for all its files.
   */
  countPathTerms(path: string, counts: Map<string, number>, fileNameWeight = 1): void {
    const slash = path.lastIndexOf('/');
    if (slash > 0) {
      const directory = path.slice(0, slash);
      let terms = this.directoryTerms.get(directory);
      if (terms === undefined) {
        const directoryCounts = new Map<string, number>();
        this.countNameTerms(directory, directoryCounts);
        terms = [...directoryCounts].flatMap(([term, count]) => new Array<string>(count).fill(term));
        if (this.directoryTerms.size < MAXIMUM_CACHED_WORDS) this.directoryTerms.set(directory, terms);
      }
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    for (const word of wordsOf(path.slice(slash + 1))) {
      for (const term of this.nameTermsOf(word)) counts.set(term, (counts.get(term) ?? 0) + fileNameWeight);
    }
  }
}

/** The distinct terms of a goal, in the order they first occur. */
export function goalTerms(goal: string, extractor: TermExtractor = new TermExtractor()): string[] {
  const counts = new Map<string, number>();
  extractor.countNameTerms(goal, counts);
  return [...counts.keys()];
}
