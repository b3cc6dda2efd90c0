import { errorMessage } from '../../core/errors.js';
import { compilePathGlob } from '../../core/policy/path-glob.js';
import { matchInfra, MAX_INFRA_TEXT, type InfraMatch, type InfraPattern } from '../../core/triage/infra-patterns.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Bytes of one log file read; a bigger one is reported and passed over. */
const MAX_LOG_BYTES = 64 * 1024 * 1024;
/** Log files looked at. */
const MAX_LOG_FILES = 50;

/**
 * The first infrastructure failure in the job's log files (globs relative to the workspace, read
 * through the guarded workspace). Only the last bytes of each file are read: a machine that runs
 * out of memory or disk says so at the end.
 */
export async function matchLogs(context: StageContext<unknown>, patterns: readonly string[], infra: readonly InfraPattern[]): Promise<InfraMatch | undefined> {
  const globs = patterns.map((pattern) => compilePathGlob(pattern));
  const files = (await context.workspace.list('', { recursive: true }))
    .filter((entry) => entry.type === 'file' && globs.some((glob) => glob.matches(entry.path)))
    .slice(0, MAX_LOG_FILES);
  for (const file of files) {
    let text: string;
    try {
      const bytes = await context.workspace.readBytes(file.path, { maxBytes: MAX_LOG_BYTES });
      text = new TextDecoder().decode(bytes.subarray(Math.max(0, bytes.length - MAX_INFRA_TEXT)));
    } catch (error) {
      context.io.info(`Log ${file.path} cannot be read: ${errorMessage(error)}`);
      continue;
    }
    const match = matchInfra(infra, [text]);
    if (match !== undefined) {
      context.journal.append('decision', { decision: 'log-infra', file: file.path, kind: match.kind, pattern: match.pattern });
      return match;
    }
  }
  return undefined;
}
