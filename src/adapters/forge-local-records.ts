import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../core/errors.js';

/**
 * The local forge's records: JSON files under one directory, written atomically.
 *
 *   issues/<n>.json    an issue, written by hand or by `gh issue view <n> --json number,title,body,author,labels,url`
 *   labels/<n>.json    labels added by runs (the issue file stays as its author wrote it)
 *   comments/<n>.json  comments on issue or pull request <n>
 *   pulls/<n>.json     pull requests
 */

/** An issue file: plain fields, or the shape `gh issue view --json` prints (author and labels as objects). */
const issueFileSchema = z.object({
  number: z.number().int().positive().optional(),
  title: z.string(),
  body: z.string().nullable().optional(),
  author: z.union([z.string(), z.object({ login: z.string() })]).optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string() })])).optional(),
  url: z.string().optional(),
});

export interface IssueRecord {
  title: string;
  body: string;
  author: string | undefined;
  labels: string[];
  url: string | undefined;
}

export const commentRecordSchema = z.strictObject({
  id: z.number().int().positive(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
  url: z.string(),
});
export type CommentRecord = z.infer<typeof commentRecordSchema>;

export const pullRequestRecordSchema = z.strictObject({
  number: z.number().int().positive(),
  url: z.string(),
  head: z.string(),
  base: z.string(),
  title: z.string(),
  body: z.string(),
  draft: z.boolean(),
  state: z.enum(['open', 'closed', 'merged']),
});
export type PullRequestRecord = z.infer<typeof pullRequestRecordSchema>;

const labelsSchema = z.array(z.string());

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export class LocalRecords {
  /** Absolute directory holding the records. */
  readonly directory: string;

  constructor(directory: string) {
    this.directory = path.resolve(directory);
  }

  /** Absolute path of a record file. */
  file(kind: 'issues' | 'labels' | 'comments' | 'pulls', number: number): string {
    return path.join(this.directory, kind, `${number}.json`);
  }

  /** Parsed JSON of a record file, undefined when the file does not exist. */
  private async read<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`Forge record ${file} is not valid JSON: ${(error as Error).message}`, { where: file, cause: error });
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new InputError(`Forge record ${file} is invalid:\n${z.prettifyError(result.error)}`, { where: file });
    }
    return result.data;
  }

  /** Writes through a temporary file and a rename, so a reader never sees half a record. */
  private async write(file: string, value: unknown): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The issue file of issue `number`, or undefined when there is none. */
  async readIssue(number: number): Promise<IssueRecord | undefined> {
    const file = this.file('issues', number);
    const data = await this.read(file, issueFileSchema);
    if (data === undefined) return undefined;
    if (data.number !== undefined && data.number !== number) {
      throw new InputError(`Issue file ${file} says it is issue #${data.number}, not #${number}.`, { where: file });
    }
    return {
      title: data.title,
      body: data.body ?? '',
      author: typeof data.author === 'object' ? data.author.login : data.author,
      labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name)),
      url: data.url,
    };
  }

  async readLabels(number: number): Promise<string[]> {
    return (await this.read(this.file('labels', number), labelsSchema)) ?? [];
  }

  writeLabels(number: number, labels: readonly string[]): Promise<void> {
    return this.write(this.file('labels', number), labels);
  }

  async readComments(number: number): Promise<CommentRecord[]> {
    return (await this.read(this.file('comments', number), z.array(commentRecordSchema))) ?? [];
  }

  writeComments(number: number, comments: readonly CommentRecord[]): Promise<void> {
    return this.write(this.file('comments', number), comments);
  }

  readPullRequest(number: number): Promise<PullRequestRecord | undefined> {
    return this.read(this.file('pulls', number), pullRequestRecordSchema);
  }

  async listPullRequests(): Promise<PullRequestRecord[]> {
    const records = await Promise.all((await this.numbers('pulls')).map((number) => this.readPullRequest(number)));
    return records.filter((record) => record !== undefined);
  }

  writePullRequest(record: PullRequestRecord): Promise<void> {
    return this.write(this.file('pulls', record.number), record);
  }

  /** Record numbers present in one folder, ascending. */
  async numbers(kind: 'issues' | 'labels' | 'comments' | 'pulls'): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(path.join(this.directory, kind));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    return names
      .map((name) => /^([1-9]\d*)\.json$/.exec(name)?.[1])
      .filter((digits) => digits !== undefined)
      .map(Number)
      .sort((left, right) => left - right);
  }

  /** The next free number: issues and pull requests share one sequence, as on GitHub. */
  async nextNumber(): Promise<number> {
    const used = [...(await this.numbers('issues')), ...(await this.numbers('pulls'))];
    return Math.max(0, ...used) + 1;
  }

  /** The next free comment id across every issue and pull request. */
  async nextCommentId(): Promise<number> {
    const lists = await Promise.all((await this.numbers('comments')).map((number) => this.readComments(number)));
    return Math.max(0, ...lists.flat().map((comment) => comment.id)) + 1;
  }
}
