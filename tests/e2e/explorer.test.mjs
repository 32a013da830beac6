// The explorer, end to end in headless Chromium: facets, search, chips, copy-link equivalence,
// history, the entity panel and its KWIC links, reader highlights, hostile URLs, keyboard,
// and screenshots at desktop and phone widths. Expected results are derived from the reader
// pages themselves (what each article really highlights / says), never hard-coded blindly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, stop, newPage, open, search, fullShot } from "./harness.mjs";

let env;
let truth; // doc id -> { ents: Set<entity id>, text: string }
before(async () => {
  env = await start();
  truth = await readCorpus();
});
after(async () => { await stop(env); });

const SEEDS = ["000_ad59f21efe7f7c72", "001_355fb81d80dc29d6", "002_c376e8810af6fb24", "003_58c85467d3f57047", "004_8089038956edb9b3"];

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
const sorted = (a) => [...a].sort();

/// What every article's reader page highlights and says: the ground truth for the filters.
async function readCorpus() {
  const page = await newPage(env);
  const out = {};
  for (const doc of SEEDS) {
    await open(page, env, `?doc=${doc}`);
    await page.waitForSelector(`[data-open-doc='${doc}']`);
    const { ents, text } = await page.$eval("[data-open-doc]", (el) => ({
      ents: [...el.querySelectorAll("mark[data-entity-id]")].map((m) => m.dataset.entityId),
      text: [el.querySelector("h1")?.textContent ?? "", el.querySelector(".body")?.textContent ?? el.textContent].join("\n"),
    }));
    out[doc] = { ents: new Set(ents), text };
  }
  await page.context().close();
  return out;
}
const docsWith = (...ids) => SEEDS.filter((d) => ids.every((id) => truth[d].ents.has(id)));

const resultIds = (page) => page.$$eval("[data-doc-id]", (els) => els.map((e) => e.dataset.docId));
const count = async (page) => Number(await page.getAttribute("[data-result-count]", "data-result-count"));
const params = (page) => new URL(page.url()).searchParams;
const facet = (id) => `.facet-item:has([data-entity-id="${id}"])`;
const facetOpen = (id) => `li:has(.facet-item [data-entity-id="${id}"]) .facet-open`;

/// Waits until the list shows exactly `n` rows, the count says `n`, and the facets have caught up.
async function waitForCount(page, n) {
  await page.waitForFunction((n) => {
    const c = document.querySelector("[data-result-count]");
    return c && c.getAttribute("data-result-count") === String(n) && document.querySelectorAll("[data-doc-id]").length === n
      && !document.querySelector("[data-pending]");
  }, n, { timeout: 5000 });
}

async function snapshot(page) {
  return {
    ids: await resultIds(page),
    count: await count(page),
    panel: await page.getAttribute("[data-open-entity]", "data-open-entity").catch(() => null),
  };
}

test("clicking a facet entity filters to exactly the articles mentioning it", async () => {
  const page = await newPage(env);
  await open(page, env);
  assert.equal(await count(page), 5);
  const expected = docsWith("person:to-lam");
  assert.ok(expected.length > 0 && expected.length < 5, "Tô Lâm is in some but not all articles");
  for (const d of expected) assert.match(truth[d].text, /Lâm/, `${d} really mentions Lâm`);
  await page.click(facet("person:to-lam"));
  await page.waitForURL(/e=person(:|%3A)to-lam/);
  assert.equal(params(page).get("e"), "person:to-lam");
  await waitForCount(page, expected.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(expected));
  for (const d of await resultIds(page)) assert.match(truth[d].text, /Lâm/);
  // the facets follow the filter (they are redrawn a frame after the rows): each entity they list
  // with the number of matching articles that mention it
  const items = await page.$$eval(".facet-item", (els) =>
    els.map((a) => [a.querySelector("[data-entity-id]").dataset.entityId, Number(a.querySelector(".facet-count").textContent)]));
  assert.ok(items.length >= 6, `facets list entities (${items.length})`);
  for (const [id, n] of items) {
    assert.equal(n, expected.filter((d) => truth[d].ents.has(id)).length, `facet count of ${id}`);
  }
  assert.deepEqual(page.errors, []);
});

test("typing in the search box finds exactly the matching articles and updates q=", async () => {
  const page = await newPage(env);
  await open(page, env);
  const chinh = docsWith("person:pham-minh-chinh");
  assert.ok(chinh.length >= 2);
  await page.fill("#search", "chinh");
  await page.waitForURL(/q=chinh/);
  assert.equal(params(page).get("q"), "chinh");
  await waitForCount(page, chinh.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(chinh));

  const hanoi = SEEDS.filter((d) => fold(truth[d].text).includes("ha noi"));
  assert.ok(hanoi.length >= 1, "some article mentions Hà Nội");
  for (const d of hanoi) assert.match(truth[d].text, /H[aà] N[oộ]i|HÀ NỘI|HA NOI/);
  await page.fill("#search", "ha noi");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "ha noi");
  await waitForCount(page, hanoi.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(hanoi));

  // the first letters of a word are not yet a search: the list stays, with a hint, and no
  // "nothing matches" flashes while typing; two letters that are a whole word are searched
  await page.fill("#search", "ch");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "ch");
  await waitForCount(page, SEEDS.length);
  assert.match(await page.textContent("[data-unfinished]"), /“ch”.*three letters/);
  assert.equal(await page.$(".empty"), null, "no empty state");
  await page.fill("#search", "ha noi c");
  await waitForCount(page, hanoi.length);
  assert.match(await page.textContent("[data-unfinished]"), /“c”/);
  const to = SEEDS.filter((d) => /\bto\b/i.test(truth[d].text));
  await page.fill("#search", "to");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "to");
  await waitForCount(page, to.length);
  assert.equal(await page.$("[data-unfinished]"), null, "“to” is a word");
  assert.deepEqual(page.errors, []);
});

test("two entities give the intersection; chips show both; removing a chip widens", async () => {
  const page = await newPage(env);
  await open(page, env, "?e=person:to-lam,place:vientiane");
  const both = docsWith("person:to-lam", "place:vientiane");
  const toLam = docsWith("person:to-lam");
  assert.ok(both.length < toLam.length, "the intersection is strictly narrower");
  await waitForCount(page, both.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(both));
  const chipIds = () => page.$$eval(".chip", (els) => els.map((c) => c.dataset.entityId ?? c.querySelector("[data-entity-id]")?.dataset.entityId));
  assert.deepEqual(sorted(await chipIds()), ["person:to-lam", "place:vientiane"]);
  await page.click('.chip:is([data-entity-id="place:vientiane"], :has([data-entity-id="place:vientiane"]))');
  await waitForCount(page, toLam.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(toLam));
  assert.equal(params(page).get("e"), "person:to-lam");
  assert.deepEqual(await chipIds(), ["person:to-lam"]);
  await page.click(".clear-all").catch(() => page.click(".chip"));
  await waitForCount(page, 5);
  assert.equal(params(page).get("e"), null);
  assert.deepEqual(page.errors, []);
});

test("an older id (the slug of an alias) opens the entity's view under its current id", async () => {
  // "person:chinh" is what a link made from the alias "Chinh" would carry
  const page = await newPage(env);
  await open(page, env, "?e=person:chinh");
  const chinh = docsWith("person:pham-minh-chinh");
  await waitForCount(page, chinh.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(chinh));
  assert.equal(params(page).get("e"), "person:pham-minh-chinh", "the address bar carries the current id");
  // the facet row is marked selected, so one click removes the filter
  assert.ok(await page.$(`li.selected ${facet("person:pham-minh-chinh")}`), "the facet row is marked selected");
  assert.equal(await page.$("[data-notice]"), null, "an older id is no error");
  await page.click(facet("person:pham-minh-chinh"));
  await waitForCount(page, 5);
  assert.equal(params(page).get("e"), null);
  // the entity panel too
  await open(page, env, "?ent=person:chinh#x");
  await page.waitForSelector('[data-open-entity="person:pham-minh-chinh"]');
  assert.equal(params(page).get("ent"), "person:pham-minh-chinh");
  assert.equal(new URL(page.url()).hash, "#x", "the fragment is kept");
  assert.deepEqual(page.errors, []);
});

test("copy-link equivalence: a view built by clicking reopens identically in a fresh profile", async () => {
  const page = await newPage(env);
  await open(page, env);
  await page.click(facet("person:pham-minh-chinh"));
  await page.waitForURL(/e=person/);
  await page.fill("#search", "laos");
  await page.waitForURL(/q=laos/);
  await page.keyboard.press("Tab").catch(() => {});
  await page.click(facetOpen("place:laos"));
  await page.waitForSelector('[data-open-entity="place:laos"]');
  const url = page.url();
  const p = new URL(url).searchParams;
  assert.equal(p.get("e"), "person:pham-minh-chinh");
  assert.equal(p.get("q"), "laos");
  assert.equal(p.get("ent"), "place:laos");
  const a = await snapshot(page);
  assert.ok(a.count > 0);

  const fresh = await newPage(env); // newPage makes a new browser context: nothing shared
  await fresh.goto(url);
  await fresh.waitForSelector("html[data-ready=true]");
  await fresh.waitForSelector('[data-open-entity="place:laos"]');
  const b = await snapshot(fresh);
  assert.deepEqual(b, a);
  assert.equal(fresh.url(), url, "the reopened view keeps its canonical URL");
  assert.deepEqual(page.errors, []);
  assert.deepEqual(fresh.errors, []);
});

test("back and forward restore filter views", async () => {
  const page = await newPage(env);
  await open(page, env);
  await page.click(facet("person:to-lam"));
  await page.waitForURL(/e=person/);
  const one = { url: page.url(), ids: docsWith("person:to-lam") };
  await waitForCount(page, one.ids.length);
  await page.click(facet("place:vientiane"));
  await page.waitForURL(/vientiane/);
  const two = { url: page.url(), ids: docsWith("person:to-lam", "place:vientiane") };
  await waitForCount(page, two.ids.length);
  assert.notEqual(one.url, two.url);
  await page.goBack();
  await page.waitForURL(one.url);
  await waitForCount(page, one.ids.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(one.ids));
  await page.goForward();
  await page.waitForURL(two.url);
  await waitForCount(page, two.ids.length);
  assert.deepEqual(sorted(await resultIds(page)), sorted(two.ids));
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => location.search === "");
  await waitForCount(page, 5);
  assert.deepEqual(page.errors, []);
});

test("entity panel: name, KWIC sentences, and Read → opens the reader at the mention", async () => {
  const page = await newPage(env);
  await open(page, env, "?ent=person:pham-minh-chinh");
  const panel = '[data-open-entity="person:pham-minh-chinh"]';
  await page.waitForSelector(panel);
  assert.equal((await page.textContent(`${panel} .panel-name`)).trim(), "Phạm Minh Chính");
  const sentences = await page.$$eval(`${panel} .kwic li`, (els) => els.map((e) => e.textContent));
  assert.ok(sentences.length >= 3, `${sentences.length} KWIC sentences`);
  assert.ok(sentences.every((s) => /Chinh|Chính/.test(s)), "every KWIC sentence mentions him");
  const links = await page.$$eval(`${panel} .kwic-go`, (els) => els.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
  assert.ok(links.length >= 3);
  assert.match(links[0].text, /Read →/);
  // the mention furthest into its article, so the reader really has to scroll
  const far = links.reduce((m, l) => (Number(l.href.split("#at-")[1]) > Number(m.href.split("#at-")[1]) ? l : m));
  const at = far.href.split("#")[1];
  const doc = new URLSearchParams(far.href.split("#")[0].split("?")[1]).get("doc");
  await page.click(`${panel} .kwic-go[href="${far.href}"]`);
  await page.waitForSelector(`[data-open-doc="${doc}"]`);
  assert.equal(params(page).get("doc"), doc);
  assert.equal(new URL(page.url()).hash, `#${at}`);
  await page.waitForSelector("mark.target");
  await page.waitForTimeout(300); // allow smooth scrolling to settle
  const box = await page.$eval("mark.target", (m) => {
    const r = m.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, h: innerHeight, id: m.dataset.entityId };
  });
  assert.equal(box.id, "person:pham-minh-chinh");
  assert.ok(box.top >= 0 && box.bottom <= box.h, `target mark in viewport: ${JSON.stringify(box)}`);
  assert.deepEqual(page.errors, []);
});

test("reader marks entities and a mark's link opens that entity's panel", async () => {
  const page = await newPage(env);
  await open(page, env, "?doc=003_58c85467d3f57047");
  for (const id of ["person:bui-thanh-son", "place:viet-nam"]) {
    assert.ok(await page.$(`mark[data-entity-id="${id}"]`), id);
  }
  const name = await page.textContent('mark[data-entity-id="person:bui-thanh-son"]');
  assert.match(name, /Bùi Thanh Sơn|Son/);
  await page.click('mark[data-entity-id="person:bui-thanh-son"] a');
  await page.waitForSelector('[data-open-entity="person:bui-thanh-son"]');
  assert.equal(params(page).get("ent"), "person:bui-thanh-son");
  assert.match(await page.textContent('[data-open-entity] .panel-name'), /Bùi Thanh Sơn/);
  await page.click('mark[data-entity-id="place:viet-nam"] a').catch(async () => {
    await open(page, env, "?doc=003_58c85467d3f57047");
    await page.click('mark[data-entity-id="place:viet-nam"] a');
  });
  await page.waitForSelector('[data-open-entity="place:viet-nam"]');
  assert.deepEqual(page.errors, []);
});

test("hostile URLs: ready, notices, no errors, no dialogs, no injected scripts", async () => {
  const base = await newPage(env);
  await open(base, env);
  const scripts = await base.$$eval("script", (s) => s.length);
  await base.context().close();
  const cases = [
    { q: "?e=person:nobody-at-all", notice: true },
    { q: "?ent=person:nobody-at-all", notice: true },
    { q: "?from=2025-13-45", notice: true },
    { q: "?to=notadate&from=2025-02-30", notice: true },
    { q: "?q=" + "x".repeat(10240), notice: false },
    { q: "?q=" + encodeURIComponent("<script>alert(1)</script>"), notice: false, script: true },
    { q: "?e=%00%FF", notice: true },
    { q: "?doc=../../etc/passwd", notice: true },
    { q: "?doc=" + encodeURIComponent("<img src=x onerror=alert(1)>"), notice: true },
    { q: "?foo=bar&view=nonsense&t=alien", notice: true },
  ];
  for (const c of cases) {
    const page = await newPage(env);
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await open(page, env, c.q);
    const label = c.q.slice(0, 60);
    assert.deepEqual(page.errors, [], label);
    assert.deepEqual(dialogs, [], label);
    assert.equal(await page.$$eval("script", (s) => s.length), scripts, `${label}: no injected script`);
    assert.equal(await page.$$eval("img", (s) => s.length), 0, `${label}: no injected img`);
    assert.ok((await page.textContent("#main")).trim().length > 0, `${label}: not blank`);
    if (c.notice) assert.ok(await page.$("[data-notice]"), `${label}: notice shown`);
    if (c.script) {
      const v = await page.inputValue("#search");
      assert.equal(v, "<script>alert(1)</script>", "shown as text in the search box");
    }
    await page.waitForTimeout(100);
    assert.deepEqual(dialogs, [], label);
    await page.context().close();
  }
});

test("keyboard: / focuses the search box, Escape closes the entity panel", async () => {
  const page = await newPage(env);
  await open(page, env);
  await page.click("body", { position: { x: 5, y: 300 } }).catch(() => {});
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search");

  await open(page, env, "?ent=person:pham-minh-chinh");
  await page.waitForSelector("[data-open-entity]");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("ent"));
  assert.equal(await page.$("[data-open-entity]"), null);
  assert.deepEqual(page.errors, []);
});

// The global keydown listener is not passive, so "/" only focuses the box.
test("keyboard: the / shortcut is not typed into the search box nor put in q=", async () => {
  const page = await newPage(env);
  await open(page, env);
  await page.keyboard.press("/");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search");
  assert.equal(await page.inputValue("#search"), "", "the slash is not typed into the box");
  assert.equal(params(page).get("q"), null);
  assert.equal(await count(page), 5);
  assert.deepEqual(page.errors, []);
});

test("screenshots at desktop and phone width; no horizontal overflow at 390 px", async () => {
  const views = [
    ["home-filtered", "?q=laos&e=person:pham-minh-chinh"],
    ["entity", "?ent=person:pham-minh-chinh"],
    ["reader-highlights", "?doc=003_58c85467d3f57047"],
  ];
  for (const [size, vp] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
    const page = await newPage(env, vp);
    for (const [name, q] of views) {
      await open(page, env, q);
      await fullShot(page, `${name}-${size}`);
      if (size === "phone") {
        const o = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, w: innerWidth }));
        assert.ok(o.sw <= o.w, `${name}: scrollWidth ${o.sw} > ${o.w} at 390 px`);
      }
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
