// Runs the bundled command (lib/scorecard.js) with V8's code cache (Node's vm.Script cachedData): the
// bytecode of every function a command ran, saved once, so the next call of that command does not parse
// and compile them again (about 35 ms of a 10,000-indicator refresh, measured in docs/file-refresh.md).
// The cache is only ever a shortcut: whenever it is missing, damaged, made from another build of the
// bundle or by another Node (V8 refuses those itself), the command compiles as it always did.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");
const zlib = require("node:zlib");
const { Buffer } = require("node:buffer");

// Node 20.15 and later; without it there is no cheap way to tie a cache to its bundle, so no cache.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : undefined;
const MAGIC = 0x4c414331; // "LAC1"
const HEADER = 16; // magic, the bundle's CRC-32 and length, the payload's CRC-32

/** Where the caches of a bundle live: rebuilt bundles empty it (scripts/build-cli.cjs). */
function cacheFolder(bundle) {
  return path.join(path.dirname(bundle), "code-cache");
}

/**
 * One cache per command, Node and set of Node options: each command compiles other functions, and V8
 * refuses a cache made by another Node or under other V8 flags (calls with and without NODE_OPTIONS would
 * otherwise each refuse and rewrite the other's).
 */
function cacheFile(bundle, command) {
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ").trim();
  const flavour = options ? `-${(crc32(Buffer.from(options)) >>> 0).toString(16)}` : "";
  return path.join(cacheFolder(bundle), `${command}-${process.version}-${process.arch}${flavour}.bin`);
}

/**
 * The cache's V8 data when it was made from exactly these bundle bytes and arrived whole; otherwise why
 * not. V8 checks its own version, flags and the source's length, but not the source's text nor (in
 * release builds) the data's integrity, so both are checked here.
 */
function readCache(file, source, sourceCrc) {
  let bytes;
  try {
    // A pipe in its place would be read for ever.
    if (!fs.statSync(file).isFile()) return { why: "not a file" };
    bytes = fs.readFileSync(file);
  } catch {
    return { why: "none yet" };
  }
  if (bytes.length <= HEADER || bytes.readUInt32LE(0) !== MAGIC) return { why: "not a cache" };
  if (bytes.readUInt32LE(4) !== sourceCrc || bytes.readUInt32LE(8) !== source.length) return { why: "made from another build" };
  const data = bytes.subarray(HEADER);
  if (bytes.readUInt32LE(12) !== crc32(data)) return { why: "damaged" };
  return { data };
}

function writeCache(file, source, sourceCrc, data) {
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(sourceCrc, 4);
  header.writeUInt32LE(source.length, 8);
  header.writeUInt32LE(crc32(data), 12);
  // Written beside and renamed: a call running at the same time reads the old file or the new, never half.
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, Buffer.concat([header, data]));
    fs.renameSync(temp, file);
    return true;
  } catch {
    // A read-only checkout, or a code-cache that is no folder of ours, only loses the shortcut. This runs
    // as the process exits, so the clean-up may not throw either: a call that ended well would end in a fault.
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing could be written there.
    }
    return false;
  }
}

/**
 * Loads the bundle as require would (its own module, require, __filename and __dirname) and returns its
 * exports. `command` names the cache; without one (help, no command) the bundle is simply required.
 * When no usable cache was there and the command ends with status 0, the cache is written as the
 * process exits: it then holds every function that call compiled.
 */
function loadBundle(bundle, command, say = () => undefined) {
  if (!crc32 || !command || !/^[a-z][a-z-]{0,40}$/.test(command)) return require(bundle);
  const source = fs.readFileSync(bundle);
  const file = cacheFile(bundle, command);
  // Summed once: the cache read now and the one written at exit are both tied to it.
  const sourceCrc = crc32(source);
  const cache = readCache(file, source, sourceCrc);
  // The bundle is ASCII (scripts/build-cli.cjs); a shebang line would not parse inside the wrapper.
  let text = source.toString("utf8");
  if (text.startsWith("#!")) text = `//${text.slice(2)}`;
  // The wrapper Node puts around a CommonJS module, as its documentation spells it ("The module wrapper").
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${text}\n});`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData: cache.data });
  const used = cache.data !== undefined && !script.cachedDataRejected;
  say(`code cache for ${command}: ${used ? "used" : cache.data ? "refused by this Node" : cache.why}`);
  if (!used) {
    process.once("exit", (code) => {
      if (code === 0) say(`code cache for ${command}: ${writeCache(file, source, sourceCrc, script.createCachedData()) ? "written" : "could not be written"}`);
    });
  }
  const bundleModule = { id: bundle, filename: bundle, exports: {} };
  script.runInThisContext()(bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
  return bundleModule.exports;
}

module.exports = { loadBundle, cacheFolder };
