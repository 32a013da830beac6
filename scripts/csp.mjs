// Fills the CSP placeholder of a built index.html: only the site's own origin, plus
// 'wasm-unsafe-eval' for WebAssembly and the sha256 of each inline script Trunk emits.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";

const file = process.argv[2];
let html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc=/.test(m[0]) && m[1].trim() !== "")
  .map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
if (!html.includes("CSP_PLACEHOLDER")) {
  console.error(`[csp] no CSP_PLACEHOLDER in ${file}`);
  process.exit(1);
}
// the minified page may have dropped the attribute's quotes: the policy has spaces, so quote it
html = html.replace(/content=("?)CSP_PLACEHOLDER\1/, `content="${policy}"`);
if (html.includes("CSP_PLACEHOLDER")) {
  console.error(`[csp] CSP_PLACEHOLDER in ${file} is not a content attribute`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`[csp] ${hashes.length} inline script hash(es) allowed`);
