/** Files larger than this are not indexed: no one reads a 1 MiB source file into a prompt. */
export const MAXIMUM_INDEXED_FILE_BYTES = 1024 * 1024;

/**
 * Generated files that match every goal a little and help with none: lock files, minified
 * bundles and source maps.
 */
const GENERATED_FILE_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'cargo.lock', 'go.sum', 'poetry.lock', 'pipfile.lock', 'composer.lock', 'gemfile.lock']);
const GENERATED_FILE_ENDINGS = ['.min.js', '.min.css', '.map'];

/**
 * Extensions of files that are binary by nature (images, fonts, archives, media, compiled code):
 * left out by name, without being read. Any other file that turns out to hold NUL bytes is left
 * out after reading.
 */
const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif bmp ico webp avif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm wasm so dylib dll exe bin dat db sqlite pyc pyo o a lib node'.split(' '),
);

/** Whether a path names a file that is binary by its extension. */
export function isBinaryByName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** Whether a path names a generated file that is not worth indexing. */
export function isGeneratedFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return GENERATED_FILE_NAMES.has(name) || GENERATED_FILE_ENDINGS.some((ending) => name.endsWith(ending));
}
