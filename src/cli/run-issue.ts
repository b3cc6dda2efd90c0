import { readFile } from 'node:fs/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { runGit } from '../adapters/git-command.js';

/** An issue read from `--issue-file`. */
export interface LocalIssue {
  number: number;
  title: string;
  body: string;
}

/**
 * Reads an issue file: JSON (`{"title", "body", "number"?}`, or what `gh issue view N --json
 * number,title,body,author,labels,url` prints) or Markdown, whose first `# ` heading is the title
 * and the rest the body.
 */
export async function readIssueFile(path: string): Promise<Omit<LocalIssue, 'number'> & { number?: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`--issue-file ${path} cannot be read: ${(error as Error).message}`, { where: path, cause: error });
  }
  if (path.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new InputError(`--issue-file ${path} is not valid JSON: ${(error as Error).message}`, { where: path, cause: error });
    }
    const issue = parsed as { title?: unknown; body?: unknown; number?: unknown };
    if (typeof issue !== 'object' || issue === null || typeof issue.title !== 'string' || issue.title.trim() === '') {
      throw new InputError(`--issue-file ${path} must be a JSON object with a "title" string (and a "body").`, { where: path });
    }
    const number = typeof issue.number === 'number' && Number.isSafeInteger(issue.number) && issue.number > 0 ? issue.number : undefined;
    return { title: issue.title, body: typeof issue.body === 'string' ? issue.body : '', ...(number === undefined ? {} : { number }) };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headingIndex = lines.findIndex((line) => /^#\s+\S/.test(line));
  if (headingIndex < 0) throw new InputError(`--issue-file ${path} has no title: start it with a '# Title' line (or give a .json file).`, { where: path });
  const title = lines[headingIndex]!.replace(/^#\s+/, '').trim();
  const body = lines.slice(headingIndex + 1).join('\n').trim();
  return { title, body };
}

/**
 * Files the issue with the local forge (`<git dir>/drydock/forge/issues/<n>.json`), where the plan
 * stage reads issues on a local run. The number is the file's own, or the next free one; an
 * existing issue with that number and other content is never overwritten.
 */
export async function fileLocalIssue(repo: string, issue: Omit<LocalIssue, 'number'> & { number?: number }, author: string): Promise<LocalIssue> {
  const gitDirectory = await runGit(repo, ['rev-parse', '--absolute-git-dir']);
  if (gitDirectory.exitCode !== 0) throw new InputError(`${repo} is not a git repository: ${gitDirectory.stderr.trim()}`, { where: repo });
  const directory = join(gitDirectory.stdout.trim(), 'drydock', 'forge', 'issues');
  await mkdir(directory, { recursive: true });
  const record = `${JSON.stringify({ title: issue.title, body: issue.body, author, labels: ['drydock'] }, null, 2)}\n`;
  for (let number = issue.number ?? 1; number < (issue.number ?? 1) + 10_000; number += 1) {
    const file = join(directory, `${number}.json`);
    let existing: string | undefined;
    try {
      existing = await readFile(file, 'utf8');
    } catch {
      existing = undefined;
    }
    if (existing === undefined) {
      await writeFile(file, record, { flag: 'wx' });
      return { number, title: issue.title, body: issue.body };
    }
    if (existing === record) return { number, title: issue.title, body: issue.body };
    if (issue.number !== undefined) {
      throw new InputError(`Issue #${issue.number} already exists in the local forge (${file}) with other content; remove the "number" from the issue file or that record.`, { where: file });
    }
  }
  throw new InputError(`No free issue number in ${directory}.`, { where: directory });
}
