import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small repository for plan tests: a CLI with a logger, a test, a CODEOWNERS file and a
 * workflow, committed in a real git repository (two commits, the second a fix, so churn and fix
 * history have something to count).
 */
export const PLAN_REPOSITORY_FILES: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "widgets", "type": "module", "scripts": { "test": "node --test" } }\n',
  'src/cli.ts': "import { log } from './log.js';\n\n/** Runs the widgets CLI. */\nexport function main(argv: string[]): void {\n  log(`widgets ${argv.join(' ')}`);\n}\n",
  'src/log.ts': '/** Writes one line to standard error. */\nexport function log(line: string): void {\n  process.stderr.write(`${line}\\n`);\n}\n',
  'src/math.ts': '/** Adds two numbers. */\nexport function add(left: number, right: number): number {\n  return left + right;\n}\n',
  'test/cli.test.ts': "import { main } from '../src/cli.js';\nmain(['--help']);\n",
  '.github/CODEOWNERS': 'src/ @acme/cli-team\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
};

function git(directory: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: directory,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: directory, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  });
}

/** Makes `workspace` (already holding the files) a git repository with two commits; returns HEAD. */
export function commitRepository(workspace: string): string {
  git(workspace, ['init', '-q', '-b', 'main']);
  git(workspace, ['add', '-A']);
  git(workspace, ['commit', '-q', '-m', 'Widgets CLI']);
  writeFileSync(join(workspace, 'src', 'cli.ts'), `${readFileSync(join(workspace, 'src', 'cli.ts'), 'utf8')}// handles an empty argv\n`);
  git(workspace, ['commit', '-q', '-am', 'fix: empty argv']);
  return git(workspace, ['rev-parse', 'HEAD']).trim();
}

/** An issue as the local forge keeps it (`gh issue view --json` shape). */
export interface IssueFixture {
  number: number;
  title: string;
  body: string;
  author: string;
  comments?: Array<{ author: string; body: string }>;
}

/** Writes the issue and its comments where the local forge reads them. */
export function writeLocalIssue(workspace: string, issue: IssueFixture): void {
  const records = join(workspace, '.git', 'drydock', 'forge');
  mkdirSync(join(records, 'issues'), { recursive: true });
  mkdirSync(join(records, 'comments'), { recursive: true });
  const url = `https://github.com/acme/widgets/issues/${issue.number}`;
  writeFileSync(join(records, 'issues', `${issue.number}.json`), JSON.stringify({ number: issue.number, title: issue.title, body: issue.body, author: issue.author, labels: [], url }));
  const comments = (issue.comments ?? []).map((comment, index) => ({
    id: index + 1,
    author: comment.author,
    body: comment.body,
    createdAt: `2026-01-0${index + 1}T00:00:00Z`,
    url: `${url}#issuecomment-${index + 1}`,
  }));
  writeFileSync(join(records, 'comments', `${issue.number}.json`), JSON.stringify(comments));
}

/** A plan task as the planner's `finish` takes it. */
export function plannedTask(id: string, dependsOn: string[] = [], path = 'src/cli.ts', change = 'modify') {
  return {
    id,
    title: `Task ${id}: add a --verbose flag`,
    description: 'Add a --verbose flag to the widgets CLI that logs each step.',
    targetFiles: [{ path, change }],
    acceptanceChecks: [{ kind: 'condition', description: 'running the CLI with --verbose logs each step' }],
    dependsOn,
    size: 's',
  };
}

/** The scripted model step that finishes the planner loop with `plan`. */
export function finishWith(plan: unknown) {
  return { toolCalls: [{ name: 'finish', arguments: { summary: 'Planned.', result: plan, evidence: [{ kind: 'file', detail: 'src/cli.ts' }] } }] };
}
