export const id = 695;
export const ids = [695];
export const modules = {

/***/ 65695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ selectContext)
});

// UNUSED EXPORTS: MAXIMUM_CANDIDATES

// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/context/repository-map.ts
/** Sizes tried from largest to smallest until the map fits its share of the budget. */
const REPOSITORY_MAP_SIZES = Object.freeze([
    { directoryLines: 60, symbolFiles: 15, symbolsPerFile: 10 },
    { directoryLines: 40, symbolFiles: 10, symbolsPerFile: 8 },
    { directoryLines: 25, symbolFiles: 8, symbolsPerFile: 6 },
    { directoryLines: 15, symbolFiles: 5, symbolsPerFile: 5 },
    { directoryLines: 8, symbolFiles: 3, symbolsPerFile: 4 },
    { directoryLines: 4, symbolFiles: 2, symbolsPerFile: 3 },
    { directoryLines: 0, symbolFiles: 1, symbolsPerFile: 3 },
]);
/** How many top-ranked files' directories the tree always tries to show. */
const RANKED_DIRECTORIES = 20;
function ancestorsOf(path) {
    const segments = path.split('/');
    const ancestors = [];
    for (let length = 1; length < segments.length; length += 1)
        ancestors.push(segments.slice(0, length).join('/'));
    return ancestors;
}
/** Files below each directory, at any depth (directory path → count). */
function directoryFileCounts(files) {
    const direct = new Map();
    for (const file of files) {
        const slash = file.path.lastIndexOf('/');
        if (slash > 0) {
            const directory = file.path.slice(0, slash);
            direct.set(directory, (direct.get(directory) ?? 0) + 1);
        }
    }
    const counts = new Map();
    for (const [directory, count] of direct) {
        for (const ancestor of ancestorsOf(`${directory}/x`))
            counts.set(ancestor, (counts.get(ancestor) ?? 0) + count);
    }
    return counts;
}
/**
 * A compact map of the repository as text: a directory tree with file counts, trimmed to the
 * directories that matter most (those of the top-ranked files, then the top levels, then the
 * largest), followed by the main symbols of the top-ranked files. Deterministic for the same index
 * and ranking.
 */
function renderRepositoryMap(files, ranked, size, counts = directoryFileCounts(files)) {
    const chosen = new Set();
    const choose = (directory) => {
        const missing = [...ancestorsOf(`${directory}/x`)].filter((ancestor) => !chosen.has(ancestor));
        if (chosen.size + missing.length > size.directoryLines)
            return false;
        for (const ancestor of missing)
            chosen.add(ancestor);
        return true;
    };
    for (const entry of ranked.slice(0, RANKED_DIRECTORIES)) {
        const slash = entry.path.lastIndexOf('/');
        if (slash > 0)
            choose(entry.path.slice(0, slash));
    }
    const byDepthThenSize = [...counts.entries()].sort((left, right) => left[0].split('/').length - right[0].split('/').length || right[1] - left[1] || (left[0] < right[0] ? -1 : 1));
    for (const [directory] of byDepthThenSize) {
        if (chosen.size >= size.directoryLines)
            break;
        if (directory.split('/').length <= 2)
            choose(directory);
    }
    const lines = [];
    const rootFiles = files.filter((file) => !file.path.includes('/')).length;
    lines.push(`Repository map: ${files.length} files${rootFiles > 0 ? `, ${rootFiles} at the root` : ''}; directories with their file counts`);
    for (const directory of [...chosen].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))) {
        const depth = directory.split('/').length - 1;
        lines.push(`${'  '.repeat(depth)}${directory.slice(directory.lastIndexOf('/') + 1)}/ (${counts.get(directory) ?? 0})`);
    }
    const hidden = counts.size - chosen.size;
    if (hidden > 0 && size.directoryLines > 0)
        lines.push(`(${hidden} more directories not shown)`);
    const symbolLines = [];
    for (const entry of ranked.slice(0, size.symbolFiles)) {
        const symbols = [...(files[entry.index]?.symbols ?? [])].sort((left, right) => Number(right.exported) - Number(left.exported)).slice(0, size.symbolsPerFile);
        if (symbols.length === 0)
            continue;
        symbolLines.push(`${entry.path}: ${symbols.map((symbol) => `${symbol.kind} ${symbol.name}`).join(', ')}`);
    }
    if (symbolLines.length > 0)
        lines.push('Main symbols of the top files:', ...symbolLines);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/core/context/select-within-budget.ts
/**
 * Whole files, best first, while they fit: a file that does not fit in what is left is skipped
 * and the next one is tried, until the budget is spent or the candidates run out. Files are never
 * cut: half a module misleads more than it helps.
 */
function selectWithinBudget(candidates, budgetTokens, measure) {
    const files = [];
    let remaining = Math.max(0, Math.floor(budgetTokens));
    let skipped = 0;
    for (const candidate of candidates) {
        if (remaining === 0)
            break;
        const tokens = measure(candidate, remaining);
        if (tokens === undefined || tokens > remaining || tokens < 0) {
            skipped += 1;
            continue;
        }
        files.push({ path: candidate.path, score: candidate.score, tokens });
        remaining -= tokens;
    }
    return { files, tokens: files.reduce((total, file) => total + file.tokens, 0), skipped };
}

;// CONCATENATED MODULE: ./src/core/context/assemble-context.ts


/** Share of the budget the repository map may take at most (10%). */
const MAP_BUDGET_SHARE = 0.1;
/** Tokens the repository map may take at most, whatever the budget. */
const MAP_MAXIMUM_TOKENS = 1500;
/**
 * Puts the context together within the budget. The map comes first, in the largest size that
 * fits its share (at most {@link MAP_BUDGET_SHARE} of the budget and {@link MAP_MAXIMUM_TOKENS});
 * whatever it leaves goes to whole files, best first. Each part is counted on its own text.
 */
function assembleContext(input) {
    const budget = Math.max(0, Math.floor(input.budgetTokens));
    const allowance = Math.min(Math.floor(budget * MAP_BUDGET_SHARE), MAP_MAXIMUM_TOKENS);
    let map = { text: '', tokens: 0 };
    if (allowance > 0) {
        const counts = directoryFileCounts(input.index.files);
        for (const size of REPOSITORY_MAP_SIZES) {
            const text = renderRepositoryMap(input.index.files, input.ranked, size, counts);
            const tokens = input.tokenCounter.countWithin(text, allowance);
            if (tokens !== undefined) {
                map = { text, tokens };
                break;
            }
        }
    }
    const candidates = input.ranked.filter((entry) => input.contents.has(entry.path));
    const selection = selectWithinBudget(candidates, budget - map.tokens, (candidate, remaining) => input.tokenCounter.countWithin(input.contents.get(candidate.path) ?? '', remaining));
    const files = selection.files.map((file) => ({ ...file, content: input.contents.get(file.path) ?? '' }));
    return { files, map, tokens: map.tokens + selection.tokens, skipped: selection.skipped };
}

;// CONCATENATED MODULE: ./src/core/context/import-resolution.ts
/** Files one import may pull in from a package directory (Go packages, Java wildcards). */
const MAXIMUM_PACKAGE_FILES = 20;
const SOURCE_EXTENSIONS_FOR_EMITTED = {
    '.js': ['.ts', '.tsx', '.js', '.jsx', '.d.ts'],
    '.jsx': ['.tsx', '.jsx'],
    '.mjs': ['.mts', '.mjs', '.d.mts'],
    '.cjs': ['.cts', '.cjs', '.d.cts'],
};
const ADDED_EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];
/** The directory part of a `/`-separated path (`''` at the root). */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Joins `relative` onto `directory`, folding `.` and `..`; undefined when it climbs above the root. */
function joinRelative(directory, relative) {
    const segments = directory === '' ? [] : directory.split('/');
    for (const segment of relative.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.length === 0)
                return undefined;
            segments.pop();
        }
        else {
            segments.push(segment);
        }
    }
    return segments.join('/');
}
/** Builds a resolver over the indexed paths. */
function createImportResolver(paths, options = {}) {
    const known = new Set(paths);
    const byBaseName = new Map();
    const byDirectory = new Map();
    for (const path of paths) {
        const slash = path.lastIndexOf('/');
        const base = path.slice(slash + 1);
        const directory = slash < 0 ? '' : path.slice(0, slash);
        let sameBase = byBaseName.get(base);
        if (sameBase === undefined)
            byBaseName.set(base, (sameBase = []));
        sameBase.push(path);
        let sameDirectory = byDirectory.get(directory);
        if (sameDirectory === undefined)
            byDirectory.set(directory, (sameDirectory = []));
        sameDirectory.push(path);
    }
    const first = (candidates) => {
        for (const candidate of candidates)
            if (known.has(candidate))
                return [candidate];
        return [];
    };
    /** The shallowest indexed path equal to `suffix` or ending in `/suffix` (then the first in path order). */
    const bySuffix = (suffix) => {
        const base = suffix.slice(suffix.lastIndexOf('/') + 1);
        let best;
        for (const path of byBaseName.get(base) ?? []) {
            if (path !== suffix && !path.endsWith(`/${suffix}`))
                continue;
            if (best === undefined || path.length < best.length || (path.length === best.length && path < best))
                best = path;
        }
        return best;
    };
    const packageFiles = (directory, extension, excluded) => (byDirectory.get(directory) ?? [])
        .filter((path) => path.endsWith(extension) && (excluded === undefined || !path.endsWith(excluded)))
        .slice(0, MAXIMUM_PACKAGE_FILES);
    const resolveScript = (importer, specifier) => {
        if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..')
            return [];
        const target = joinRelative(directoryOf(importer), specifier);
        if (target === undefined)
            return [];
        const dot = target.lastIndexOf('.');
        const extension = dot > target.lastIndexOf('/') ? target.slice(dot) : '';
        const rewritten = SOURCE_EXTENSIONS_FOR_EMITTED[extension];
        // Candidates in order, stopping at the first that exists: most imports resolve at the first try.
        if (rewritten !== undefined) {
            const stem = target.slice(0, -extension.length);
            for (const source of rewritten)
                if (known.has(stem + source))
                    return [stem + source];
        }
        else if (known.has(target)) {
            return [target];
        }
        for (const added of ADDED_EXTENSIONS)
            if (known.has(target + added))
                return [target + added];
        const index = target === '' ? 'index' : `${target}/index`;
        for (const added of ADDED_EXTENSIONS)
            if (known.has(index + added))
                return [index + added];
        return [];
    };
    const resolvePython = (importer, specifier) => {
        const dots = /^\.*/.exec(specifier)?.[0].length ?? 0;
        const modulePath = specifier.slice(dots).split('.').filter((part) => part !== '').join('/');
        if (dots > 0) {
            let directory = directoryOf(importer);
            for (let level = 1; level < dots && directory !== undefined; level += 1)
                directory = joinRelative(directory, '..');
            if (directory === undefined)
                return [];
            const base = modulePath === '' ? directory : joinRelative(directory, modulePath);
            if (base === undefined)
                return [];
            return first([`${base}.py`, `${base}.pyi`, base === '' ? '__init__.py' : `${base}/__init__.py`]);
        }
        if (modulePath === '')
            return [];
        const found = bySuffix(`${modulePath}.py`) ?? bySuffix(`${modulePath}/__init__.py`);
        return found === undefined ? [] : [found];
    };
    const resolveGo = (specifier) => {
        for (const [modulePath, directory] of options.goModules ?? []) {
            if (specifier !== modulePath && !specifier.startsWith(`${modulePath}/`))
                continue;
            const rest = specifier.slice(modulePath.length + 1);
            const packageDirectory = [directory, rest].filter((part) => part !== '').join('/');
            return packageFiles(packageDirectory, '.go', '_test.go');
        }
        return [];
    };
    const resolveJava = (specifier) => {
        const parts = specifier.split('.');
        if (parts.at(-1) === '*') {
            const directorySuffix = parts.slice(0, -1).join('/');
            const anyFile = [...byDirectory.keys()].filter((directory) => directory === directorySuffix || directory.endsWith(`/${directorySuffix}`)).sort()[0];
            return anyFile === undefined ? [] : packageFiles(anyFile, '.java');
        }
        for (let length = parts.length; length >= 2; length -= 1) {
            const found = bySuffix(`${parts.slice(0, length).join('/')}.java`);
            if (found !== undefined)
                return [found];
        }
        return [];
    };
    const resolveRust = (importer, entry) => {
        const directory = directoryOf(importer);
        const base = importer.slice(importer.lastIndexOf('/') + 1);
        // A module file's children live in the directory named after it; mod.rs, lib.rs and main.rs own their directory.
        const moduleDirectory = ['mod.rs', 'lib.rs', 'main.rs'].includes(base) ? directory : joinRelative(directory, base.replace(/\.rs$/, ''));
        if (moduleDirectory === undefined)
            return [];
        if (entry.style === 'sibling-module') {
            const stem = joinRelative(moduleDirectory, entry.specifier);
            return stem === undefined ? [] : first([`${stem}.rs`, `${stem}/mod.rs`]);
        }
        const parts = entry.specifier.split('::');
        let root;
        if (parts[0] === 'crate') {
            const source = importer.lastIndexOf('src/');
            root = source < 0 ? '' : importer.slice(0, source + 3);
        }
        else if (parts[0] === 'self') {
            root = moduleDirectory;
        }
        else if (parts[0] === 'super') {
            root = joinRelative(moduleDirectory, '..');
        }
        if (root === undefined)
            return [];
        const modules = parts.slice(1);
        for (let length = modules.length; length >= 1; length -= 1) {
            const stem = joinRelative(root, modules.slice(0, length).join('/'));
            if (stem === undefined)
                return [];
            const found = first([`${stem}.rs`, `${stem}/mod.rs`]);
            if (found.length > 0)
                return found;
        }
        return [];
    };
    const resolveRuby = (importer, entry) => {
        const name = entry.specifier.endsWith('.rb') ? entry.specifier : `${entry.specifier}.rb`;
        if (entry.style === 'relative') {
            const target = joinRelative(directoryOf(importer), name);
            return target === undefined ? [] : first([target]);
        }
        const found = bySuffix(name);
        return found === undefined ? [] : [found];
    };
    return {
        resolve(importer, language, entry) {
            let targets;
            switch (language) {
                case 'typescript':
                case 'javascript':
                    targets = resolveScript(importer, entry.specifier);
                    break;
                case 'python':
                    targets = resolvePython(importer, entry.specifier);
                    break;
                case 'go':
                    targets = resolveGo(entry.specifier);
                    break;
                case 'java':
                    targets = resolveJava(entry.specifier);
                    break;
                case 'rust':
                    targets = resolveRust(importer, entry);
                    break;
                case 'ruby':
                    targets = resolveRuby(importer, entry);
                    break;
            }
            return targets.filter((target) => target !== importer);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/context/context-index.ts

/**
 * Version of the index layout. Bump it whenever what is indexed, how terms are made or the JSON
 * form changes: a cached index of another version is rebuilt, never read.
 */
const CONTEXT_INDEX_FORMAT_VERSION = 1;
class FieldBuilder {
    postings = new Map();
    // Postings of terms that come with the extractor's numbers, by number: no map look-up per term.
    postingsById = [];
    termsById = [];
    lengths = [];
    add(fileIndex, field) {
        let length = 0;
        const { terms, counts, ids } = field;
        for (let position = 0; position < terms.length; position += 1) {
            const occurrences = counts[position];
            length += occurrences;
            const id = ids?.[position];
            if (id !== undefined) {
                const list = this.postingsById[id];
                if (list === undefined) {
                    this.postingsById[id] = [fileIndex, occurrences];
                    this.termsById[id] = terms[position];
                }
                else {
                    list.push(fileIndex, occurrences);
                }
                continue;
            }
            const term = terms[position];
            const list = this.postings.get(term);
            if (list === undefined)
                this.postings.set(term, [fileIndex, occurrences]);
            else
                list.push(fileIndex, occurrences);
        }
        this.lengths.push(length);
    }
    build() {
        // Terms in order of their numbers (first use), then the others: the same order every build.
        const postings = new Map();
        this.postingsById.forEach((list, id) => {
            if (list !== undefined)
                postings.set(this.termsById[id], list);
        });
        for (const [term, list] of this.postings) {
            const existing = postings.get(term);
            if (existing === undefined)
                postings.set(term, list);
            else
                existing.push(...list);
        }
        return { postings, lengths: this.lengths, averageLength: averageOf(this.lengths) };
    }
}
/** The mean of a list of lengths (0 for none). */
function averageOf(lengths) {
    let total = 0;
    for (const length of lengths)
        total += length;
    return lengths.length === 0 ? 0 : total / lengths.length;
}
/**
 * Builds a {@link ContextIndex} from file records (see `fileFieldTerms`). Records must be added in
 * path order (code-unit order), so that the index, and with it every ranking tie-break, is the
 * same whatever order the files were read in.
 */
class ContextIndexBuilder {
    files = [];
    pendingImports = [];
    goModules = new Map();
    pathField = new FieldBuilder();
    symbolField = new FieldBuilder();
    contentField = new FieldBuilder();
    /** Adds one file; throws when it does not come after the previous one in path order. */
    add(record) {
        const previous = this.files.at(-1)?.path;
        if (previous !== undefined && !(previous < record.path)) {
            throw new Error(`Index files must be added in path order: '${record.path}' after '${previous}'`);
        }
        const index = this.files.length;
        this.files.push({ path: record.path, bytes: record.bytes, language: record.language, symbols: record.symbols, imports: [] });
        this.pendingImports.push(record.imports);
        this.pathField.add(index, record.fields.path);
        this.symbolField.add(index, record.fields.symbols);
        this.contentField.add(index, record.fields.content);
        if (record.goModule !== undefined)
            this.goModules.set(record.goModule, record.path.slice(0, Math.max(0, record.path.lastIndexOf('/'))));
    }
    /** Paths added so far, in order. */
    paths() {
        return this.files.map((file) => file.path);
    }
    /** Resolves imports between the added files and returns the index. */
    build(key, history) {
        const paths = this.files.map((file) => file.path);
        const indexOf = new Map(paths.map((path, index) => [path, index]));
        const resolver = createImportResolver(paths, { goModules: this.goModules });
        this.files.forEach((file, index) => {
            if (file.language === undefined)
                return;
            const targets = new Set();
            for (const entry of this.pendingImports[index] ?? []) {
                for (const target of resolver.resolve(file.path, file.language, entry)) {
                    const targetIndex = indexOf.get(target);
                    if (targetIndex !== undefined)
                        targets.add(targetIndex);
                }
            }
            file.imports = [...targets].sort((left, right) => left - right);
        });
        return {
            formatVersion: CONTEXT_INDEX_FORMAT_VERSION,
            key,
            files: this.files,
            fields: { path: this.pathField.build(), symbols: this.symbolField.build(), content: this.contentField.build() },
            importedBy: reverseImports(this.files),
            history,
        };
    }
}
/** Per file index: the files that import it, ascending. */
function reverseImports(files) {
    const importedBy = Array.from({ length: files.length }, () => []);
    files.forEach((file, index) => {
        for (const target of file.imports)
            importedBy[target]?.push(index);
    });
    return importedBy;
}

;// CONCATENATED MODULE: ./src/core/context/bm25.ts
/** The customary BM25 parameters. */
const DEFAULT_BM25 = Object.freeze({ k1: 1.2, b: 0.75 });
/** Inverse document frequency of a term found in `documentFrequency` of `fileCount` files. */
function inverseDocumentFrequency(fileCount, documentFrequency) {
    return Math.log(1 + (fileCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
/**
 * Adds `weight` × the BM25 score of each file for `terms` in this field to `scores` (indexed by
 * file). Terms are visited in the order given, so the floating-point sums are the same every run.
 */
function addBm25Scores(field, terms, weight, parameters, scores) {
    const fileCount = field.lengths.length;
    const averageLength = field.averageLength > 0 ? field.averageLength : 1;
    const { k1, b } = parameters;
    for (const term of terms) {
        const postings = field.postings.get(term);
        if (postings === undefined)
            continue;
        const idf = inverseDocumentFrequency(fileCount, postings.length / 2);
        for (let position = 0; position < postings.length; position += 2) {
            const fileIndex = postings[position];
            const occurrences = postings[position + 1];
            const length = field.lengths[fileIndex] ?? 0;
            const saturation = (occurrences * (k1 + 1)) / (occurrences + k1 * (1 - b + (b * length) / averageLength));
            scores[fileIndex] = (scores[fileIndex] ?? 0) + weight * idf * saturation;
        }
    }
}

// EXTERNAL MODULE: ./src/core/context/identifier-terms.ts
var identifier_terms = __webpack_require__(27918);
;// CONCATENATED MODULE: ./src/core/context/term-extractor.ts

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
class TermExtractor {
    contentTermIdsByWord = new Map();
    nameTermsByWord = new Map();
    termIds = new Map();
    termsById = [];
    fileCounts = new Int32Array(4096);
    touched = [];
    // Recently met words by a hash of a few of their characters: a hit, checked in place, costs no
    // copy of the word and no map look-up, and identifiers repeat within and across files.
    recentWords = new Array(RECENT_WORD_SLOTS);
    recentIds = new Array(RECENT_WORD_SLOTS);
    directoryTerms = new Map();
    /** Terms of one word as it occurs in file contents: its normalized parts. */
    contentTermsOf(word) {
        return this.contentTermIdsOf(word).map((id) => this.termsById[id]);
    }
    contentTermIdsOf(word) {
        const cached = this.contentTermIdsByWord.get(word);
        if (cached !== undefined)
            return cached;
        const ids = [];
        for (const part of (0,identifier_terms/* splitWord */.Nr)(word)) {
            const term = (0,identifier_terms/* normalizeTerm */.Kf)(part);
            if (term !== undefined)
                ids.push(this.idOf(term));
        }
        if (this.contentTermIdsByWord.size < MAXIMUM_CACHED_WORDS)
            this.contentTermIdsByWord.set(word, ids);
        return ids;
    }
    idOf(term) {
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
    addWord(text, start, end) {
        const length = end - start;
        // Terms are at least two characters long: a one-letter word never yields one.
        if (length < 2)
            return;
        const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 131 + text.charCodeAt(start + (length >> 1)) * 17 + text.charCodeAt(end - 1 - (length >> 2)) * 3) &
            (RECENT_WORD_SLOTS - 1);
        const recent = this.recentWords[slot];
        let ids;
        if (recent !== undefined && recent.length === length && text.startsWith(recent, start)) {
            ids = this.recentIds[slot];
        }
        else {
            const word = text.slice(start, end);
            ids = this.contentTermIdsOf(word);
            this.recentWords[slot] = word;
            this.recentIds[slot] = ids;
        }
        const counts = this.fileCounts;
        for (let index = 0; index < ids.length; index += 1) {
            const id = ids[index];
            if (counts[id] === 0)
                this.touched.push(id);
            counts[id] = counts[id] + 1;
        }
    }
    /** The content terms of the words taken since the last call, and a clean start for the next file. */
    takeContentTerms() {
        const terms = new Array(this.touched.length);
        const counts = new Array(this.touched.length);
        const ids = this.touched.slice();
        ids.forEach((id, position) => {
            terms[position] = this.termsById[id];
            counts[position] = this.fileCounts[id];
            this.fileCounts[id] = 0;
        });
        this.touched.length = 0;
        return { terms, counts, ids };
    }
    /** Forgets the words taken since the last {@link takeContentTerms}. */
    discardContentTerms() {
        for (const id of this.touched)
            this.fileCounts[id] = 0;
        this.touched.length = 0;
    }
    /** The content terms of a whole text (starts and ends a file of its own). */
    contentTermsOfText(text) {
        this.discardContentTerms();
        (0,identifier_terms/* countWords */.rj)(text, this);
        return this.takeContentTerms();
    }
    /** Terms of one name (a path segment, a symbol, a goal word): its parts plus the joined form. */
    nameTermsOf(word) {
        const cached = this.nameTermsByWord.get(word);
        if (cached !== undefined)
            return cached;
        // A name is usually also a word of some file's contents: its parts are worked out once for both.
        const ids = this.contentTermIdsOf(word);
        const terms = ids.map((id) => this.termsById[id]);
        if (ids.length > 1 || (0,identifier_terms/* splitWord */.Nr)(word).length > 1) {
            const joined = (0,identifier_terms/* normalizeTerm */.Kf)(word.replace(/[_$]/g, ''));
            if (joined !== undefined && !(ids.length === 1 && terms[0] === joined))
                terms.push(joined);
        }
        if (this.nameTermsByWord.size < MAXIMUM_CACHED_WORDS)
            this.nameTermsByWord.set(word, terms);
        return terms;
    }
    /** Adds the name terms of every word in `text` (a path, a symbol name, a goal) to `counts`. */
    countNameTerms(text, counts) {
        for (const word of (0,identifier_terms/* wordsOf */.Z9)(text)) {
            for (const term of this.nameTermsOf(word))
                counts.set(term, (counts.get(term) ?? 0) + 1);
        }
    }
    /**
     * Adds the name terms of a path to `counts`, those of its file name `fileNameWeight` times;
     * a directory's terms are worked out once for all its files.
     */
    countPathTerms(path, counts, fileNameWeight = 1) {
        const slash = path.lastIndexOf('/');
        if (slash > 0) {
            const directory = path.slice(0, slash);
            let terms = this.directoryTerms.get(directory);
            if (terms === undefined) {
                const directoryCounts = new Map();
                this.countNameTerms(directory, directoryCounts);
                terms = [...directoryCounts].flatMap(([term, count]) => new Array(count).fill(term));
                if (this.directoryTerms.size < MAXIMUM_CACHED_WORDS)
                    this.directoryTerms.set(directory, terms);
            }
            for (const term of terms)
                counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        for (const word of (0,identifier_terms/* wordsOf */.Z9)(path.slice(slash + 1))) {
            for (const term of this.nameTermsOf(word))
                counts.set(term, (counts.get(term) ?? 0) + fileNameWeight);
        }
    }
}
/** The distinct terms of a goal, in the order they first occur. */
function goalTerms(goal, extractor = new TermExtractor()) {
    const counts = new Map();
    extractor.countNameTerms(goal, counts);
    return [...counts.keys()];
}

;// CONCATENATED MODULE: ./src/core/context/rank-files.ts


/** The default weights; each is explained on {@link RankingWeights}. */
const DEFAULT_RANKING_WEIGHTS = Object.freeze({
    path: 3,
    symbols: 2,
    content: 1,
    shortFieldBm25: Object.freeze({ k1: 1.2, b: 0.3 }),
    contentBm25: DEFAULT_BM25,
    seeds: 10,
    importDecay: 0.5,
    importDepth: 2,
    dependentFactor: 0.75,
    coChange: 0.5,
    churn: 0.1,
});
/**
 * Ranks the indexed files for a goal, best first: BM25 over paths, symbols and contents; then
 * the best lexical hits pass a decayed share of their score along the import graph (both ways)
 * and to the files they changed together with; last, a small churn prior. Files that no signal
 * reaches are left out. Deterministic: equal scores are ordered by path (the index order).
 */
function rankFiles(index, goal, weights = DEFAULT_RANKING_WEIGHTS) {
    const fileCount = index.files.length;
    const terms = goalTerms(goal);
    const lexical = new Float64Array(fileCount);
    addBm25Scores(index.fields.path, terms, weights.path, weights.shortFieldBm25, lexical);
    addBm25Scores(index.fields.symbols, terms, weights.symbols, weights.shortFieldBm25, lexical);
    addBm25Scores(index.fields.content, terms, weights.content, weights.contentBm25, lexical);
    const seeds = topIndices(lexical, weights.seeds);
    const imports = new Float64Array(fileCount);
    const coChange = new Float64Array(fileCount);
    for (const seed of seeds) {
        const seedScore = lexical[seed];
        for (const [neighbour, share] of importNeighbours(index, seed, weights))
            imports[neighbour] = (imports[neighbour] ?? 0) + seedScore * share;
        const pairs = index.history.coChanges[seed] ?? [];
        const seedChanges = index.history.churn[seed] ?? 0;
        for (let position = 0; position < pairs.length; position += 2) {
            const other = pairs[position];
            const together = pairs[position + 1];
            if (other >= fileCount)
                continue;
            coChange[other] = (coChange[other] ?? 0) + (seedScore * weights.coChange * together) / (seedChanges + 1);
        }
    }
    let maximumChurn = 0;
    for (const churn of index.history.churn)
        maximumChurn = Math.max(maximumChurn, churn);
    const ranked = [];
    for (let fileIndex = 0; fileIndex < fileCount; fileIndex += 1) {
        const base = lexical[fileIndex] + imports[fileIndex] + coChange[fileIndex];
        if (!(base > 0))
            continue;
        const churn = index.history.churn[fileIndex] ?? 0;
        const churnFactor = maximumChurn > 0 ? 1 + (weights.churn * Math.log1p(churn)) / Math.log1p(maximumChurn) : 1;
        ranked.push({
            path: index.files[fileIndex].path,
            index: fileIndex,
            score: base * churnFactor,
            signals: { lexical: lexical[fileIndex], imports: imports[fileIndex], coChange: coChange[fileIndex], churnFactor },
        });
    }
    return ranked.sort((left, right) => right.score - left.score || left.index - right.index);
}
/** Indices of the `count` highest positive scores, best first, ties by index. */
function topIndices(scores, count) {
    const top = [];
    for (let fileIndex = 0; fileIndex < scores.length; fileIndex += 1) {
        const score = scores[fileIndex];
        if (!(score > 0))
            continue;
        if (top.length === count && score <= scores[top[top.length - 1]])
            continue;
        let position = top.length;
        while (position > 0 && scores[top[position - 1]] < score)
            position -= 1;
        top.splice(position, 0, fileIndex);
        if (top.length > count)
            top.pop();
    }
    return top;
}
/**
 * Files within `importDepth` hops of `seed` in either direction, with the best share of the
 * seed's score that reaches each (decay per hop, `dependentFactor` per hop against an import).
 * In index order, so sums are made in the same order every run.
 */
function importNeighbours(index, seed, weights) {
    const best = new Map([[seed, 1]]);
    let frontier = [seed];
    for (let depth = 1; depth <= weights.importDepth && frontier.length > 0; depth += 1) {
        const next = new Set();
        for (const node of frontier) {
            const share = best.get(node);
            const steps = [
                [index.files[node]?.imports ?? [], weights.importDecay],
                [index.importedBy[node] ?? [], weights.importDecay * weights.dependentFactor],
            ];
            for (const [targets, factor] of steps) {
                for (const target of targets) {
                    const reached = share * factor;
                    if (reached > (best.get(target) ?? 0)) {
                        best.set(target, reached);
                        next.add(target);
                    }
                }
            }
        }
        frontier = [...next].sort((left, right) => left - right);
    }
    best.delete(seed);
    return [...best].sort((left, right) => left[0] - right[0]);
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/context/index-limits.ts
var index_limits = __webpack_require__(96544);
// EXTERNAL MODULE: ./src/core/agent/workspace-walk.ts + 1 modules
var workspace_walk = __webpack_require__(60141);
;// CONCATENATED MODULE: ./src/core/context/repository-history.ts
/**
 * Commits that change more files than this (mass renames, formatting, dependency bumps, an
 * initial import) say nothing about which files belong together, and would cost pairs quadratic
 * in their size; they still count towards churn.
 */
const MAXIMUM_FILES_FOR_CO_CHANGE = 30;
/** History of a workspace with no git history to read. */
function emptyHistory(fileCount, note) {
    return { available: false, note, commits: 0, churn: new Array(fileCount).fill(0), coChanges: Array.from({ length: fileCount }, () => []) };
}
/** Churn and co-change counts of the files at `paths` (index order) from the commits read. */
function historyOf(paths, commits, note) {
    const indexOf = new Map();
    paths.forEach((path, index) => indexOf.set(path, index));
    const churn = new Array(paths.length).fill(0);
    const pairCounts = new Array(paths.length);
    for (const commit of commits) {
        const touched = [...new Set(commit.paths.map((path) => indexOf.get(path)).filter((index) => index !== undefined))].sort((left, right) => left - right);
        for (const index of touched)
            churn[index] = (churn[index] ?? 0) + 1;
        if (commit.root === true || touched.length < 2 || touched.length > MAXIMUM_FILES_FOR_CO_CHANGE)
            continue;
        for (const left of touched) {
            let counts = pairCounts[left];
            if (counts === undefined)
                pairCounts[left] = counts = new Map();
            for (const right of touched)
                if (right !== left)
                    counts.set(right, (counts.get(right) ?? 0) + 1);
        }
    }
    const coChanges = Array.from(pairCounts, (counts) => counts === undefined ? [] : [...counts].sort((left, right) => left[0] - right[0]).flat());
    return { available: true, ...(note === undefined ? {} : { note }), commits: commits.length, churn, coChanges };
}

// EXTERNAL MODULE: ./src/core/policy/protected-paths.ts
var protected_paths = __webpack_require__(55573);
// EXTERNAL MODULE: ./src/adapters/git-command.ts
var git_command = __webpack_require__(50524);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/adapters/git-history.ts




/** The default window: the last 1,000 commits within 180 days of HEAD. */
const DEFAULT_HISTORY_WINDOW = Object.freeze({ maximumCommits: 1000, days: 180 });
/** Changed files whose size and time go into the working-tree digest; past this the tree counts as never the same twice. */
const MAXIMUM_DIGESTED_CHANGES = 2000;
/** HEAD, its time and a digest of uncommitted changes below `root`, or why there is no history. */
async function readRepositoryState(root) {
    const [head, topLevel, status] = await Promise.all([
        (0,git_command/* git */.$Y)(root, ['log', '-1', '--format=%H %ct']),
        (0,git_command/* git */.$Y)(root, ['rev-parse', '--show-toplevel']),
        (0,git_command/* git */.$Y)(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=all', '--', '.']),
    ]);
    if (!topLevel.ok) {
        const reason = /not a git repository/i.test(topLevel.stderr) ? 'not a git repository' : topLevel.stderr.trim().split('\n')[0] || 'git failed';
        return { kind: 'none', reason };
    }
    const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(head.stdout.trim());
    if (!head.ok || match === null)
        return { kind: 'none', reason: 'the repository has no commits yet' };
    const top = topLevel.stdout.trim();
    return {
        kind: 'git',
        head: match[1],
        headTime: Number(match[2]),
        workingTree: status.ok ? await workingTreeDigest(top, status.stdout) : `unknown-${Date.now()}`,
        prefix: external_node_path_default().relative(await (0,promises_.realpath)(top), await (0,promises_.realpath)(root)).split((external_node_path_default()).sep).join('/'),
    };
}
async function workingTreeDigest(topLevel, status) {
    if (status === '')
        return 'clean';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(status);
    // Status says which files changed, not how: sizes and times tell a further edit of a file that was already modified.
    const entries = status.split('\u0000').filter((entry) => entry.length > 3);
    if (entries.length > MAXIMUM_DIGESTED_CHANGES)
        return `unknown-${Date.now()}`;
    for (const entry of entries) {
        try {
            const stats = await (0,promises_.lstat)(external_node_path_default().join(topLevel, entry.slice(3)));
            hash.update(`\u0000${entry}\u0000${stats.size}\u0000${stats.mtimeMs}`);
        }
        catch {
            hash.update(`\u0000${entry}\u0000gone`);
        }
    }
    return `dirty-${hash.digest('hex').slice(0, 32)}`;
}
/**
 * Commits that changed files below `root`, newest first, within the window counted back from
 * HEAD's time; merges are left out (they repeat their parents' changes) and renames count as a
 * removal and an addition. Paths are relative to `root`.
 */
async function readHistory(root, state, window = DEFAULT_HISTORY_WINDOW) {
    const since = state.headTime - window.days * 24 * 60 * 60;
    const result = await (0,git_command/* git */.$Y)(root, [
        'log',
        `--max-count=${window.maximumCommits}`,
        `--since=@${since}`,
        '--no-merges',
        '--no-renames',
        '--relative',
        '--name-only',
        '-z',
        '--format=%x01%P',
        state.head,
        '--',
        '.',
    ]);
    if (!result.ok)
        throw new Error(`git log failed: ${result.stderr.trim()}`);
    return parseNameOnlyLog(result.stdout);
}
/**
 * Parses `git log --name-only -z --format=%x01%P` output: each commit starts with \x01 and its
 * parent hashes (none for a root commit) ended by NUL, then its names, each ended by NUL.
 */
function parseNameOnlyLog(output) {
    const commits = [];
    for (const chunk of output.split('\u0001')) {
        if (chunk === '')
            continue;
        const [parents = '', ...names] = chunk.split('\u0000');
        const paths = names.map((name) => name.replace(/^\n/, '')).filter((name) => name !== '');
        if (paths.length > 0)
            commits.push(parents.trim() === '' ? { paths, root: true } : { paths });
    }
    return commits;
}

;// CONCATENATED MODULE: ./src/adapters/context-index-build.ts








/** Files indexed between two turns of the event loop. */
const YIELD_EVERY_FILES = 256;
/**
 * Lists the workspace's files (through git in a repository, otherwise with the gitignore-aware
 * walk, never following symlinks), reads, outlines and splits every text file into terms, reads
 * git history alongside (in its own process), and builds the index.
 */
async function buildContextIndex(options) {
    const { workspace, state } = options;
    const historyPromise = state.kind === 'git' ? readHistory(workspace.root, state, options.historyWindow).catch((error) => `history could not be read: ${String(error)}`) : Promise.resolve(state.reason);
    const report = { indexed: 0, ignored: 0, tooLarge: 0, binary: 0, protected: 0, generated: 0, unreadable: 0 };
    const excluded = (options.excludedDirectories ?? []).filter((directory) => directory !== '');
    const files = [];
    const take = (path, size) => {
        if (excluded.some((directory) => path.startsWith(`${directory}/`)))
            return;
        if ((0,protected_paths/* isProtectedPath */.WF)(path, 'read'))
            report.protected += 1;
        else if ((0,index_limits/* isGeneratedFile */.Ev)(path))
            report.generated += 1;
        else if ((0,index_limits/* isBinaryByName */.c_)(path))
            report.binary += 1;
        else if (size !== undefined && size > index_limits/* MAXIMUM_INDEXED_FILE_BYTES */.S1)
            report.tooLarge += 1;
        else
            files.push({ path, size });
    };
    // In a git repository git itself lists the files: it knows every ignore rule (.git/info/exclude
    // and the global excludes file too) and answers for 20,000 files in tens of milliseconds.
    // Elsewhere the gitignore-aware walk does. Sizes are checked again when each file is read.
    const listed = state.kind === 'git' ? await (0,git_command/* listRepositoryFiles */.u4)(workspace.root) : undefined;
    if (listed !== undefined) {
        for (const file of listed)
            take(file.path, file.size);
    }
    else {
        const statistics = { ignored: 0 };
        for await (const entry of (0,workspace_walk/* walkWorkspace */.b)(workspace, '', { statistics })) {
            if (entry.type === 'file')
                take(entry.path, entry.size);
        }
        report.ignored = statistics.ignored;
    }
    files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
    const builder = new ContextIndexBuilder();
    // Loaded only when an index is built: it brings the TypeScript compiler, which a bundle keeps in
    // its own chunk, so a run that finds its index in the cache never loads it.
    const { indexWorkspaceFile } = await Promise.all(/* import() */[__webpack_require__.e(672), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 93413));
    const extractor = new TermExtractor();
    for (let position = 0; position < files.length; position += 1) {
        const file = files[position];
        const outcome = indexWorkspaceFile(workspace.root, file.path, extractor, file.size !== undefined);
        if (outcome.outcome === 'indexed') {
            builder.add(outcome.record);
            report.indexed += 1;
        }
        else if (outcome.outcome === 'binary')
            report.binary += 1;
        else if (outcome.outcome === 'too-large')
            report.tooLarge += 1;
        else
            report.unreadable += 1;
        // Reads are synchronous (two native calls per file beat a round of promises per system call);
        // hand the event loop a turn now and then, so a cancellation signal is still heard.
        if (position % YIELD_EVERY_FILES === YIELD_EVERY_FILES - 1)
            await new Promise((resolve) => setImmediate(resolve));
    }
    const history = await historyPromise;
    const indexedPaths = builder.paths();
    const repositoryHistory = typeof history === 'string' ? emptyHistory(indexedPaths.length, history) : historyOf(indexedPaths, history);
    return { index: builder.build(options.key, repositoryHistory), report };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/core/context/context-index-json.ts

const FIELD_NAMES = ['path', 'symbols', 'content'];
const LANGUAGES = new Set(['typescript', 'javascript', 'python', 'go', 'java', 'rust', 'ruby']);
const SYMBOL_KINDS = new Set(['function', 'class', 'interface', 'type', 'enum', 'constant', 'variable', 'module', 'method']);
/** The index as JSON text. */
function serializeContextIndex(index) {
    const fields = {};
    for (const name of FIELD_NAMES) {
        const field = index.fields[name];
        fields[name] = { terms: [...field.postings.keys()], postings: [...field.postings.values()], lengths: field.lengths };
    }
    const json = {
        formatVersion: index.formatVersion,
        key: index.key,
        paths: index.files.map((file) => file.path),
        bytes: index.files.map((file) => file.bytes),
        languages: index.files.map((file) => file.language ?? null),
        symbols: index.files.map((file) => file.symbols.flatMap((symbol) => [symbol.name, symbol.kind, symbol.exported ? 1 : 0])),
        imports: index.files.map((file) => file.imports),
        fields,
        history: index.history,
    };
    return JSON.stringify(json);
}
/**
 * The index in `text` when it is well-formed, of this format version and built for `expectedKey`;
 * otherwise undefined, and the caller rebuilds. Every file index inside is range-checked, so a
 * damaged or tampered cache file cannot make ranking read outside the index; paths are only ever
 * read through the workspace, which confines them.
 */
function parseContextIndex(text, expectedKey) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    if (json.formatVersion !== CONTEXT_INDEX_FORMAT_VERSION || json.key !== expectedKey)
        return undefined;
    const { paths, bytes, languages, symbols, imports, fields, history } = json;
    if (!Array.isArray(paths) || !paths.every((path) => typeof path === 'string' && isPlainRelativePath(path)))
        return undefined;
    const count = paths.length;
    if (!isArrayOf(bytes, count) || !isArrayOf(languages, count) || !isArrayOf(symbols, count) || !isArrayOf(imports, count))
        return undefined;
    if (!imports.every((list) => isIndexList(list, count, 1)))
        return undefined;
    const files = [];
    for (let index = 0; index < count; index += 1) {
        const language = languages[index];
        const fileSymbols = parseSymbols(symbols[index]);
        if ((language !== null && !LANGUAGES.has(language)) || fileSymbols === undefined || typeof bytes[index] !== 'number')
            return undefined;
        files.push({ path: paths[index], bytes: bytes[index], language: language ?? undefined, symbols: fileSymbols, imports: imports[index] });
    }
    if (typeof fields !== 'object' || fields === null)
        return undefined;
    const parsedFields = {};
    for (const name of FIELD_NAMES) {
        const field = parseField(fields[name], count);
        if (field === undefined)
            return undefined;
        parsedFields[name] = field;
    }
    const parsedHistory = parseHistory(history, count);
    if (parsedHistory === undefined)
        return undefined;
    return { formatVersion: CONTEXT_INDEX_FORMAT_VERSION, key: expectedKey, files, fields: parsedFields, importedBy: reverseImports(files), history: parsedHistory };
}
function isArrayOf(value, length) {
    return Array.isArray(value) && value.length === length;
}
/** Whole numbers below `count` at every `stride`-th position (pairs: the file index comes first). */
function isIndexList(value, count, stride) {
    if (!Array.isArray(value) || value.length % stride !== 0)
        return false;
    for (let position = 0; position < value.length; position += 1) {
        const item = value[position];
        if (typeof item !== 'number' || !Number.isInteger(item) || item < 0)
            return false;
        if (position % stride === 0 && item >= count)
            return false;
    }
    return true;
}
function isPlainRelativePath(path) {
    return path !== '' && !path.startsWith('/') && !path.includes('\u0000') && !path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
}
function parseSymbols(value) {
    if (!Array.isArray(value) || value.length % 3 !== 0)
        return undefined;
    const symbols = [];
    for (let position = 0; position < value.length; position += 3) {
        const [name, kind, exported] = value.slice(position, position + 3);
        if (typeof name !== 'string' || typeof kind !== 'string' || !SYMBOL_KINDS.has(kind))
            return undefined;
        symbols.push({ name, kind: kind, exported: exported === 1 });
    }
    return symbols;
}
function parseField(value, count) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { terms, postings, lengths } = value;
    if (!Array.isArray(terms) || !isArrayOf(postings, terms.length) || !isArrayOf(lengths, count))
        return undefined;
    if (!lengths.every((length) => typeof length === 'number' && length >= 0))
        return undefined;
    const map = new Map();
    for (let index = 0; index < terms.length; index += 1) {
        const list = postings[index];
        if (typeof terms[index] !== 'string' || !isIndexList(list, count, 2))
            return undefined;
        map.set(terms[index], list);
    }
    return { postings: map, lengths: lengths, averageLength: averageOf(lengths) };
}
function parseHistory(value, count) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const history = value;
    if (typeof history.available !== 'boolean' || typeof history.commits !== 'number')
        return undefined;
    if (history.note !== undefined && typeof history.note !== 'string')
        return undefined;
    if (!isArrayOf(history.churn, count) || !history.churn.every((churn) => typeof churn === 'number' && churn >= 0))
        return undefined;
    if (!isArrayOf(history.coChanges, count) || !history.coChanges.every((pairs) => isIndexList(pairs, count, 2)))
        return undefined;
    return {
        available: history.available,
        ...(history.note === undefined ? {} : { note: history.note }),
        commits: history.commits,
        churn: history.churn,
        coChanges: history.coChanges,
    };
}

// EXTERNAL MODULE: ./src/adapters/system-error-code.ts
var system_error_code = __webpack_require__(89792);
;// CONCATENATED MODULE: ./src/adapters/context-index-cache.ts







/** Cached indexes kept per directory; the least recently written beyond this are removed. */
const MAXIMUM_CACHED_INDEXES = 8;
const FILE_PREFIX = 'context-index-';
/**
 * The default cache directory, `.drydock/cache` under the system's temporary directory: outside
 * any checkout, so the cache can never end up among a repository's tracked files. In Actions,
 * point it at a directory that `actions/cache` saves and restores.
 */
function defaultContextCacheDirectory() {
    return external_node_path_default().join((0,external_node_os_.tmpdir)(), '.drydock', 'cache');
}
/** The cache file name of a key: a digest, so any key is a safe file name. */
function cacheFileName(key) {
    return `${FILE_PREFIX}${(0,canonical_json/* sha256 */.sc)(key).slice(0, 32)}.json`;
}
/** A cache in `directory` (created on the first save). */
function createContextIndexCache(directory) {
    const root = external_node_path_default().resolve(directory);
    return {
        directory: root,
        async load(key) {
            let text;
            try {
                text = await (0,promises_.readFile)(external_node_path_default().join(root, cacheFileName(key)), 'utf8');
            }
            catch (error) {
                if ((0,system_error_code/* systemErrorCode */.v)(error) === 'ENOENT' || (0,system_error_code/* systemErrorCode */.v)(error) === 'ENOTDIR')
                    return undefined;
                throw error;
            }
            return parseContextIndex(text, key);
        },
        async save(index) {
            // Private to the user: the index lists the repository's paths and names.
            await (0,promises_.mkdir)(root, { recursive: true, mode: 0o700 });
            const target = external_node_path_default().join(root, cacheFileName(index.key));
            const temporary = external_node_path_default().join(root, `.${FILE_PREFIX}${(0,external_node_crypto_.randomUUID)()}.tmp`);
            try {
                await (0,promises_.writeFile)(temporary, serializeContextIndex(index), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
                await (0,promises_.rename)(temporary, target);
            }
            catch (error) {
                await (0,promises_.rm)(temporary, { force: true });
                throw error;
            }
            await prune(root, target);
            return target;
        },
    };
}
/** Removes the oldest cached indexes beyond {@link MAXIMUM_CACHED_INDEXES}, never the one just written. */
async function prune(root, keep) {
    const names = (await (0,promises_.readdir)(root)).filter((name) => name.startsWith(FILE_PREFIX) && name.endsWith('.json'));
    if (names.length <= MAXIMUM_CACHED_INDEXES)
        return;
    const dated = await Promise.all(names.map(async (name) => {
        const file = external_node_path_default().join(root, name);
        try {
            return { file, time: (await (0,promises_.stat)(file)).mtimeMs };
        }
        catch {
            return { file, time: Number.POSITIVE_INFINITY };
        }
    }));
    dated.sort((left, right) => left.time - right.time || (left.file < right.file ? -1 : 1));
    for (const { file } of dated.slice(0, dated.length - MAXIMUM_CACHED_INDEXES)) {
        if (file !== keep)
            await (0,promises_.rm)(file, { force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/gpt-tokenizer/esm/encoding/o200k_base.js + 20 modules
var o200k_base = __webpack_require__(15359);
;// CONCATENATED MODULE: ./src/adapters/token-counter-o200k.ts

// Text that merely contains a special-token marker is counted as that text: file contents are
// data, and the default (throwing on "<|endoftext|>") would let one file break a whole selection.
const AS_PLAIN_TEXT = { disallowedSpecial: new Set() };
/**
 * The `o200k_base` tokenizer of the GPT-4o, GPT-4.1, GPT-5 and o-series models, in pure
 * JavaScript with its byte-pair ranks inside the package (gpt-tokenizer): no download, no native
 * code. Other model families count differently, but within a few percent on code.
 */
function createO200kTokenCounter() {
    return {
        encoding: 'o200k_base',
        count: (text) => (0,o200k_base/* countTokens */.ih)(text, AS_PLAIN_TEXT),
        countWithin(text, limit) {
            if (limit < 0)
                return undefined;
            if (text === '')
                return 0;
            const within = (0,o200k_base/* isWithinTokenLimit */._F)(text, limit, AS_PLAIN_TEXT);
            return within === false ? undefined : within;
        },
    };
}

// EXTERNAL MODULE: ./src/adapters/workspace-fs.ts
var workspace_fs = __webpack_require__(8833);
;// CONCATENATED MODULE: ./src/adapters/context-select.ts












/** Ranked files read and measured at most; a budget is spent long before this many files fit. */
const MAXIMUM_CANDIDATES = 200;
/**
 * Deterministic retrieval for a goal: loads the index cached for this commit or builds it, ranks
 * the files, and selects a repository map and whole files within the token budget.
 * Throws {@link InputError} for a missing workspace, an empty goal or a budget that is not a
 * positive whole number.
 */
async function selectContext(options) {
    if (!Number.isSafeInteger(options.budgetTokens) || options.budgetTokens <= 0) {
        throw new errors/* InputError */.dz(`The token budget must be a positive whole number, got ${String(options.budgetTokens)}`, { where: 'budget' });
    }
    if (options.goal.trim() === '')
        throw new errors/* InputError */.dz('The goal is empty: give the text the context is for', { where: 'goal' });
    const workspace = options.workspace ?? (await (0,workspace_fs/* createFileWorkspace */.m)(options.workspaceRoot));
    const tokenCounter = options.tokenCounter ?? createO200kTokenCounter();
    const historyWindow = options.historyWindow ?? DEFAULT_HISTORY_WINDOW;
    const cache = createContextIndexCache(options.cacheDirectory ?? defaultContextCacheDirectory());
    const notes = [];
    const started = performance.now();
    const state = await readRepositoryState(workspace.root);
    if (state.kind === 'none')
        notes.push(`${state.reason}: files are ranked without history, and the index is not cached (there is no commit to key it by)`);
    const cacheInside = external_node_path_default().relative(workspace.root, cache.directory);
    const excludedDirectories = cacheInside === '' || cacheInside.startsWith('..') || external_node_path_default().isAbsolute(cacheInside) ? [] : [cacheInside.split((external_node_path_default()).sep).join('/')];
    const key = state.kind === 'git'
        ? (0,canonical_json/* sha256 */.sc)(JSON.stringify([CONTEXT_INDEX_FORMAT_VERSION, state.head, state.workingTree, state.prefix, historyWindow, excludedDirectories, index_limits/* MAXIMUM_INDEXED_FILE_BYTES */.S1]))
        : 'uncached';
    let index;
    let source = 'built';
    let report;
    let cacheFile;
    if (state.kind === 'git') {
        try {
            index = await cache.load(key);
        }
        catch (error) {
            notes.push(`the cached index could not be read (${(0,errors/* errorMessage */.gJ)(error)}); building it again`);
        }
        if (index !== undefined)
            source = 'cache';
    }
    if (index === undefined) {
        ({ index, report } = await buildContextIndex({ workspace, key, state, historyWindow, excludedDirectories }));
        if (state.kind === 'git') {
            try {
                cacheFile = await cache.save(index);
            }
            catch (error) {
                notes.push(`the index could not be cached in '${cache.directory}': ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    else {
        cacheFile = external_node_path_default().join(cache.directory, cacheFileName(key));
    }
    const durationMs = performance.now() - started;
    if (state.kind === 'git' && index.history.note !== undefined)
        notes.push(index.history.note);
    const ranked = rankFiles(index, options.goal);
    const contents = new Map();
    await Promise.all(ranked.slice(0, MAXIMUM_CANDIDATES).map(async (entry) => {
        try {
            contents.set(entry.path, await workspace.readText(entry.path, { maxBytes: index_limits/* MAXIMUM_INDEXED_FILE_BYTES */.S1 }));
        }
        catch {
            // Changed or removed since it was indexed: it is simply not a candidate.
        }
    }));
    const assembled = assembleContext({ index, ranked, budgetTokens: options.budgetTokens, contents, tokenCounter });
    return {
        files: assembled.files,
        tokens: assembled.tokens,
        budgetTokens: options.budgetTokens,
        map: assembled.map,
        encoding: tokenCounter.encoding,
        index: {
            source,
            files: index.files.length,
            ...(state.kind === 'git' ? { head: state.head } : {}),
            history: { available: index.history.available, commits: index.history.commits, ...(index.history.note === undefined ? {} : { note: index.history.note }) },
            ...(cacheFile === undefined ? {} : { cacheFile }),
            ...(report === undefined ? {} : { report }),
            durationMs,
        },
        notes,
        contextIndex: index,
    };
}


/***/ }),

/***/ 50524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   u4: () => (/* binding */ listRepositoryFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Output a git read may produce at most (a long history's names, a large tree's listing). */
const MAXIMUM_OUTPUT_BYTES = 512 * 1024 * 1024;
/** Where git looks for the repository; inherited values would point git at another one. */
const GIT_LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];
/**
 * The environment every git call of Drydock's runs with: no inherited repository location, no
 * optional locks (a read never takes the index lock a concurrent git command may need), no
 * terminal prompt, and the C locale so output parses the same everywhere.
 */
function gitEnvironment() {
    const environment = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    for (const name of GIT_LOCATION_VARIABLES)
        delete environment[name];
    return environment;
}
/**
 * Settings put before every command: fsmonitor hooks off, so reading a repository never runs a
 * program its configuration names; paths unquoted, so they parse as written.
 */
const SAFE_SETTINGS = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];
/**
 * Runs git with an argument vector, never a shell, in `cwd`. Rejects with a DrydockError only when
 * git could not run at all (not installed, killed by the timeout, output over the cap).
 */
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...SAFE_SETTINGS, ...args], { cwd, encoding: 'utf8', maxBuffer: MAXIMUM_OUTPUT_BYTES, windowsHide: true, env: { ...gitEnvironment(), ...options.environment }, ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }) }, (error, stdout, stderr) => {
            if (error === null)
                return resolve({ exitCode: 0, stdout, stderr });
            if (typeof error.code === 'number')
                return resolve({ exitCode: error.code, stdout, stderr });
            const why = error.code === 'ENOENT' ? 'git is not installed' : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DrydockError */ .Td(`Could not run git in ${cwd}: ${why}`, { cause: error }));
        });
    });
}
/** {@link runGit} for reads that degrade gracefully: any failure is `ok: false` with the reason. */
async function git(root, args) {
    try {
        const output = await runGit(root, args);
        return { ok: output.exitCode === 0, stdout: output.stdout, stderr: output.stderr };
    }
    catch (error) {
        return { ok: false, stdout: '', stderr: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) };
    }
}
/**
 * The files below `root` that git would consider: tracked ones (with their staged sizes, so the
 * caller need not stat each) and untracked ones that no `.gitignore`, `.git/info/exclude` or
 * global excludes file ignores, relative to `root`, each once. Undefined when git cannot list them.
 */
async function listRepositoryFiles(root) {
    const [tracked, untracked] = await Promise.all([
        git(root, ['ls-files', '-z', '--cached', '--format=%(objectsize)%x09%(path)', '--', '.']),
        git(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', '.']),
    ]);
    if (!untracked.ok)
        return undefined;
    const files = new Map();
    if (tracked.ok) {
        for (const line of tracked.stdout.split('\u0000')) {
            const tab = line.indexOf('\t');
            if (tab < 0)
                continue;
            const size = Number(line.slice(0, tab));
            const path = line.slice(tab + 1);
            // A conflicted file is listed once per stage.
            if (!files.has(path))
                files.set(path, line.slice(0, tab) !== '' && Number.isSafeInteger(size) ? { path, size } : { path });
        }
    }
    else {
        // Before git 2.38 there is no --format: list without sizes.
        const plain = await git(root, ['ls-files', '-z', '--cached', '--', '.']);
        if (!plain.ok)
            return undefined;
        for (const path of plain.stdout.split('\u0000'))
            if (path !== '')
                files.set(path, { path });
    }
    for (const path of untracked.stdout.split('\u0000'))
        if (path !== '' && !files.has(path))
            files.set(path, { path });
    return [...files.values()];
}


/***/ }),

/***/ 27918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ normalizeTerm),
/* harmony export */   Nr: () => (/* binding */ splitWord),
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   _2: () => (/* binding */ isWordCharacter),
/* harmony export */   rj: () => (/* binding */ countWords)
/* harmony export */ });
/* unused harmony export mapWordSink */
/**
 * Turns paths, identifiers, goal text and file contents into search terms, the same way for all
 * of them so that a goal's words meet the code's names:
 *
 * - words are runs of letters, digits, `_` and `$` (and any non-ASCII character, so non-English
 *   words survive); everything else separates words, which covers kebab-case and paths;
 * - a word splits at `_`, `$`, lower-to-upper case changes (`parseConfig` → parse, config), the
 *   last capital of a capital run (`HTTPServer` → http, server) and letter/digit changes
 *   (`utf8` → utf);
 * - parts are lower-cased and lightly stemmed (`invoices` → invoice, `policies` → policy);
 * - parts shorter than 2 or longer than 40 characters, numbers, English function words and the
 *   keywords every file of a language repeats (`const`, `return`, `def`) are dropped: they carry
 *   no relevance and would only fill the index.
 *
 * Identifiers of several parts also yield the joined form (`ordermapper`) in paths, symbols and
 * goals, so an exact name in a goal scores above its parts scattered through a file.
 */
const STOP_WORDS = new Set(('a an and are as at be but by for from has have if in into is it its no not of on or so such that the their then there these ' +
    'they this to was were will with we you your our can should would could may might must do does did done how what when where ' +
    'which who why all any each few more most other some only own same than too very just also about above after again against ' +
    'below between both during before further once here over under until up down out off while because through ' +
    'const let var function return import export default new this true false null undefined void async await class extends ' +
    'implements interface type enum public private protected readonly static abstract declare namespace module require ' +
    'else case break continue switch try catch finally throw typeof instanceof delete yield super def self pass lambda elif ' +
    'none func package struct impl pub fn mut use crate end nil begin').split(' '));
const MINIMUM_TERM_LENGTH = 2;
const MAXIMUM_TERM_LENGTH = 40;
/** 1 for the ASCII word characters (letters, digits, `_`, `$`): a table look-up is the cheapest test in the scanning loops. */
const ASCII_WORD_CHARACTERS = Uint8Array.from({ length: 128 }, (_, code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 ? 1 : 0);
/** Whether a UTF-16 code unit belongs to a word: ASCII letters, digits, `_`, `$`, and anything beyond ASCII. */
function isWordCharacter(code) {
    return code >= 128 || ASCII_WORD_CHARACTERS[code] === 1;
}
function isUpper(code) {
    return code >= 65 && code <= 90;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function isLetter(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 128;
}
/** Lower-cases, stems and filters one part; undefined when it is not worth a term. */
function normalizeTerm(part) {
    if (part.length < MINIMUM_TERM_LENGTH || part.length > MAXIMUM_TERM_LENGTH)
        return undefined;
    let term = part.toLowerCase();
    if (isDigit(term.charCodeAt(0)) && /^\d+$/.test(term))
        return undefined;
    if (STOP_WORDS.has(term))
        return undefined;
    if (term.length > 4 && term.endsWith('ies'))
        term = `${term.slice(0, -3)}y`;
    else if (term.length > 3 && term.endsWith('s') && !/(?:ss|us|is)$/.test(term))
        term = term.slice(0, -1);
    return STOP_WORDS.has(term) ? undefined : term;
}
/** The raw parts of one word, before normalization. */
function splitWord(word) {
    const parts = [];
    let start = 0;
    for (let index = 0; index < word.length; index += 1) {
        const code = word.charCodeAt(index);
        if (code === 95 || code === 36) {
            if (index > start)
                parts.push(word.slice(start, index));
            start = index + 1;
            continue;
        }
        if (index === start)
            continue;
        const previous = word.charCodeAt(index - 1);
        const next = index + 1 < word.length ? word.charCodeAt(index + 1) : 0;
        const caseChange = isUpper(code) && (!isUpper(previous) || (next >= 97 && next <= 122)) && isLetter(previous);
        const digitChange = isDigit(code) !== isDigit(previous) && (isLetter(code) || isLetter(previous));
        if (caseChange || digitChange) {
            parts.push(word.slice(start, index));
            start = index;
        }
    }
    if (word.length > start)
        parts.push(word.slice(start));
    return parts;
}
/** The words of a text, in order. */
function wordsOf(text) {
    const words = [];
    let index = 0;
    while (index < text.length) {
        if (!isWordCharacter(text.charCodeAt(index))) {
            index += 1;
            continue;
        }
        const start = index;
        while (index < text.length && isWordCharacter(text.charCodeAt(index)))
            index += 1;
        words.push(text.slice(start, index));
    }
    return words;
}
/** A sink that counts words into a map (word → occurrences). */
function mapWordSink(words) {
    return {
        addWord(text, start, end) {
            const word = text.slice(start, end);
            words.set(word, (words.get(word) ?? 0) + 1);
        },
    };
}
/** Hands every word of `text` between `start` and `end` to `sink`, in order. */
function countWords(text, sink, start = 0, end = text.length) {
    let index = start;
    while (index < end) {
        if (!isWordCharacter(text.charCodeAt(index))) {
            index += 1;
            continue;
        }
        const wordStart = index;
        index += 1;
        while (index < end && isWordCharacter(text.charCodeAt(index)))
            index += 1;
        sink.addWord(text, wordStart, index);
    }
}


/***/ }),

/***/ 96544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ isGeneratedFile),
/* harmony export */   S1: () => (/* binding */ MAXIMUM_INDEXED_FILE_BYTES),
/* harmony export */   c_: () => (/* binding */ isBinaryByName)
/* harmony export */ });
/** Files larger than this are not indexed: no one reads a 1 MiB source file into a prompt. */
const MAXIMUM_INDEXED_FILE_BYTES = 1024 * 1024;
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
const BINARY_EXTENSIONS = new Set('png jpg jpeg gif bmp ico webp avif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm wasm so dylib dll exe bin dat db sqlite pyc pyo o a lib node'.split(' '));
/** Whether a path names a file that is binary by its extension. */
function isBinaryByName(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
/** Whether a path names a generated file that is not worth indexing. */
function isGeneratedFile(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    return GENERATED_FILE_NAMES.has(name) || GENERATED_FILE_ENDINGS.some((ending) => name.endsWith(ending));
}


/***/ })

};
