import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `__filename` and `__dirname` for CommonJS packages bundled into an ES-module action.
 *
 * The TypeScript compiler is CommonJS and reads both names while it loads (building `ts.sys`). In
 * the ES-module bundles ncc makes for the actions they do not exist, so loading the compiler
 * failed with "__filename is not defined" and retrieval worked from source but not from dist/.
 * Import this module before `typescript`: ES modules run their imports in order, so the names are
 * there when the compiler asks. Where they already exist (the compiler loaded from node_modules as
 * CommonJS, with its own) nothing changes. The values name this bundle, which is what the compiler
 * would see as its own file in an unbundled install.
 */
const globals = globalThis as { __filename?: string; __dirname?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);
