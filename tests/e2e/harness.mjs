// Shared set-up for the browser tests: serve dist/ under a sub-path, launch Debian's headless
// Chromium through playwright-core, record every request, collect page errors.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { serve } from "../../scripts/serve.mjs";

export const BASE = "/newslens/";
export const SHOTS = "target/screenshots";
mkdirSync(SHOTS, { recursive: true });

export async function start() {
  const server = await serve({ dist: "dist", port: 0, base: BASE });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
  return { server, browser, origin, url: origin + BASE };
}

export async function stop({ server, browser }) {
  await browser.close();
  await new Promise((ok) => server.close(ok));
}

/// A fresh browser context (a new profile: nothing shared) and page, with request and error logs.
export async function newPage(env, { width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  page.on("request", (r) => page.requests.push(r.url()));
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(m.text()); });
  return page;
}

/// Opens a view (a query string relative to the site) and waits for data-ready.
export async function open(page, env, query = "") {
  await page.goto(env.url + query);
  await ready(page);
}

export async function ready(page) {
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
}

export const search = (page) => new URL(page.url()).search;

/** A full-page screenshot with every part drawn, as a reader scrolling through would see it: the
 * viewport is grown to the page's height first (nothing lazily drawn, such as parts with
 * `content-visibility: auto`, is left blank) and restored after. */
export async function fullShot(page, name) {
  const vp = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: vp.width, height: Math.max(height, vp.height) });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize(vp);
}
