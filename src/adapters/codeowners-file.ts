import path from 'node:path';
import { InputError } from '../core/errors.js';
import { CODEOWNERS_LOCATIONS, parseCodeOwners, type CodeOwners } from '../core/risk/codeowners.js';
import { readFileBounded } from './bounded-file-read.js';
import { systemErrorCode } from './system-error-code.js';

/** GitHub does not load a CODEOWNERS file of 3 MB or more. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024 - 1;

/** Errors that mean "no file here": missing, a parent is a file, or a symbolic link (GitHub reads links as their target's name, not a file). */
const ABSENT_CODES = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/** A CODEOWNERS file found in a repository. */
export interface CodeOwnersFile {
  /** Where it was found, relative to the repository root (one of `CODEOWNERS_LOCATIONS`). */
  location: string;
  /** Its parsed rules. */
  codeOwners: CodeOwners;
}

/**
 * Reads the CODEOWNERS file GitHub would use: the first of `.github/CODEOWNERS`, `CODEOWNERS` and
 * `docs/CODEOWNERS` that is a regular file. Undefined when there is none; an `InputError` when it
 * is too large for GitHub to load.
 */
export async function readCodeOwnersFile(repoDir: string): Promise<CodeOwnersFile | undefined> {
  for (const location of CODEOWNERS_LOCATIONS) {
    let read;
    try {
      read = await readFileBounded(path.join(repoDir, location), MAX_CODEOWNERS_BYTES);
    } catch (error) {
      if (ABSENT_CODES.has(systemErrorCode(error) ?? '')) continue;
      throw error;
    }
    if (read.outcome === 'not-a-file') continue;
    if (read.outcome === 'too-large') {
      throw new InputError(`${location} is ${read.size} bytes; GitHub only loads CODEOWNERS files under 3 MB`, { where: location });
    }
    return { location, codeOwners: parseCodeOwners(new TextDecoder().decode(read.bytes)) };
  }
  return undefined;
}
