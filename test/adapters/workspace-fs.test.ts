import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { Workspace } from '../../src/core/ports/workspace.js';
import { createFileWorkspace } from '../../src/adapters/workspace-fs.js';

const isWindows = process.platform === 'win32';

let base: string;
let root: string;
let outside: string;
let workspace: Workspace;

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-workspace-')));
  root = path.join(base, 'root');
  outside = path.join(base, 'outside');
  await mkdir(root);
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.txt'), 'outside secret');
  await writeFile(path.join(root, 'hello.txt'), 'hello');
  workspace = await createFileWorkspace(root);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function refusal(operation: Promise<unknown>): Promise<InputError> {
  const error = await operation.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(InputError.isInstance(error), `expected an InputError, got ${String(error)}`).toBe(true);
  return error as InputError;
}

describe('createFileWorkspace', () => {
  it('resolves the root to its real path', async () => {
    const alias = path.join(base, 'alias');
    await symlink(root, alias);
    const aliased = await createFileWorkspace(alias);
    expect(aliased.root).toBe(root);
    expect(await aliased.readText('hello.txt')).toBe('hello');
  });

  it('refuses a root that does not exist or is a file', async () => {
    expect((await refusal(createFileWorkspace(path.join(base, 'missing')))).message).toMatch(/does not exist/);
    expect((await refusal(createFileWorkspace(path.join(root, 'hello.txt')))).message).toMatch(/is not a directory/);
  });
});

describe('path confinement', () => {
  it('WS-001 refuses .. that leaves the workspace, naming the path', async () => {
    const error = await refusal(workspace.readText('../x'));
    expect(error.message).toBe("Path '../x' leaves the workspace");
    expect(error.where).toBe('../x');
    await refusal(workspace.writeText('a/../../outside/secret.txt', 'x'));
    await refusal(workspace.exists('..'));
    await refusal(workspace.list('../outside'));
    await refusal(workspace.remove('../outside/secret.txt'));
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('outside secret');
  });

  it('allows .. that stays inside the workspace', async () => {
    await mkdir(path.join(root, 'a'));
    expect(await workspace.readText('a/../hello.txt')).toBe('hello');
    expect(await workspace.resolve('a/..')).toBe(root);
  });

  it('WS-002 refuses absolute paths', async () => {
    const error = await refusal(workspace.readText('/etc/passwd'));
    expect(error.message).toMatch(/^Path '\/etc\/passwd' is absolute/);
    await refusal(workspace.writeText(path.join(root, 'x.txt'), 'x'));
  });

  it('WS-003 refuses NUL bytes', async () => {
    const error = await refusal(workspace.readText('hello.txt\0.png'));
    expect(error.message).toBe("Path 'hello.txt\\0.png' contains a NUL byte");
  });

  it.skipIf(isWindows)('WS-004 refuses a symlink to /etc, and a new path below it, naming the target', async () => {
    await symlink('/etc', path.join(root, 'link'));
    const write = await refusal(workspace.writeText('link/secret', 'x'));
    expect(write.message).toBe("Path 'link/secret' resolves through a symlink to '/etc', outside the workspace");
    const read = await refusal(workspace.readText('link/hostname'));
    expect(read.message).toMatch(/^Path 'link\/hostname' resolves through a symlink to '\/etc(\/hostname)?', outside the workspace$/);
    await refusal(workspace.exists('link'));
    await refusal(workspace.list('link'));
    await refusal(workspace.resolve('link/passwd'));
  });

  it.skipIf(isWindows)('WS-005 refuses a symlinked directory inside that points outside', async () => {
    await mkdir(path.join(root, 'sub'));
    await symlink('../../outside', path.join(root, 'sub', 'escape'));
    const error = await refusal(workspace.readText('sub/escape/secret.txt'));
    expect(error.message).toBe(`Path 'sub/escape/secret.txt' resolves through a symlink to '${path.join(outside, 'secret.txt')}', outside the workspace`);
    await refusal(workspace.writeText('sub/escape/secret.txt', 'overwritten'));
    await refusal(workspace.writeText('sub/escape/new/deeper.txt', 'x'));
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('outside secret');
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it.skipIf(isWindows)('WS-006 refuses a chain of symlinks that ends outside, and follows one that stays inside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'c'));
    await symlink('c', path.join(root, 'b'));
    await symlink('b', path.join(root, 'a'));
    const error = await refusal(workspace.readText('a'));
    expect(error.message).toMatch(/resolves through a symlink to '.*outside\/secret\.txt', outside the workspace/);

    await symlink('hello.txt', path.join(root, 'y'));
    await symlink('y', path.join(root, 'x'));
    expect(await workspace.readText('x')).toBe('hello');
    await workspace.writeText('x', 'through the chain');
    expect(await readFile(path.join(root, 'hello.txt'), 'utf8')).toBe('through the chain');
  });

  it.skipIf(isWindows)('WS-007 refuses a path that does not exist yet under a symlinked parent', async () => {
    await symlink(outside, path.join(root, 'out'));
    const error = await refusal(workspace.writeText('out/new/file.txt', 'x'));
    expect(error.message).toBe(`Path 'out/new/file.txt' resolves through a symlink to '${outside}', outside the workspace`);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it.skipIf(isWindows)('WS-008 refuses a dangling symlink whose target would be created outside', async () => {
    await symlink(path.join(outside, 'planted.txt'), path.join(root, 'dangle'));
    await symlink(path.join(outside, 'planted-directory'), path.join(root, 'dangle-directory'));
    const error = await refusal(workspace.writeText('dangle', 'x'));
    expect(error.message).toBe(`Path 'dangle' resolves through a symlink to '${path.join(outside, 'planted.txt')}', outside the workspace`);
    await refusal(workspace.writeText('dangle-directory/file.txt', 'x'));
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  it.skipIf(isWindows)('follows a dangling symlink that points inside, creating its target', async () => {
    await symlink('later/target.txt', path.join(root, 'later-link'));
    expect(await workspace.exists('later-link')).toBe(false);
    await workspace.writeText('later-link', 'created');
    expect(await readFile(path.join(root, 'later', 'target.txt'), 'utf8')).toBe('created');
    expect(await workspace.readText('later-link')).toBe('created');
  });

  it.skipIf(isWindows)('refuses symlink loops', async () => {
    await symlink('loop-b', path.join(root, 'loop-a'));
    await symlink('loop-a', path.join(root, 'loop-b'));
    const error = await refusal(workspace.readText('loop-a'));
    expect(error.message).toMatch(/^Path 'loop-a' goes through (a symlink loop|too many symlinks)$/);
  });

  it('refuses a path that goes through a file', async () => {
    const error = await refusal(workspace.writeText('hello.txt/inner.txt', 'x'));
    expect(error.message).toMatch(/goes through a file as if it were a directory/);
  });
});

describe('reads', () => {
  it('reads text and bytes', async () => {
    expect(await workspace.readText('hello.txt')).toBe('hello');
    const bytes = await workspace.readBytes('hello.txt');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString()).toBe('hello');
  });

  it('WS-010 refuses files over the cap, naming path, size and cap', async () => {
    await writeFile(path.join(root, 'big.bin'), Buffer.alloc(100, 1));
    const error = await refusal(workspace.readBytes('big.bin', { maxBytes: 10 }));
    expect(error.message).toBe("Path 'big.bin' is 100 bytes, over the read cap of 10 bytes");
    expect((await workspace.readBytes('big.bin', { maxBytes: 100 })).length).toBe(100);

    const small = await createFileWorkspace(root, { maxReadBytes: 50 });
    expect((await refusal(small.readText('big.bin'))).message).toMatch(/100 bytes, over the read cap of 50 bytes/);
  });

  it('applies a 10 MiB cap by default', async () => {
    await writeFile(path.join(root, 'huge.bin'), Buffer.alloc(10 * 1024 * 1024 + 1));
    const error = await refusal(workspace.readBytes('huge.bin'));
    expect(error.message).toBe("Path 'huge.bin' is 10485761 bytes, over the read cap of 10485760 bytes");
  });

  it('names missing files, directories and invalid UTF-8', async () => {
    expect((await refusal(workspace.readText('missing.txt'))).message).toBe("Path 'missing.txt' does not exist");
    await mkdir(path.join(root, 'directory'));
    expect((await refusal(workspace.readText('directory'))).message).toBe("Path 'directory' is not a regular file");
    await writeFile(path.join(root, 'binary.bin'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect((await refusal(workspace.readText('binary.bin'))).message).toBe("Path 'binary.bin' is not valid UTF-8 text");
  });

  it.skipIf(isWindows)('refuses a FIFO instead of blocking on it', async () => {
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    expect((await refusal(workspace.readText('pipe'))).message).toBe("Path 'pipe' is not a regular file");
  });
});

describe('writes', () => {
  it('creates parent directories and leaves no temp files behind', async () => {
    await workspace.writeText('deep/er/file.txt', 'content');
    expect(await readFile(path.join(root, 'deep', 'er', 'file.txt'), 'utf8')).toBe('content');
    await workspace.writeText('deep/er/file.txt', 'replaced');
    expect(await readFile(path.join(root, 'deep', 'er', 'file.txt'), 'utf8')).toBe('replaced');
    expect(await readdir(path.join(root, 'deep', 'er'))).toEqual(['file.txt']);
  });

  it.skipIf(isWindows)('keeps the mode of a file it replaces', async () => {
    await writeFile(path.join(root, 'script.sh'), '#!/bin/sh\n');
    await chmod(path.join(root, 'script.sh'), 0o755);
    await workspace.writeText('script.sh', '#!/bin/sh\necho changed\n');
    expect((await stat(path.join(root, 'script.sh'))).mode & 0o777).toBe(0o755);
  });

  it('refuses to write over a directory or the root', async () => {
    await mkdir(path.join(root, 'directory'));
    await refusal(workspace.writeText('directory', 'x'));
    expect((await refusal(workspace.writeText('', 'x'))).message).toMatch(/is the workspace root/);
  });
});

describe('list', () => {
  beforeEach(async () => {
    await mkdir(path.join(root, 'src', 'nested'), { recursive: true });
    await writeFile(path.join(root, 'src', 'b.ts'), 'bb');
    await writeFile(path.join(root, 'src', 'a.ts'), 'a');
    await writeFile(path.join(root, 'src', 'nested', 'c.ts'), 'ccc');
    await mkdir(path.join(root, '.git', 'objects'), { recursive: true });
    await writeFile(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  });

  it('lists one level, sorted, with sizes', async () => {
    expect(await workspace.list('src')).toEqual([
      { path: 'src/a.ts', type: 'file', size: 1 },
      { path: 'src/b.ts', type: 'file', size: 2 },
      { path: 'src/nested', type: 'directory', size: 0 },
    ]);
  });

  it('lists recursively, skipping .git contents by default', async () => {
    expect((await workspace.list('', { recursive: true })).map((entry) => entry.path)).toEqual([
      '.git',
      'hello.txt',
      'src',
      'src/a.ts',
      'src/b.ts',
      'src/nested',
      'src/nested/c.ts',
    ]);
    const withGit = await createFileWorkspace(root, { listGitContents: true });
    const paths = (await withGit.list('.', { recursive: true })).map((entry) => entry.path);
    expect(paths).toContain('.git/HEAD');
    expect(paths).toContain('.git/objects');
  });

  it.skipIf(isWindows)('WS-011 reports symlinked directories without following them', async () => {
    await symlink(outside, path.join(root, 'src', 'escape'));
    await symlink('nested', path.join(root, 'src', 'inner-link'));
    const entries = await workspace.list('src', { recursive: true });
    expect(entries.find((entry) => entry.path === 'src/escape')).toEqual({ path: 'src/escape', type: 'symlink', size: 0 });
    expect(entries.find((entry) => entry.path === 'src/inner-link')?.type).toBe('symlink');
    expect(entries.some((entry) => entry.path.includes('secret'))).toBe(false);
    expect(entries.some((entry) => entry.path.startsWith('src/inner-link/'))).toBe(false);
  });

  it('names a listing of something that is not a directory', async () => {
    expect((await refusal(workspace.list('hello.txt'))).message).toBe("Path 'hello.txt' is not a directory");
    expect((await refusal(workspace.list('missing'))).message).toBe("Path 'missing' does not exist");
  });
});

describe('exists, resolve and remove', () => {
  it('says whether a path exists and resolves it inside the root', async () => {
    expect(await workspace.exists('hello.txt')).toBe(true);
    expect(await workspace.exists('nope/deeper.txt')).toBe(false);
    expect(await workspace.resolve('nope/deeper.txt')).toBe(path.join(root, 'nope', 'deeper.txt'));
    expect(await workspace.resolve('')).toBe(root);
  });

  it('removes files and refuses directories and missing paths', async () => {
    await workspace.remove('hello.txt');
    expect(await workspace.exists('hello.txt')).toBe(false);
    expect((await refusal(workspace.remove('hello.txt'))).message).toBe("Path 'hello.txt' does not exist");
    await mkdir(path.join(root, 'directory'));
    expect((await refusal(workspace.remove('directory'))).message).toMatch(/is a directory/);
    await refusal(workspace.remove(''));
  });

  it.skipIf(isWindows)('removes a symlink itself, never its target outside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link'));
    await workspace.remove('link');
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('outside secret');
    await symlink(outside, path.join(root, 'out'));
    await refusal(workspace.remove('out/secret.txt'));
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('outside secret');
  });
});
