import { z } from 'zod';
import { compilePathGlob, type PathGlob } from '../../policy/path-glob.js';
import { errorMessage } from '../../errors.js';
import type { ToolDefinition } from '../tool.js';
import { baseName } from '../workspace-walk.js';
import { catastrophicPatternReason } from './regex-safety.js';
import { searchWorkspace, type SearchMatch, type SearchSkipped } from './search-scan.js';

/** Most results one call may ask for. */
export const MAX_SEARCH_RESULTS = 500;
/** Longest pattern accepted. */
const MAX_PATTERN_LENGTH = 500;

const searchInput = z.strictObject({
  pattern: z
    .string()
    .min(1)
    .max(MAX_PATTERN_LENGTH)
    .describe('JavaScript regular expression, matched against each line separately (no "/" delimiters, no flags).')
    .superRefine((pattern, issues) => {
      try {
        new RegExp(pattern);
      } catch (error) {
        issues.addIssue({ code: 'custom', message: `not a valid regular expression: ${errorMessage(error)}` });
        return;
      }
      const unsafe = catastrophicPatternReason(pattern);
      if (unsafe !== undefined) issues.addIssue({ code: 'custom', message: `refused: ${unsafe}` });
    }),
  directory: z.string().min(1).default('.').describe('Directory to search, relative to the repository root ("." for all).'),
  glob: z
    .string()
    .min(1)
    .superRefine((glob, issues) => {
      try {
        compilePathGlob(glob);
      } catch (error) {
        issues.addIssue({ code: 'custom', message: errorMessage(error) });
      }
    })
    .optional()
    .describe('Only files matching this glob: without "/" it matches file names at any depth ("*.ts"); with "/" the path from the repository root ("src/**/*.test.ts").'),
  ignore_case: z.boolean().default(false).describe('Match letters whatever their case.'),
  max_results: z.int().min(1).max(MAX_SEARCH_RESULTS).default(100).describe('Stop after this many matching lines.'),
});

/** Arguments of `search`. */
export type SearchInput = z.infer<typeof searchInput>;

/** What `search` returns. */
export interface SearchOutput {
  /** Matching lines, in path and line order. */
  matches: SearchMatch[];
  /** Files whose content was searched. */
  filesSearched: number;
  /** Whether the search stopped at `max_results` or a scan limit before covering everything. */
  truncated: boolean;
  /** Files left out, by reason. */
  skipped: SearchSkipped;
}

/** `search`: a regular expression over the text files of a directory, `.gitignore` respected. */
export const searchTool: ToolDefinition<SearchInput, SearchOutput> = {
  name: 'search',
  description:
    'Search the text files of the repository for a regular expression, line by line. Returns "path:line:text" for each ' +
    'matching line. Respects .gitignore, leaves out .git and binary files.',
  inputSchema: searchInput,
  sideEffect: false,
  truncationHint: 'narrow the search with directory or glob, or a more specific pattern',
  actions: (input) => [{ type: 'read', path: input.directory }],
  async execute(input, context) {
    const result = await searchWorkspace(context, {
      directory: input.directory,
      expression: new RegExp(input.pattern, input.ignore_case ? 'i' : ''),
      includes: fileFilter(input.glob),
      maxResults: input.max_results,
    });
    const files = new Set(result.matches.map((match) => match.path)).size;
    const lines: string[] = [];
    if (result.matches.length === 0) {
      lines.push(`No matches for /${input.pattern}/ in ${result.filesSearched} files searched.`);
    } else {
      const stopped = result.truncated ? ' (stopped early: more matches may exist)' : '';
      lines.push(`${result.matches.length} matching lines in ${files} files (${result.filesSearched} files searched)${stopped}:`);
      lines.push(...result.matches.map((match) => `${match.path}:${match.line}:${match.text}`));
    }
    lines.push(...skippedNotes(result.skipped));
    return { ok: true, output: result, text: lines.join('\n') };
  },
};

function fileFilter(glob: string | undefined): (path: string) => boolean {
  if (glob === undefined) return () => true;
  const compiled: PathGlob = compilePathGlob(glob);
  if (glob.includes('/')) return (path) => compiled.matches(path);
  return (path) => compiled.matches(baseName(path));
}

function skippedNotes(skipped: SearchSkipped): string[] {
  const parts: string[] = [];
  if (skipped.ignored > 0) parts.push(`${skipped.ignored} ignored by .gitignore`);
  if (skipped.binary > 0) parts.push(`${skipped.binary} binary`);
  if (skipped.tooLarge > 0) parts.push(`${skipped.tooLarge} too large to search`);
  if (skipped.protected > 0) parts.push(`${skipped.protected} protected`);
  if (skipped.notPermitted > 0) parts.push(`${skipped.notPermitted} with matches this identity may not read`);
  if (skipped.unreadable > 0) parts.push(`${skipped.unreadable} unreadable`);
  return parts.length === 0 ? [] : [`[files left out: ${parts.join(', ')}]`];
}
