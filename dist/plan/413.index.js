export const id = 413;
export const ids = [413];
export const modules = {

/***/ 93413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  indexWorkspaceFile: () => (/* binding */ indexWorkspaceFile)
});

// UNUSED EXPORTS: outlineSource

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/context/identifier-terms.ts
var identifier_terms = __webpack_require__(27918);
;// CONCATENATED MODULE: ./src/core/context/file-terms.ts

function toFieldTerms(counts) {
    return { terms: [...counts.keys()], counts: [...counts.values()] };
}
/**
 * The terms of a file's three fields. The file name counts twice in the path field:
 * `src/billing/invoice.ts` is about invoices first and about billing second. When a parser
 * already handed the content's words to the extractor (`contentCounted`), their terms are taken;
 * otherwise the content is scanned here.
 */
function fileFieldTerms(extractor, path, symbols, content, contentCounted = false) {
    const pathCounts = new Map();
    extractor.countPathTerms(path, pathCounts, 2);
    const symbolCounts = new Map();
    for (const symbol of symbols) {
        for (const word of (0,identifier_terms/* wordsOf */.Z9)(symbol.name)) {
            for (const term of extractor.nameTermsOf(word))
                symbolCounts.set(term, (symbolCounts.get(term) ?? 0) + 1);
        }
    }
    const contentTerms = contentCounted ? extractor.takeContentTerms() : extractor.contentTermsOfText(content);
    return { path: toFieldTerms(pathCounts), symbols: toFieldTerms(symbolCounts), content: contentTerms };
}

// EXTERNAL MODULE: ./src/core/context/index-limits.ts
var index_limits = __webpack_require__(96544);
;// CONCATENATED MODULE: ./src/core/context/code-lines.ts
/**
 * Splits source text into lines for the line-based outlines, knowing just enough of the
 * language's lexical rules to tell code from comments and strings: line and block comments,
 * quoted strings with backslash escapes, and strings that run over several lines (Go's backtick
 * strings, Java's `"""` text blocks, Python's triple quotes, Ruby's `=begin`/`=end`). What it
 * does not know (Rust raw strings `r#"…"#`, heredocs, nested block comments) can make a line
 * count as code or as string when it is not: outlines built on this are a best effort.
 */
/** Scans `text` into lines under the dialect's rules. */
function scanCodeLines(text, dialect) {
    const lines = [];
    let depth = 0;
    let inBlockComment = false;
    let openMultiline;
    for (const raw of text.split('\n')) {
        const startsInside = inBlockComment || openMultiline !== undefined;
        const lineDepth = depth;
        let code = '';
        let index = 0;
        while (index < raw.length) {
            if (inBlockComment) {
                const end = raw.indexOf('*/', index);
                if (end < 0) {
                    index = raw.length;
                    break;
                }
                inBlockComment = false;
                index = end + 2;
                continue;
            }
            if (openMultiline !== undefined) {
                const end = raw.indexOf(openMultiline, index);
                if (end < 0) {
                    code += ' '.repeat(raw.length - index);
                    index = raw.length;
                    break;
                }
                code += `${' '.repeat(end - index)}${openMultiline}`;
                index = end + openMultiline.length;
                openMultiline = undefined;
                continue;
            }
            if (raw.startsWith(dialect.lineComment, index))
                break;
            if (dialect.blockComments && raw.startsWith('/*', index)) {
                inBlockComment = true;
                index += 2;
                continue;
            }
            const multiline = dialect.multilineQuotes.find((quote) => raw.startsWith(quote, index));
            if (multiline !== undefined) {
                code += multiline;
                index += multiline.length;
                openMultiline = multiline;
                continue;
            }
            const character = raw[index];
            if (dialect.quotes.includes(character) && !(dialect.lifetimes === true && character === "'" && !/^'(?:\\.|[^\\'])'/.test(raw.slice(index)))) {
                let end = index + 1;
                while (end < raw.length && raw[end] !== character)
                    end += raw[end] === '\\' ? 2 : 1;
                code += `${character}${' '.repeat(Math.max(0, Math.min(end, raw.length) - index - 1))}${end < raw.length ? character : ''}`;
                index = end + 1;
                continue;
            }
            if (character === '{')
                depth += 1;
            else if (character === '}')
                depth = Math.max(0, depth - 1);
            code += character;
            index += 1;
        }
        lines.push({ raw: raw.endsWith('\r') ? raw.slice(0, -1) : raw, code, depth: lineDepth, startsInside });
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/context/line-outline-brace-languages.ts

/**
 * Line-based outlines of Go, Java and Rust. These are patterns over lines whose comments and
 * string contents were blanked out by {@link scanCodeLines}, anchored at the start of a line and
 * checked against the `{` depth, so a declaration is only taken where the language puts one:
 * Go and Rust items and Java types at depth 0, Java and Rust methods at depth 1. Code formatted
 * unusually (a declaration split before its name, two on one line) is missed, not misread.
 * The TypeScript compiler is the real parser for TS and JS; this is the documented fallback.
 */
function add(symbols, name, kind, exported) {
    if (name !== undefined && name !== '')
        symbols.push({ name, kind, exported });
}
const GO_SINGLE_IMPORT = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/;
const GO_BLOCK_IMPORT = /^\s*(?:[\w.]+\s+)?"([^"]+)"/;
const GO_FUNCTION = /^func\s+(\([^)]*\)\s*)?([A-Za-z_]\w*)/;
const GO_TYPE = /^(?:type\s+)?([A-Za-z_]\w*)\s+(?:\[[^\]]*\]\s*)?(struct|interface)?/;
const GO_VALUE = /^(?:(const|var)\s+)?([A-Za-z_]\w*)\b/;
/** Go: imports (single and grouped), functions, methods, types, and package-level constants and variables. */
function outlineGo(text) {
    const imports = [];
    const symbols = [];
    let group;
    const isExported = (name) => /^[A-Z]/.test(name);
    for (const line of scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: ['`'] })) {
        if (line.startsInside || line.depth > 0)
            continue;
        const code = line.code;
        if (group !== undefined) {
            if (/^\s*\)/.test(code)) {
                group = undefined;
                continue;
            }
            if (group === 'import') {
                const match = GO_BLOCK_IMPORT.exec(line.raw);
                if (match?.[1] !== undefined)
                    imports.push({ specifier: match[1], style: 'module' });
            }
            else if (code.trim() !== '') {
                const trimmed = code.trim();
                if (group === 'type') {
                    const match = GO_TYPE.exec(trimmed);
                    if (match?.[1] !== undefined)
                        add(symbols, match[1], match[2] === 'interface' ? 'interface' : match[2] === 'struct' ? 'class' : 'type', isExported(match[1]));
                }
                else {
                    const name = GO_VALUE.exec(trimmed)?.[2];
                    if (name !== undefined)
                        add(symbols, name, group === 'const' ? 'constant' : 'variable', isExported(name));
                }
            }
            continue;
        }
        const opened = /^(import|type|const|var)\s*\(/.exec(code);
        if (opened !== null) {
            group = opened[1];
            continue;
        }
        const single = GO_SINGLE_IMPORT.exec(line.raw);
        if (single?.[1] !== undefined && code.startsWith('import')) {
            imports.push({ specifier: single[1], style: 'module' });
            continue;
        }
        const functionMatch = GO_FUNCTION.exec(code);
        if (functionMatch?.[2] !== undefined) {
            add(symbols, functionMatch[2], functionMatch[1] === undefined ? 'function' : 'method', isExported(functionMatch[2]));
            continue;
        }
        if (code.startsWith('type ')) {
            const match = GO_TYPE.exec(code);
            if (match?.[1] !== undefined)
                add(symbols, match[1], match[2] === 'interface' ? 'interface' : match[2] === 'struct' ? 'class' : 'type', isExported(match[1]));
            continue;
        }
        const value = /^(const|var)\s+([A-Za-z_]\w*)/.exec(code);
        if (value?.[2] !== undefined)
            add(symbols, value[2], value[1] === 'const' ? 'constant' : 'variable', isExported(value[2]));
    }
    return { imports, symbols };
}
const JAVA_IMPORT = /^\s*import\s+(?:static\s+)?([\w$.]+(?:\.\*)?)\s*;/;
const JAVA_TYPE = /^\s*((?:(?:public|protected|private|abstract|final|static|sealed|non-sealed|strictfp)\s+)*)(class|interface|enum|record|@interface)\s+([A-Za-z_$][\w$]*)/;
const JAVA_METHOD = /^\s*((?:(?:public|protected|private|static|final|abstract|synchronized|native|default)\s+)*)(?:<[^>]*>\s+)?[\w$.<>[\],?]+(?:\s*<[^>]*>)?(?:\[\])*\s+([a-zA-Z_$][\w$]*)\s*\(/;
const NOT_METHOD_NAMES = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'throw', 'else', 'synchronized']);
/** Java: imports (static and on-demand), top-level types, and methods of those types. */
function outlineJava(text) {
    const imports = [];
    const symbols = [];
    const lines = scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: ['"""'] });
    for (const line of lines) {
        if (line.startsInside)
            continue;
        const imported = JAVA_IMPORT.exec(line.code);
        if (imported?.[1] !== undefined) {
            imports.push({ specifier: imported[1], style: 'module' });
            continue;
        }
        if (line.depth === 0) {
            const type = JAVA_TYPE.exec(line.code);
            if (type?.[3] !== undefined) {
                const kind = type[2] === 'interface' || type[2] === '@interface' ? 'interface' : type[2] === 'enum' ? 'enum' : 'class';
                add(symbols, type[3], kind, /\bpublic\b/.test(type[1] ?? ''));
            }
        }
        else if (line.depth === 1) {
            const method = JAVA_METHOD.exec(line.code);
            if (method?.[2] !== undefined && !NOT_METHOD_NAMES.has(method[2]))
                add(symbols, method[2], 'method', /\bpublic\b/.test(method[1] ?? ''));
        }
    }
    return { imports, symbols };
}
const RUST_VISIBILITY = String.raw `(pub(?:\([^)]*\))?\s+)?`;
const RUST_FUNCTION = new RegExp(String.raw `^\s*${RUST_VISIBILITY}(?:(?:const|async|unsafe|default|extern\s+"[^"]*")\s+)*fn\s+([A-Za-z_]\w*)`);
const RUST_TYPE = new RegExp(String.raw `^\s*${RUST_VISIBILITY}(struct|enum|trait|type|union)\s+([A-Za-z_]\w*)`);
const RUST_CONSTANT = new RegExp(String.raw `^\s*${RUST_VISIBILITY}(?:const|static)\s+(?:mut\s+)?([A-Za-z_]\w*)\s*:`);
const RUST_MODULE = new RegExp(String.raw `^\s*${RUST_VISIBILITY}mod\s+([A-Za-z_]\w*)\s*(;|\{)`);
const RUST_USE_START = new RegExp(String.raw `^\s*${RUST_VISIBILITY}use\s+`);
/** Expands a `use` tree one level of braces deep: `a::{b, c::D}` → `a::b`, `a::c::D`. */
function useSpecifiers(tree) {
    const compact = tree.replace(/\s+/g, '').replace(/;$/, '');
    const brace = compact.indexOf('{');
    if (brace < 0)
        return [compact.replace(/::\*$/, '').replace(/\bas\w+$/, '')];
    const prefix = compact.slice(0, brace).replace(/::$/, '');
    const inner = compact.slice(brace + 1, compact.lastIndexOf('}'));
    return inner
        .split(',')
        .map((item) => item.replace(/\{.*$/, '').replace(/::$/, '').replace(/as\w+$/, ''))
        .filter((item) => item !== '' && item !== '*')
        .map((item) => (item === 'self' ? prefix : `${prefix}::${item}`));
}
/** Rust: `use` paths within the crate, `mod x;` files, items at the top level, and methods one level in. */
function outlineRust(text) {
    const imports = [];
    const symbols = [];
    let pendingUse;
    const lines = scanCodeLines(text, { lineComment: '//', blockComments: true, quotes: '"\'', multilineQuotes: [], lifetimes: true });
    for (const line of lines) {
        if (line.startsInside)
            continue;
        const code = line.code;
        if (pendingUse !== undefined || RUST_USE_START.test(code)) {
            pendingUse = `${pendingUse ?? ''} ${pendingUse === undefined ? code.replace(RUST_USE_START, '') : code}`;
            if (!code.includes(';'))
                continue;
            for (const specifier of useSpecifiers(pendingUse)) {
                if (/^(crate|self|super)::/.test(specifier))
                    imports.push({ specifier, style: 'module' });
            }
            pendingUse = undefined;
            continue;
        }
        const exported = (visibility) => visibility !== undefined && visibility.trim() === 'pub';
        const functionMatch = RUST_FUNCTION.exec(code);
        if (functionMatch?.[2] !== undefined && line.depth <= 1) {
            add(symbols, functionMatch[2], line.depth === 0 ? 'function' : 'method', exported(functionMatch[1]));
            continue;
        }
        if (line.depth !== 0)
            continue;
        const module = RUST_MODULE.exec(code);
        if (module?.[2] !== undefined) {
            if (module[3] === ';')
                imports.push({ specifier: module[2], style: 'sibling-module' });
            add(symbols, module[2], 'module', exported(module[1]));
            continue;
        }
        const type = RUST_TYPE.exec(code);
        if (type?.[3] !== undefined) {
            const kinds = { struct: 'class', enum: 'enum', trait: 'interface', type: 'type', union: 'class' };
            add(symbols, type[3], kinds[type[2] ?? ''] ?? 'type', exported(type[1]));
            continue;
        }
        const constant = RUST_CONSTANT.exec(code);
        if (constant?.[2] !== undefined)
            add(symbols, constant[2], 'constant', exported(constant[1]));
    }
    return { imports, symbols };
}

;// CONCATENATED MODULE: ./src/core/context/line-outline-scripting-languages.ts

/**
 * Line-based outlines of Python and Ruby: patterns anchored at the start of lines whose comments
 * and string contents were blanked out (docstrings and `=begin` blocks never count as code).
 * Python's top level is indentation 0. Ruby has no reliable top level without a parser, so its
 * classes and modules count at any depth and `def` at an indentation of at most two levels.
 * Imports count at any depth in both: an import inside a function is still a dependency.
 */
const PYTHON_IMPORT = /^\s*import\s+(.+)$/;
const PYTHON_FROM_IMPORT = /^\s*from\s+(\.*[\w.]*)\s+import\s+(.+)$/;
const PYTHON_FUNCTION = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
const PYTHON_CLASS = /^class\s+([A-Za-z_]\w*)/;
const PYTHON_CONSTANT = /^([A-Z][A-Z0-9_]*)\s*(?::[^=]*)?=(?!=)/;
/** Python: `import a.b`, `from .a import b` (names imported from a bare package count as its modules), and top-level `def`, `class` and UPPER_CASE constants. */
function outlinePython(text) {
    const imports = [];
    const symbols = [];
    const exported = (name) => !name.startsWith('_');
    for (const line of scanCodeLines(text, { lineComment: '#', blockComments: false, quotes: '"\'', multilineQuotes: ['"""', "'''"] })) {
        if (line.startsInside)
            continue;
        const code = line.code;
        const from = PYTHON_FROM_IMPORT.exec(code);
        if (from?.[1] !== undefined) {
            const module = from[1];
            const style = module.startsWith('.') ? 'relative' : 'module';
            if (/^\.+$/.test(module)) {
                for (const name of (from[2] ?? '').replace(/[()\\]/g, '').split(',')) {
                    const imported = name.trim().split(/\s+/)[0];
                    if (imported !== undefined && /^\w+$/.test(imported))
                        imports.push({ specifier: `${module}${imported}`, style });
                }
            }
            else {
                imports.push({ specifier: module, style });
            }
            continue;
        }
        const plain = PYTHON_IMPORT.exec(code);
        if (plain?.[1] !== undefined) {
            for (const part of plain[1].split(',')) {
                const module = part.trim().split(/\s+/)[0];
                if (module !== undefined && /^[\w.]+$/.test(module))
                    imports.push({ specifier: module, style: 'module' });
            }
            continue;
        }
        const functionName = PYTHON_FUNCTION.exec(code)?.[1];
        if (functionName !== undefined) {
            symbols.push({ name: functionName, kind: 'function', exported: exported(functionName) });
            continue;
        }
        const className = PYTHON_CLASS.exec(code)?.[1];
        if (className !== undefined) {
            symbols.push({ name: className, kind: 'class', exported: exported(className) });
            continue;
        }
        const constant = PYTHON_CONSTANT.exec(code)?.[1];
        if (constant !== undefined)
            symbols.push({ name: constant, kind: 'constant', exported: exported(constant) });
    }
    return { imports, symbols };
}
const RUBY_REQUIRE = /^\s*(require|require_relative)\s*\(?\s*["']([^"']+)["']/;
const RUBY_CONTAINER = /^\s*(class|module)\s+([A-Z]\w*(?:::[A-Z]\w*)*)/;
const RUBY_METHOD = /^(\s*)def\s+(self\.)?([A-Za-z_]\w*[?!=]?)/;
const RUBY_CONSTANT = /^\s{0,4}([A-Z][A-Z0-9_]*)\s*=(?!=)/;
/** Deepest indentation, in columns, at which a Ruby `def` is still taken as a symbol (class inside a module). */
const RUBY_MAXIMUM_METHOD_INDENT = 4;
/** Ruby: `require` and `require_relative`, classes and modules, methods, and constants. */
function outlineRuby(text) {
    const imports = [];
    const symbols = [];
    let inDocumentation = false;
    for (const line of scanCodeLines(text, { lineComment: '#', blockComments: false, quotes: '"\'', multilineQuotes: [] })) {
        if (/^=begin\b/.test(line.raw))
            inDocumentation = true;
        if (inDocumentation) {
            if (/^=end\b/.test(line.raw))
                inDocumentation = false;
            continue;
        }
        const required = RUBY_REQUIRE.exec(line.raw);
        if (required?.[2] !== undefined && /^\s*require/.test(line.code)) {
            imports.push({ specifier: required[2], style: required[1] === 'require_relative' ? 'relative' : 'module' });
            continue;
        }
        const container = RUBY_CONTAINER.exec(line.code);
        if (container?.[2] !== undefined) {
            symbols.push({ name: container[2], kind: container[1] === 'module' ? 'module' : 'class', exported: true });
            continue;
        }
        const method = RUBY_METHOD.exec(line.code);
        if (method?.[3] !== undefined && (method[1] ?? '').replace(/\t/g, '  ').length <= RUBY_MAXIMUM_METHOD_INDENT) {
            symbols.push({ name: method[3], kind: (method[1] ?? '') === '' ? 'function' : 'method', exported: true });
            continue;
        }
        const constant = RUBY_CONSTANT.exec(line.code)?.[1];
        if (constant !== undefined)
            symbols.push({ name: constant, kind: 'constant', exported: true });
    }
    return { imports, symbols };
}

;// CONCATENATED MODULE: ./src/core/context/line-pattern-outline.ts


/** Whether a language is outlined by line patterns here rather than by a parser. */
function isLinePatternLanguage(language) {
    return language !== 'typescript' && language !== 'javascript';
}
/**
 * Imports and top-level symbols of Python, Go, Java, Rust or Ruby source, found with documented
 * line patterns (see each language's function). Not a parser: it is right for conventionally
 * formatted code and misses, rather than invents, what it cannot read.
 */
function outlineByLinePatterns(language, text) {
    const outline = OUTLINERS[language](text);
    return { imports: line_pattern_outline_uniqueImports(outline.imports), symbols: outline.symbols };
}
const OUTLINERS = {
    python: outlinePython,
    go: outlineGo,
    java: outlineJava,
    rust: outlineRust,
    ruby: outlineRuby,
};
/** Imports with duplicates removed, first occurrence kept. */
function line_pattern_outline_uniqueImports(imports) {
    const seen = new Set();
    const unique = [];
    for (const entry of imports) {
        const key = `${entry.style}\u0000${entry.specifier}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(entry);
    }
    return unique;
}
/**
 * The Go module path declared by a `go.mod` file's text (`module example.com/x`), or undefined.
 * Go imports resolve against it.
 */
function goModulePath(goModText) {
    const match = /^\s*module\s+"?([^\s"]+)"?\s*$/m.exec(goModText);
    return match?.[1];
}

;// CONCATENATED MODULE: ./src/core/context/source-outline.ts
/** An outline with nothing in it, for files that could not be parsed. */
const EMPTY_OUTLINE = Object.freeze({ imports: [], symbols: [] });
const LANGUAGE_BY_EXTENSION = new Map([
    ['ts', 'typescript'],
    ['tsx', 'typescript'],
    ['mts', 'typescript'],
    ['cts', 'typescript'],
    ['js', 'javascript'],
    ['jsx', 'javascript'],
    ['mjs', 'javascript'],
    ['cjs', 'javascript'],
    ['py', 'python'],
    ['pyi', 'python'],
    ['go', 'go'],
    ['java', 'java'],
    ['rs', 'rust'],
    ['rb', 'ruby'],
    ['rake', 'ruby'],
]);
/** The language of a workspace path by its extension, or undefined for files that are only text. */
function languageOfPath(path) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return undefined;
    return LANGUAGE_BY_EXTENSION.get(path.slice(dot + 1).toLowerCase());
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/adapters/commonjs-globals.ts


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
const globals = globalThis;
globals.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
globals.__dirname ??= (0,external_node_path_.dirname)(globals.__filename);

// EXTERNAL MODULE: ./node_modules/typescript/lib/typescript.js
var typescript = __webpack_require__(35672);
var typescript_default = /*#__PURE__*/__webpack_require__.n(typescript);
;// CONCATENATED MODULE: ./src/core/context/script-skeleton.ts

/** After these words a `/` starts a regular expression; after any other word it divides. By length, so a word is compared in place. */
const REGEX_AFTER_WORDS = [[], [], ['in', 'of', 'do'], ['new'], ['void', 'case', 'else'], ['throw', 'yield', 'await'], ['return', 'typeof', 'delete'], [], [], [], ['instanceof']];
function isRegexKeyword(text, start, length) {
    const candidates = REGEX_AFTER_WORDS[length];
    if (candidates === undefined)
        return false;
    for (const candidate of candidates)
        if (text.startsWith(candidate, start))
            return true;
    return false;
}
/** What the last significant token was: enough to guess regexes and to spot module calls. */
var Last;
(function (Last) {
    Last[Last["None"] = 0] = "None";
    Last[Last["Word"] = 1] = "Word";
    Last[Last["RegexWord"] = 2] = "RegexWord";
    Last[Last["ModuleCallee"] = 3] = "ModuleCallee";
    Last[Last["Value"] = 4] = "Value";
    Last[Last["Punctuation"] = 5] = "Punctuation";
    Last[Last["Dot"] = 6] = "Dot";
    Last[Last["OpenParenthesisAfterCallee"] = 7] = "OpenParenthesisAfterCallee";
    Last[Last["ModuleString"] = 8] = "ModuleString";
})(Last || (Last = {}));
/**
 * Cuts the top-level skeleton of a TypeScript or JavaScript file in one pass over its characters:
 * the inside of each outermost `{…}` (function and class bodies, object literals, import clauses)
 * is dropped, which is most of a module and none of its top-level declarations, so the
 * TypeScript parser reads a fraction of the text and still finds every top-level statement.
 * On the way it collects `require('x')` and `import('x')` calls at every depth, and hands every
 * word of the text to `words` exactly as `countWords` over the whole text would.
 *
 * It knows the lexical rules that decide what a brace is: line and block comments, quoted
 * strings, template literals with nested `${…}`, and regular expressions, which it tells from a
 * division by the token before the `/`, as syntax highlighters do. When that guess goes wrong,
 * braces or templates stop balancing, or a string or comment is left open, the result is
 * undefined and the caller parses the whole file; files that may contain JSX (`</`, `/>`) are
 * not attempted. A test checks the outline of every file of this repository against a full parse.
 * Words handed over before a failure are the caller's to discard.
 */
function scriptSkeleton(text, words) {
    if (text.includes('</') || text.includes('/>'))
        return undefined;
    const length = text.length;
    const pieces = [];
    const calls = [];
    const templateDepths = [];
    let copiedFrom = 0;
    let depth = 0;
    let last = Last.None;
    let beforeLast = Last.None;
    let pendingCall;
    let index = 0;
    // Inside a template literal's text (not in one of its `${…}`).
    let inTemplateText = false;
    const note = (kind) => {
        if (pendingCall !== undefined) {
            if (kind === Last.Punctuation && (text.charCodeAt(index) === 41 || text.charCodeAt(index) === 44))
                calls.push(pendingCall);
            pendingCall = undefined;
        }
        beforeLast = last;
        last = kind;
    };
    const emitWords = (start, end) => {
        if (words === undefined)
            return;
        let position = start;
        while (position < end) {
            if (!(0,identifier_terms/* isWordCharacter */._2)(text.charCodeAt(position))) {
                position += 1;
                continue;
            }
            const wordStart = position;
            while (position < end && (0,identifier_terms/* isWordCharacter */._2)(text.charCodeAt(position)))
                position += 1;
            words.addWord(text, wordStart, position);
        }
    };
    if (text.startsWith('#!')) {
        // A `#!` line is a comment to the lexer.
        const end = text.indexOf('\n');
        index = end < 0 ? length : end;
        emitWords(0, index);
    }
    while (index < length) {
        if (inTemplateText) {
            const start = index;
            while (index < length) {
                const code = text.charCodeAt(index);
                if (code === 92)
                    index += 2;
                else if (code === 96 || (code === 36 && text.charCodeAt(index + 1) === 123))
                    break;
                else
                    index += 1;
            }
            if (index >= length)
                return undefined;
            // The `$` of `${` is a word character: it ends the word before it, as in `countWords`.
            emitWords(start, text.charCodeAt(index) === 96 ? index : index + 1);
            if (text.charCodeAt(index) === 96) {
                inTemplateText = false;
                index += 1;
                note(Last.Value);
            }
            else {
                templateDepths.push(depth);
                inTemplateText = false;
                index += 2;
                note(Last.Punctuation);
            }
            continue;
        }
        const code = text.charCodeAt(index);
        if (code === 32 || code === 10 || code === 9 || code === 13) {
            index += 1;
            continue;
        }
        if ((0,identifier_terms/* isWordCharacter */._2)(code)) {
            const start = index;
            while (index < length && (0,identifier_terms/* isWordCharacter */._2)(text.charCodeAt(index)))
                index += 1;
            if (words !== undefined)
                words.addWord(text, start, index);
            const afterDot = last === Last.Dot;
            const wordLength = index - start;
            if (code >= 48 && code <= 57)
                note(Last.Value);
            else if (!afterDot && ((wordLength === 7 && text.startsWith('require', start)) || (wordLength === 6 && text.startsWith('import', start))))
                note(Last.ModuleCallee);
            else
                note(!afterDot && isRegexKeyword(text, start, wordLength) ? Last.RegexWord : Last.Word);
            continue;
        }
        const next = text.charCodeAt(index + 1);
        if (code === 47 && next === 47) {
            const end = text.indexOf('\n', index);
            const stop = end < 0 ? length : end;
            emitWords(index, stop);
            index = stop;
            continue;
        }
        if (code === 47 && next === 42) {
            const end = text.indexOf('*/', index + 2);
            if (end < 0)
                return undefined;
            emitWords(index, end);
            index = end + 2;
            continue;
        }
        if (code === 39 || code === 34) {
            const start = index;
            index += 1;
            while (index < length) {
                const inner = text.charCodeAt(index);
                if (inner === code)
                    break;
                if (inner === 10)
                    return undefined;
                index += inner === 92 ? 2 : 1;
            }
            if (index >= length)
                return undefined;
            index += 1;
            emitWords(start, index);
            if (last === Last.OpenParenthesisAfterCallee && beforeLast === Last.ModuleCallee) {
                const value = text.slice(start + 1, index - 1);
                note(Last.ModuleString);
                if (!value.includes('\\'))
                    pendingCall = value;
            }
            else {
                note(Last.Value);
            }
            continue;
        }
        if (code === 96) {
            index += 1;
            if (last === Last.OpenParenthesisAfterCallee && beforeLast === Last.ModuleCallee) {
                const end = text.indexOf('`', index);
                const value = end < 0 ? '' : text.slice(index, end);
                if (end >= 0 && !value.includes('${') && !value.includes('\\')) {
                    emitWords(index, end);
                    index = end + 1;
                    note(Last.ModuleString);
                    pendingCall = value;
                    continue;
                }
            }
            inTemplateText = true;
            continue;
        }
        if (code === 47 && (last === Last.None || last === Last.Punctuation || last === Last.RegexWord || last === Last.OpenParenthesisAfterCallee)) {
            const start = index;
            index += 1;
            let inClass = false;
            while (index < length) {
                const inner = text.charCodeAt(index);
                if (inner === 10)
                    return undefined;
                if (inner === 92)
                    index += 1;
                else if (inner === 91)
                    inClass = true;
                else if (inner === 93)
                    inClass = false;
                else if (inner === 47 && !inClass)
                    break;
                index += 1;
            }
            if (index >= length)
                return undefined;
            index += 1;
            emitWords(start, index);
            note(Last.Value);
            continue;
        }
        if (code === 123) {
            depth += 1;
            if (depth === 1)
                pieces.push(text.slice(copiedFrom, index + 1));
            index += 1;
            note(Last.Punctuation);
            continue;
        }
        if (code === 125) {
            if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
                templateDepths.pop();
                inTemplateText = true;
                index += 1;
                continue;
            }
            depth -= 1;
            if (depth < 0)
                return undefined;
            if (depth === 0)
                copiedFrom = index;
            index += 1;
            note(Last.Value);
            continue;
        }
        if (code === 41 || code === 93) {
            note(Last.Punctuation);
            last = Last.Value;
            index += 1;
            continue;
        }
        if (code === 46 && !(next >= 48 && next <= 57)) {
            note(Last.Dot);
            index += 1;
            continue;
        }
        note(code === 40 && last === Last.ModuleCallee ? Last.OpenParenthesisAfterCallee : Last.Punctuation);
        index += 1;
    }
    if (depth !== 0 || templateDepths.length > 0 || inTemplateText)
        return undefined;
    pieces.push(text.slice(copiedFrom));
    return { text: pieces.join(''), calls };
}

;// CONCATENATED MODULE: ./src/adapters/source-parser-typescript.ts
// Before the compiler: it needs CommonJS globals an ES-module bundle does not have.




/**
 * Imports and top-level symbols of TypeScript and JavaScript files (`.ts .tsx .mts .cts .js .jsx
 * .mjs .cjs`), read with the TypeScript compiler's parser (`ts.createSourceFile`: syntax only, no
 * program, no type checking, JSDoc left unparsed). The parser recovers from syntax errors, so a
 * broken file still yields what it can.
 *
 * Imports: `import … from 'x'`, `import 'x'`, `import x = require('x')`, `export … from 'x'` at
 * the top level, and `require('x')` and `import('x')` calls with a literal argument anywhere.
 * Symbols: function, class, interface, type alias, enum and namespace declarations at the top
 * level, exported or not; exported variables (`export const`), and CommonJS `exports.x =` and
 * `module.exports.x =` assignments.
 *
 * The parser reads the file's top-level skeleton when one can be cut (see `scriptSkeleton`:
 * same top-level statements, a fraction of the text), and the whole file otherwise; both give
 * the same outline.
 */
function outlineTypeScript(path, text, scan) {
    const skeleton = scriptSkeleton(text, scan?.words);
    if (scan !== undefined)
        scan.counted = skeleton !== undefined;
    const source = parse(path, skeleton?.text ?? text);
    const imports = [];
    const symbols = [];
    for (const statement of source.statements) {
        collectStatement(statement, imports, symbols);
    }
    if (skeleton !== undefined) {
        for (const specifier of skeleton.calls)
            imports.push(importOf(specifier));
    }
    else if (text.includes('require') || text.includes('import(') || /\bimport\s+\(/.test(text)) {
        // Calls can sit at any depth; walking the whole tree is only worth it when the text could hold one.
        collectCalls(source, imports);
    }
    return { imports: line_pattern_outline_uniqueImports(imports), symbols };
}
/** The whole file, parsed as the compiler would (for tests that compare it with the skeleton). */
function outlineTypeScriptFully(path, text) {
    const source = parse(path, text);
    const imports = [];
    const symbols = [];
    for (const statement of source.statements)
        collectStatement(statement, imports, symbols);
    collectCalls(source, imports);
    return { imports: uniqueImports(imports), symbols };
}
function parse(path, text) {
    return typescript_default().createSourceFile(path, text, { languageVersion: (typescript_default()).ScriptTarget.Latest, jsDocParsingMode: (typescript_default()).JSDocParsingMode.ParseNone }, false, scriptKindOf(path));
}
function scriptKindOf(path) {
    const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    switch (extension) {
        case 'tsx':
            return (typescript_default()).ScriptKind.TSX;
        case 'jsx':
            return (typescript_default()).ScriptKind.JSX;
        case 'js':
        case 'mjs':
        case 'cjs':
            return (typescript_default()).ScriptKind.JS;
        default:
            return (typescript_default()).ScriptKind.TS;
    }
}
function importOf(specifier) {
    return { specifier, style: specifier.startsWith('.') ? 'relative' : 'module' };
}
function isExported(node) {
    return typescript_default().canHaveModifiers(node) && (typescript_default().getModifiers(node) ?? []).some((modifier) => modifier.kind === (typescript_default()).SyntaxKind.ExportKeyword);
}
function isDefaultExport(node) {
    return typescript_default().canHaveModifiers(node) && (typescript_default().getModifiers(node) ?? []).some((modifier) => modifier.kind === (typescript_default()).SyntaxKind.DefaultKeyword);
}
const DECLARATION_KINDS = new Map([
    [(typescript_default()).SyntaxKind.FunctionDeclaration, 'function'],
    [(typescript_default()).SyntaxKind.ClassDeclaration, 'class'],
    [(typescript_default()).SyntaxKind.InterfaceDeclaration, 'interface'],
    [(typescript_default()).SyntaxKind.TypeAliasDeclaration, 'type'],
    [(typescript_default()).SyntaxKind.EnumDeclaration, 'enum'],
    [(typescript_default()).SyntaxKind.ModuleDeclaration, 'module'],
]);
function collectStatement(statement, imports, symbols) {
    if (typescript_default().isImportDeclaration(statement) || typescript_default().isExportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier;
        if (specifier !== undefined && typescript_default().isStringLiteral(specifier))
            imports.push(importOf(specifier.text));
        return;
    }
    if (typescript_default().isImportEqualsDeclaration(statement)) {
        const reference = statement.moduleReference;
        if (typescript_default().isExternalModuleReference(reference) && typescript_default().isStringLiteral(reference.expression))
            imports.push(importOf(reference.expression.text));
        return;
    }
    const kind = DECLARATION_KINDS.get(statement.kind);
    if (kind !== undefined) {
        const declaration = statement;
        const name = declaration.name !== undefined && (typescript_default().isIdentifier(declaration.name) || typescript_default().isStringLiteral(declaration.name)) ? declaration.name.text : isDefaultExport(statement) ? 'default' : undefined;
        if (name !== undefined)
            symbols.push({ name, kind, exported: isExported(statement) });
        return;
    }
    if (typescript_default().isVariableStatement(statement)) {
        if (!isExported(statement))
            return;
        const constant = (statement.declarationList.flags & (typescript_default()).NodeFlags.Const) !== 0;
        for (const declaration of statement.declarationList.declarations) {
            if (typescript_default().isIdentifier(declaration.name))
                symbols.push({ name: declaration.name.text, kind: constant ? 'constant' : 'variable', exported: true });
        }
        return;
    }
    if (typescript_default().isExpressionStatement(statement)) {
        const name = commonJsExportName(statement.expression);
        if (name !== undefined)
            symbols.push({ name, kind: 'variable', exported: true });
    }
}
/** `exports.x = …` or `module.exports.x = …` → `x`. */
function commonJsExportName(expression) {
    if (!typescript_default().isBinaryExpression(expression) || expression.operatorToken.kind !== (typescript_default()).SyntaxKind.EqualsToken)
        return undefined;
    const target = expression.left;
    if (!typescript_default().isPropertyAccessExpression(target) || !typescript_default().isIdentifier(target.name))
        return undefined;
    const owner = target.expression;
    const isExports = typescript_default().isIdentifier(owner) && owner.text === 'exports';
    const isModuleExports = typescript_default().isPropertyAccessExpression(owner) && typescript_default().isIdentifier(owner.expression) && owner.expression.text === 'module' && owner.name.text === 'exports';
    return isExports || isModuleExports ? target.name.text : undefined;
}
function literalArgument(call) {
    const [first] = call.arguments;
    if (first === undefined || call.arguments.length > 2)
        return undefined;
    return typescript_default().isStringLiteral(first) || typescript_default().isNoSubstitutionTemplateLiteral(first) ? first.text : undefined;
}
function collectCalls(root, imports) {
    const visit = (node) => {
        if (typescript_default().isCallExpression(node)) {
            const callee = node.expression;
            const isImport = callee.kind === (typescript_default()).SyntaxKind.ImportKeyword;
            const isRequire = typescript_default().isIdentifier(callee) && callee.text === 'require';
            if (isImport || isRequire) {
                const specifier = literalArgument(node);
                if (specifier !== undefined)
                    imports.push(importOf(specifier));
            }
        }
        typescript_default().forEachChild(node, visit);
    };
    typescript_default().forEachChild(root, visit);
}

;// CONCATENATED MODULE: ./src/adapters/context-index-file.ts







// Never follow a symlink in the last component, never block on a FIFO: a regular file was listed
// here, and anything else now is skipped rather than read.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * The imports and symbols of one file by its language; a file that cannot be parsed gets an
 * empty outline. For TypeScript and JavaScript, `scan` receives the file's words when the parser
 * counted them on its way.
 */
function outlineSource(filePath, language, text, scan) {
    if (language === undefined)
        return EMPTY_OUTLINE;
    try {
        return isLinePatternLanguage(language) ? outlineByLinePatterns(language, text) : outlineTypeScript(filePath, text, scan);
    }
    catch {
        if (scan !== undefined)
            scan.counted = false;
        return EMPTY_OUTLINE;
    }
}
/**
 * The file's text: an `lstat` for its type and size (unless the listing already vouched for its
 * size: git's index records it), then one read that decodes in native code. Invalid UTF-8
 * becomes U+FFFD here rather than an error; a binary file has NUL bytes, which tell it apart.
 */
function readText(absolute, sizeKnown) {
    try {
        if (!sizeKnown) {
            const stats = (0,external_node_fs_.lstatSync)(absolute);
            if (!stats.isFile())
                return 'unreadable';
            if (stats.size > index_limits/* MAXIMUM_INDEXED_FILE_BYTES */.S1)
                return 'too-large';
        }
        const text = (0,external_node_fs_.readFileSync)(absolute, { encoding: 'utf8', flag: OPEN_FLAGS });
        // It grew past the cap since it was listed (a directory or link fails the read itself: EISDIR, ELOOP).
        return text.length > index_limits/* MAXIMUM_INDEXED_FILE_BYTES */.S1 ? 'too-large' : text;
    }
    catch {
        return 'unreadable';
    }
}
/**
 * Reads, outlines and splits into terms one file that git or the gitignore-aware walk listed.
 * Reads are synchronous and direct: two system calls beat the workspace port's confinement round
 * trips twenty thousand times over. The listing is what confined the path (neither git nor the
 * walk follows a symlink), a link in the last component is skipped, and `O_NOFOLLOW` refuses one
 * swapped in since. Selected files are read again through the workspace port. `sizeKnown`: the
 * listing already gave the file's size (and it was under the cap), so no `lstat` is needed.
 */
function indexWorkspaceFile(root, relative, extractor, sizeKnown = false) {
    const text = readText(external_node_path_default().join(root, relative), sizeKnown);
    if (text === 'too-large' || text === 'unreadable')
        return { outcome: text, path: relative };
    if (text.includes('\u0000'))
        return { outcome: 'binary', path: relative };
    const language = languageOfPath(relative);
    const scan = { words: extractor, counted: false };
    extractor.discardContentTerms();
    const outline = outlineSource(relative, language, text, scan);
    if (!scan.counted)
        extractor.discardContentTerms();
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    const goModule = name === 'go.mod' ? goModulePath(text) : undefined;
    return {
        outcome: 'indexed',
        record: {
            path: relative,
            bytes: Buffer.byteLength(text),
            language,
            symbols: outline.symbols,
            imports: outline.imports,
            fields: fileFieldTerms(extractor, relative, outline.symbols, text, scan.counted),
            ...(goModule === undefined ? {} : { goModule }),
        },
    };
}


/***/ })

};
