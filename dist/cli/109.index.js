export const id = 109;
export const ids = [109];
export const modules = {

/***/ 61109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createActionsArtifactStore: () => (/* binding */ createActionsArtifactStore)
});

// UNUSED EXPORTS: DEFAULT_MAX_ARTIFACT_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 317 modules
var artifact = __webpack_require__(97500);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/artifact-manifest.ts
var artifact_manifest = __webpack_require__(11732);
;// CONCATENATED MODULE: ./src/adapters/artifact-store-actions-errors.ts

/**
 * Turns what `@actions/artifact` throws into Drydock errors.
 *
 * The library reports most failures as plain `Error`s whose message carries the HTTP status
 * (`Failed request: (409) Conflict: …`), so status and kind are read from the name, a `status`
 * field (Octokit's `HttpError`) or the message.
 */
const SERVICE = 'artifacts';
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Whether `error` is the library's "no artifact with that name or id" error. */
function isArtifactNotFound(error) {
    return error instanceof Error && error.name === 'ArtifactNotFoundError';
}
/** A Drydock error for a failure of the artifact service or of the client library. */
function toArtifactServiceError(error, operation) {
    if (errors/* DrydockError */.Td.isInstance(error))
        return error;
    const subject = operation.artifactName === undefined ? `artifacts of run ${operation.runId}` : `artifact '${operation.artifactName}' (run ${operation.runId})`;
    const message = (0,errors/* errorMessage */.gJ)(error);
    const status = httpStatusOf(error);
    const name = error instanceof Error ? error.name : '';
    if (status === 409 && /already exists/i.test(message)) {
        return new errors/* InputError */.dz(`Cannot save artifact '${operation.artifactName}': an artifact with this name already exists in run ${operation.runId}. ` +
            'Artifact names are immutable within a run; save under a new name (for example with the attempt number).', { where: operation.artifactName, cause: error });
    }
    if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
        return new errors/* ExternalServiceError */.HD(`Cannot ${operation.verb} ${subject}: the artifact service is only reachable from a JavaScript action step, ` +
            `where the runner provides ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (${message}).`, { service: SERVICE, retryable: false, cause: error });
    }
    return new errors/* ExternalServiceError */.HD(`Artifact service failed to ${operation.verb} ${subject}: ${message}`, {
        service: SERVICE,
        retryable: isRetryable(name, status, message),
        status,
        cause: error,
    });
}
/** The HTTP status behind a library error: Octokit's `status` field or the `(NNN)` in the message. */
function httpStatusOf(error) {
    const field = typeof error === 'object' && error !== null ? error.status : undefined;
    if (typeof field === 'number')
        return field;
    const match = /\((\d{3})\)/.exec((0,errors/* errorMessage */.gJ)(error));
    return match ? Number(match[1]) : undefined;
}
function isRetryable(name, status, message) {
    // Quota and GHES are settled facts of the account or the server; trying again changes nothing.
    if (name === 'UsageError' || name === 'GHESNotSupportedError')
        return false;
    if (name === 'NetworkError')
        return true;
    if (status !== undefined)
        return RETRYABLE_STATUSES.has(status);
    // The library retries transient failures itself and then reports them with these phrases.
    return /Failed to make request after|Artifact download failed after|Upload progress stalled|did not respond in|ECONNRESET|ETIMEDOUT/.test(message);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/adapters/artifact-store-actions-zip.ts

/**
 * Reads the flat zip archives that the artifact service hands back, with hard limits.
 *
 * Written from the PKWARE APPNOTE (end of central directory, central directory, local headers).
 * We read the archive ourselves instead of letting the client extract it to disk because a
 * hostile artifact from another run could otherwise fill the runner's disk (a small deflated
 * entry can expand a thousandfold) or write outside the target directory.
 */
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const CENTRAL_DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
const CENTRAL_DIRECTORY_ENTRY_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAXIMUM_COMMENT_LENGTH = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
/** The archive is not a zip this reader accepts; the message says why. */
class ZipFormatError extends Error {
    /** The entry the problem is in, when it is about one entry. */
    entryName;
    constructor(message, entryName) {
        super(message);
        this.name = 'ZipFormatError';
        this.entryName = entryName;
    }
}
/**
 * Entries of a zip archive by name, in archive order. Refuses directories, nested paths,
 * duplicate names, encryption, zip64 and methods other than stored and deflated, and stops
 * before the decompressed total passes `maxTotalBytes`.
 */
function readZipArchive(archive, limits) {
    const view = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entries = readCentralDirectory(view, limits);
    const declaredTotal = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
    if (declaredTotal > limits.maxTotalBytes) {
        throw new ZipFormatError(`entries declare ${declaredTotal} bytes, more than the limit of ${limits.maxTotalBytes}`);
    }
    const files = new Map();
    for (const entry of entries) {
        files.set(entry.name, readEntry(view, entry));
    }
    return files;
}
function readCentralDirectory(view, limits) {
    const end = findEndOfCentralDirectory(view);
    const entryCount = view.readUInt16LE(end + 10);
    const directorySize = view.readUInt32LE(end + 12);
    const directoryOffset = view.readUInt32LE(end + 16);
    if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
        throw new ZipFormatError('zip64 archives are not accepted');
    }
    if (view.readUInt16LE(end + 8) !== entryCount || view.readUInt16LE(end + 4) !== 0) {
        throw new ZipFormatError('multi-disk archives are not accepted');
    }
    if (entryCount > limits.maxEntries) {
        throw new ZipFormatError(`archive holds ${entryCount} entries, more than the limit of ${limits.maxEntries}`);
    }
    if (directoryOffset + directorySize > end) {
        throw new ZipFormatError('central directory lies outside the archive');
    }
    const entries = [];
    const seen = new Set();
    let offset = directoryOffset;
    for (let index = 0; index < entryCount; index++) {
        if (offset + CENTRAL_DIRECTORY_ENTRY_SIZE > end || view.readUInt32LE(offset) !== CENTRAL_DIRECTORY_SIGNATURE) {
            throw new ZipFormatError(`central directory entry ${index} is damaged`);
        }
        const nameLength = view.readUInt16LE(offset + 28);
        const extraLength = view.readUInt16LE(offset + 30);
        const commentLength = view.readUInt16LE(offset + 32);
        const nameStart = offset + CENTRAL_DIRECTORY_ENTRY_SIZE;
        if (nameStart + nameLength > end) {
            throw new ZipFormatError(`central directory entry ${index} is damaged`);
        }
        const name = view.toString('utf8', nameStart, nameStart + nameLength);
        const entry = {
            name,
            flags: view.readUInt16LE(offset + 8),
            method: view.readUInt16LE(offset + 10),
            crc: view.readUInt32LE(offset + 16),
            compressedSize: view.readUInt32LE(offset + 20),
            uncompressedSize: view.readUInt32LE(offset + 24),
            localHeaderOffset: view.readUInt32LE(offset + 42),
        };
        checkEntry(entry, seen);
        seen.add(name);
        entries.push(entry);
        offset = nameStart + nameLength + extraLength + commentLength;
    }
    return entries;
}
function findEndOfCentralDirectory(view) {
    const earliest = Math.max(0, view.length - END_OF_CENTRAL_DIRECTORY_SIZE - MAXIMUM_COMMENT_LENGTH);
    for (let offset = view.length - END_OF_CENTRAL_DIRECTORY_SIZE; offset >= earliest; offset--) {
        if (view.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY_SIGNATURE)
            return offset;
    }
    throw new ZipFormatError('not a zip archive (no end of central directory record)');
}
function checkEntry(entry, seen) {
    const { name } = entry;
    if (name.endsWith('/'))
        throw new ZipFormatError('directories are not accepted', name);
    // A flat name is the only shape we write; anything else could point outside the artifact.
    if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
        throw new ZipFormatError('entry name is not a flat file name', name);
    }
    if (seen.has(name))
        throw new ZipFormatError('entry appears twice', name);
    if ((entry.flags & FLAG_ENCRYPTED) !== 0)
        throw new ZipFormatError('encrypted entries are not accepted', name);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
        throw new ZipFormatError(`compression method ${entry.method} is not accepted`, name);
    }
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
        throw new ZipFormatError('zip64 entries are not accepted', entry.name);
    }
}
function readEntry(view, entry) {
    const header = entry.localHeaderOffset;
    if (header + LOCAL_HEADER_SIZE > view.length || view.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) {
        throw new ZipFormatError('local header is damaged', entry.name);
    }
    const dataStart = header + LOCAL_HEADER_SIZE + view.readUInt16LE(header + 26) + view.readUInt16LE(header + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > view.length)
        throw new ZipFormatError('entry data runs past the end of the archive', entry.name);
    const compressed = view.subarray(dataStart, dataEnd);
    const content = entry.method === METHOD_STORED ? Buffer.from(compressed) : inflate(compressed, entry);
    if (content.length !== entry.uncompressedSize) {
        throw new ZipFormatError(`entry holds ${content.length} bytes but declares ${entry.uncompressedSize}`, entry.name);
    }
    if ((0,external_node_zlib_.crc32)(content) !== entry.crc)
        throw new ZipFormatError('entry checksum (CRC-32) does not match', entry.name);
    return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}
function inflate(compressed, entry) {
    try {
        // The declared size was checked against the budget; never let the stream produce more.
        return (0,external_node_zlib_.inflateRawSync)(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    }
    catch (error) {
        const reason = error instanceof RangeError ? 'entry expands past its declared size' : 'entry data is not valid deflate data';
        throw new ZipFormatError(reason, entry.name);
    }
}

;// CONCATENATED MODULE: ./src/adapters/artifact-store-actions.ts







/** Default for {@link ActionsArtifactStoreOptions.maxTotalBytes}: 100 MiB. */
const DEFAULT_MAX_ARTIFACT_BYTES = 100 * 1024 * 1024;
/** Most files one artifact may hold, the manifest included. */
const MAX_FILES = 1000;
/** Room for zip headers on top of the content limit when checking a downloaded archive. */
const ARCHIVE_OVERHEAD_ALLOWANCE = 1024 * 1024;
/**
 * An {@link ArtifactStore} over GitHub Actions workflow artifacts.
 *
 * Each artifact is one zip holding flat files plus a `manifest.json` with their sizes and sha256
 * hashes. The current run is read through the runner's artifact service; other runs, and
 * earlier attempts of this run (the service only sees the current attempt), through the REST API.
 */
function createActionsArtifactStore(options) {
    const currentRunId = checkRunId(options.runId, 'runId');
    for (const field of ['token', 'owner', 'repo', 'tempDirectory']) {
        if (options[field].trim() === '')
            throw new errors/* InputError */.dz(`Artifact store option '${field}' is empty.`, { where: field });
    }
    const client = options.client ?? new artifact/* DefaultArtifactClient */.t9();
    const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_ARTIFACT_BYTES;
    if (!Number.isSafeInteger(maxTotalBytes) || maxTotalBytes <= 0) {
        throw new errors/* InputError */.dz(`Invalid maxTotalBytes ${maxTotalBytes}. Expected a positive whole number of bytes.`, { where: 'maxTotalBytes' });
    }
    const log = options.log ?? (() => undefined);
    function findBy(runId) {
        return { token: options.token, workflowRunId: Number(runId), repositoryOwner: options.owner, repositoryName: options.repo };
    }
    async function makeTempDirectory(purpose) {
        await (0,promises_.mkdir)(options.tempDirectory, { recursive: true });
        return (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDirectory, `drydock-artifact-${purpose}-`));
    }
    async function locate(name, runId) {
        if (runId === currentRunId) {
            try {
                const { artifact } = await client.getArtifact(name);
                return { artifact, findBy: undefined };
            }
            catch (error) {
                if (!isArtifactNotFound(error))
                    throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
            }
        }
        try {
            const { artifact } = await client.getArtifact(name, { findBy: findBy(runId) });
            return { artifact, findBy: findBy(runId) };
        }
        catch (error) {
            // The REST API answers 404 for a run it does not know (or cannot show); both mean "not found here".
            if (isArtifactNotFound(error) || httpStatusOf(error) === 404)
                return undefined;
            throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
        }
    }
    async function download(name, runId, located) {
        const directory = await makeTempDirectory('load');
        try {
            const response = await client
                .downloadArtifact(located.artifact.id, {
                path: directory,
                // We unpack the zip ourselves, with limits; see artifact-store-actions-zip.ts.
                skipDecompress: true,
                ...(located.artifact.digest ? { expectedHash: located.artifact.digest } : {}),
                ...(located.findBy ? { findBy: located.findBy } : {}),
            })
                .catch((error) => {
                throw toArtifactServiceError(error, { verb: 'load', artifactName: name, runId });
            });
            if (response.digestMismatch) {
                throw new errors/* IntegrityError */.cs(`Artifact '${name}' (run ${runId}) does not match the digest the artifact service recorded for it.`, {
                    expected: located.artifact.digest,
                });
            }
            const entries = await (0,promises_.readdir)(directory);
            const [archiveName] = entries;
            if (entries.length !== 1 || archiveName === undefined) {
                throw new errors/* IntegrityError */.cs(`Download of artifact '${name}' (run ${runId}) produced ${entries.length} files; expected one zip.`);
            }
            const archivePath = (0,external_node_path_.join)(directory, archiveName);
            const { size } = await (0,promises_.stat)(archivePath);
            checkArchiveSize(name, runId, size);
            return await (0,promises_.readFile)(archivePath);
        }
        finally {
            await (0,promises_.rm)(directory, { recursive: true, force: true });
        }
    }
    function checkArchiveSize(name, runId, size) {
        if (size > maxTotalBytes + ARCHIVE_OVERHEAD_ALLOWANCE) {
            throw new errors/* InputError */.dz(`Artifact '${name}' (run ${runId}) is ${size} bytes, more than the limit of ${maxTotalBytes}; refusing to load it.`, { where: name });
        }
    }
    async function listRun(runId, find) {
        try {
            const { artifacts } = await client.listArtifacts({ latest: true, ...(find ? { findBy: find } : {}) });
            return artifacts.map((artifact) => ({ name: artifact.name, runId, size: artifact.size }));
        }
        catch (error) {
            throw toArtifactServiceError(error, { verb: 'list', runId });
        }
    }
    return {
        async save(name, files) {
            (0,artifact_manifest/* checkFlatName */.vM)('artifact', name);
            const contents = new Map();
            let totalBytes = 0;
            for (const [fileName, content] of Object.entries(files)) {
                (0,artifact_manifest/* checkArtifactFileName */.wn)(name, fileName);
                const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
                totalBytes += bytes.byteLength;
                contents.set(fileName, bytes);
            }
            if (contents.size + 1 > MAX_FILES) {
                throw new errors/* InputError */.dz(`Artifact '${name}' has ${contents.size} files, more than the limit of ${MAX_FILES - 1}.`, { where: name });
            }
            const manifest = Buffer.from((0,artifact_manifest/* formatManifest */.L_)((0,artifact_manifest/* buildManifest */.u1)(contents)), 'utf8');
            if (totalBytes + manifest.byteLength > maxTotalBytes) {
                throw new errors/* InputError */.dz(`Artifact '${name}' holds ${totalBytes} bytes, more than the limit of ${maxTotalBytes}.`, { where: name });
            }
            const directory = await makeTempDirectory('save');
            try {
                const paths = await writeFiles(directory, name, new Map([...contents, [artifact_manifest/* MANIFEST_FILE_NAME */.xF, manifest]]));
                const uploaded = await client.uploadArtifact(name, paths, directory).catch((error) => {
                    throw toArtifactServiceError(error, { verb: 'save', artifactName: name, runId: currentRunId });
                });
                const size = uploaded.size ?? totalBytes;
                log(`Saved artifact '${name}' to run ${currentRunId}: ${contents.size} files, ${size} bytes.`);
                return { name, runId: currentRunId, size };
            }
            finally {
                await (0,promises_.rm)(directory, { recursive: true, force: true });
            }
        },
        async load(ref) {
            (0,artifact_manifest/* checkFlatName */.vM)('artifact', ref.name);
            const runId = ref.runId === undefined ? currentRunId : checkRunId(ref.runId, 'runId');
            const located = await locate(ref.name, runId);
            if (located === undefined) {
                const hint = runId === currentRunId ? '' : ' The token needs `actions: read` on the repository.';
                throw new errors/* InputError */.dz(`Artifact '${ref.name}' not found in run ${runId} of ${options.owner}/${options.repo}.${hint}`, {
                    where: ref.name,
                });
            }
            checkArchiveSize(ref.name, runId, located.artifact.size);
            const archive = await download(ref.name, runId, located);
            let entries;
            try {
                entries = readZipArchive(archive, { maxTotalBytes, maxEntries: MAX_FILES });
            }
            catch (error) {
                if (!(error instanceof ZipFormatError))
                    throw error;
                const file = error.entryName === undefined ? '' : ` (file '${error.entryName}')`;
                throw new errors/* IntegrityError */.cs(`Artifact '${ref.name}' (run ${runId}) is not a valid Drydock artifact${file}: ${error.message}.`, {
                    cause: error,
                });
            }
            const files = (0,artifact_manifest/* verifyManifest */.TX)({ name: ref.name, runId }, entries);
            const source = located.findBy === undefined ? 'this attempt' : runId === currentRunId ? 'an earlier attempt' : `run ${runId}`;
            log(`Loaded artifact '${ref.name}' from ${source}: ${Object.keys(files).length} files verified.`);
            return files;
        },
        async list(listOptions = {}) {
            const runId = listOptions.runId === undefined ? currentRunId : checkRunId(listOptions.runId, 'runId');
            if (runId !== currentRunId)
                return listRun(runId, findBy(runId));
            const current = await listRun(runId, undefined);
            const earlier = await listRun(runId, findBy(runId)).catch((error) => {
                // Earlier attempts are only reachable with `actions: read`; without it, list what this attempt can see.
                if (errors/* ExternalServiceError */.HD.isInstance(error) && (error.status === 401 || error.status === 403)) {
                    log(`Listing earlier attempts of run ${runId} was refused (${error.status}); listing this attempt only.`);
                    return [];
                }
                throw error;
            });
            const seen = new Set(current.map((artifact) => artifact.name));
            return [...current, ...earlier.filter((artifact) => !seen.has(artifact.name))];
        },
    };
}
function checkRunId(runId, where) {
    if (!/^[1-9]\d{0,15}$/.test(runId) || !Number.isSafeInteger(Number(runId))) {
        throw new errors/* InputError */.dz(`Invalid run id ${JSON.stringify(runId)}. Expected a positive integer such as GITHUB_RUN_ID.`, { where });
    }
    return runId;
}
async function writeFiles(directory, artifactName, files) {
    const paths = [];
    for (const [fileName, content] of files) {
        const path = (0,external_node_path_.join)(directory, fileName);
        try {
            // `wx`: the directory is fresh, so an existing file means something else is writing here.
            await (0,promises_.writeFile)(path, content, { flag: 'wx' });
        }
        catch (error) {
            throw new errors/* DrydockError */.Td(`Could not stage file '${fileName}' of artifact '${artifactName}' for upload; nothing was uploaded.`, {
                cause: error,
            });
        }
        paths.push(path);
    }
    return paths;
}


/***/ })

};
