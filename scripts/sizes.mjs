// Prints the gzipped size of every file in a built site and the total first-load transfer.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    statSync(p).isDirectory() ? walk(p) : files.push(p);
  }
};
walk(root);
let raw = 0, gz = 0, firstLoad = 0;
const rows = files.sort().map((f) => {
  const b = readFileSync(f);
  const g = gzipSync(b, { level: 9 }).length;
  raw += b.length;
  gz += g;
  if (!f.endsWith("404.html")) firstLoad += g;
  return `${(b.length / 1024).toFixed(1).padStart(9)} KB ${(g / 1024).toFixed(1).padStart(8)} KB gz  ${relative(root, f)}`;
});
console.log("[sizes]       raw      gzipped  file");
rows.forEach((r) => console.log("[sizes] " + r));
console.log(`[sizes] ${(raw / 1024).toFixed(1).padStart(9)} KB ${(gz / 1024).toFixed(1).padStart(8)} KB gz  total`);
console.log(`[sizes] first load (all but 404.html): ${(firstLoad / 1024).toFixed(1)} KB gzipped (budget 250 KB)`);
if (firstLoad > 250 * 1024) {
  // The budget of DESIGN.md: a build over it fails (scripts/test.sh, CI, the Pages workflow).
  console.error(`[sizes] OVER BUDGET by ${((firstLoad - 250 * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
console.log(`[sizes] within budget: ${((250 * 1024 - firstLoad) / 1024).toFixed(1)} KB to spare`);
