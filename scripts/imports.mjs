// Shortens wasm-bindgen's import names in a built site: each JS shim the WASM imports is named
// like "__wbg_addEventListener_f2d27251d333a631" in both the .wasm import section and the JS
// glue, and those hex suffixes do not compress (~4 KB gzipped over ~120 imports). Renames them
// to "_0", "_1", … in both files, then updates the Subresource Integrity hashes Trunk wrote
// into index.html for the two files. File names keep Trunk's hashes (still unique per build).
// The exports that call Rust closures from JS ("wasm_bindgen__convert__closures_____invoke__h…",
// named in the .wasm export section and three times each in the glue) become "$c0", "$c1", ….
// It also minifies the JS glue (terser).
//
// Usage: node scripts/imports.mjs dist
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { minify } from "terser";

const dir = process.argv[2] ?? "dist";
const wasmFile = readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));
if (!wasmFile) {
  console.error(`[imports] no *_bg.wasm in ${dir}`);
  process.exit(1);
}
const jsFile = wasmFile.replace(/_bg\.wasm$/, ".js");
const SHIM = /^__wbg_[A-Za-z0-9_]+_[0-9a-f]{16}$/;
const INVOKE = /^wasm_bindgen__convert__closures_+invoke__h[0-9a-f]{16}$/;

function uleb(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
function name(str) {
  const bytes = encoder.encode(str);
  return [...leb(bytes.length), ...bytes];
}
// length in bytes of a limits structure at `pos` (flags, min, optional max)
function limits(buf, pos) {
  const flags = buf[pos];
  let p = uleb(buf, pos + 1)[1];
  if (flags & 1) p = uleb(buf, p)[1];
  return p;
}

const wasm = readFileSync(`${dir}/${wasmFile}`);
if (wasm.readUInt32LE(0) !== 0x6d736100) {
  console.error(`[imports] ${wasmFile} is not a WebAssembly module`);
  process.exit(1);
}
const renames = new Map();
const exportRenames = new Map();
const parts = [wasm.subarray(0, 8)];
// a section rebuilt from `body`, once its old contents were read to their end; returns the end
function rebuilt(id, what, body, p, end) {
  if (p !== end) {
    console.error(`[imports] ${what} section not fully parsed; leaving the build unchanged`);
    process.exit(1);
  }
  parts.push(Buffer.from([id, ...leb(body.length), ...body]));
  return end;
}
let pos = 8;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, start] = uleb(wasm, pos + 1);
  const end = start + size;
  if (id === 7) {
    // the export section: name, kind, index, for each export
    let [count, p] = uleb(wasm, start);
    const body = [...leb(count)];
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = uleb(wasm, p);
      const field = decoder.decode(wasm.subarray(p, p + len));
      p += len;
      const q = uleb(wasm, p + 1)[1]; // kind, index
      let short = field;
      if (INVOKE.test(field)) {
        short = `$c${exportRenames.size.toString(36)}`;
        exportRenames.set(field, short);
      }
      body.push(...name(short), ...wasm.subarray(p, q));
      p = q;
    }
    pos = rebuilt(7, "export", body, p, end);
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(pos, end));
    pos = end;
    continue;
  }
  // the import section: module name, field name, kind and its descriptor, for each import
  let [count, p] = uleb(wasm, start);
  const body = [...leb(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, p] = uleb(wasm, p);
    const module = decoder.decode(wasm.subarray(p, p + len));
    p += len;
    [len, p] = uleb(wasm, p);
    const field = decoder.decode(wasm.subarray(p, p + len));
    p += len;
    const kind = wasm[p];
    let q = p + 1;
    if (kind === 0) q = uleb(wasm, q)[1]; // function: type index
    else if (kind === 1) q = limits(wasm, q + 1); // table: reftype, limits
    else if (kind === 2) q = limits(wasm, q); // memory: limits
    else if (kind === 3) q += 2; // global: valtype, mutability
    else if (kind === 4) q = uleb(wasm, q + 1)[1]; // tag: attribute, type index
    else {
      console.error(`[imports] unknown import kind ${kind}`);
      process.exit(1);
    }
    let short = field;
    if (SHIM.test(field)) {
      short = renames.get(field) ?? `_${renames.size.toString(36)}`;
      renames.set(field, short);
    }
    body.push(...name(module), ...name(short), ...wasm.subarray(p, q));
    p = q;
  }
  pos = rebuilt(2, "import", body, p, end);
}
const newWasm = Buffer.concat(parts);

let js = readFileSync(`${dir}/${jsFile}`, "utf8");
let replaced = 0;
js = js.replace(/__wbg_[A-Za-z0-9_]+?_[0-9a-f]{16}\b/g, (m) => {
  if (!renames.has(m)) return m;
  replaced++;
  return renames.get(m);
});
js = js.replace(/\bwasm_bindgen__convert__closures_+invoke__h[0-9a-f]{16}\b/g, (m) => exportRenames.get(m) ?? m);
const missing = [...renames.keys(), ...exportRenames.keys()].filter((k) => js.includes(k));
if (replaced < renames.size || missing.length) {
  console.error(`[imports] the JS glue names ${replaced} of ${renames.size} imports; leaving the build unchanged`);
  process.exit(1);
}
// Then the glue is minified (Trunk's own minifier fails on it: "RequiredTokenNotFound"): terser
// drops its comments and whitespace and shortens its local names; the names it exports and the
// import object's property names (which the .wasm asks for) stay (−0.9 KB gz).
const before = js.length;
js = (await minify(js, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
writeFileSync(`${dir}/${wasmFile}`, newWasm);
writeFileSync(`${dir}/${jsFile}`, js);

// Subresource Integrity: the links to the two files carry their sha384
const sri = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;
let html = readFileSync(`${dir}/index.html`, "utf8");
for (const [file, content] of [
  [wasmFile, newWasm],
  [jsFile, Buffer.from(js)],
]) {
  html = html.replace(/<link\b[^>]*>/g, (tag) =>
    tag.includes(`./${file}`) ? tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity="${sri(content)}"`) : tag,
  );
}
writeFileSync(`${dir}/index.html`, html);
console.log(
  `[imports] ${renames.size} import and ${exportRenames.size} export names shortened: ${wasmFile} ${wasm.length} → ${newWasm.length} bytes; ${jsFile} minified ${before} → ${js.length} bytes`,
);
