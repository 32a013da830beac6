// WCAG AA contrast, light and dark: every visible piece of text on the main views (home, a
// filtered home with an entity panel, the reader with highlights and search hits) has a contrast
// ratio of at least 4.5:1 with what is behind it (3:1 for large text: ≥ 24 px, or ≥ 18.66 px bold).
// Colours are the computed ones; semi-transparent text and backgrounds are blended over what lies
// beneath, up to the page's own background.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, ready } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await stop(env); });

// Runs in the page: returns [{ text, ratio, need, fg, bg, where }] for every text that fails.
function lowContrast() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  // the colour behind an element: its own and its ancestors' backgrounds, blended
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) layers.push(bg);
      if (bg && bg.a >= 1) break;
    }
    let c = { r: 255, g: 255, b: 255, a: 1 }; // the canvas, if nothing is opaque
    for (const l of layers.reverse()) c = over(l, c);
    return c;
  };
  const lum = ({ r, g, b }) => {
    const ch = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent.trim()) continue;
    seen.add(el);
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (s.visibility !== "visible" || s.display === "none" || r.width <= 1 || r.height <= 1) continue;
    if (el.closest("[aria-hidden=true]") && !/\w/.test(n.textContent)) continue; // decorative glyphs
    if (s.clip === "rect(0px, 0px, 0px, 0px)" || el.closest(".visually-hidden")) continue;
    const bg = background(el);
    const fg = over(parse(s.color), bg);
    const size = parseFloat(s.fontSize);
    const bold = parseInt(s.fontWeight, 10) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const c = ratio(fg, bg);
    if (c < need) {
      out.push({
        text: n.textContent.trim().slice(0, 40),
        ratio: Math.round(c * 100) / 100,
        need,
        fg: s.color,
        bg: `rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})`,
        where: el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : ""),
      });
    }
  }
  return out;
}

for (const colorScheme of ["light", "dark"]) {
  test(`contrast meets WCAG AA (${colorScheme}): home, filters with an entity panel, reader with highlights`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 2400 }, colorScheme });
    const page = await context.newPage();
    const views = [
      "",
      "?q=trade&e=place:laos&ent=person:pham-minh-chinh",
      "?q=chinh&doc=000_ad59f21efe7f7c72&ent=place:vientiane",
      "?q=zzzz", // the empty state
    ];
    const failures = [];
    let checked = 0;
    for (const v of views) {
      await page.goto(env.url + v);
      await ready(page);
      checked += await page.evaluate(() => document.body.innerText.length);
      for (const f of await page.evaluate(lowContrast)) failures.push({ view: v || "(home)", ...f });
    }
    await context.close();
    assert.ok(checked > 2000, "the views have text to check");
    assert.deepEqual(failures, [], `text below WCAG AA contrast (${colorScheme}):\n` + failures.map((f) => JSON.stringify(f)).join("\n"));
  });
}
