// The three browser engines behind one small interface, so that one suite (suite.mjs) runs the
// same in each: Chromium and Firefox ESR through puppeteer-core (Chromium over CDP, Firefox over
// WebDriver BiDi), and WebKitGTK's MiniBrowser through selenium-webdriver and WebKitWebDriver,
// in an Xvfb display of its own, since MiniBrowser has no headless mode. Every browser is
// Debian's; nothing is downloaded.
//
// A session is one tab: `goto`, `run(fn, ...args)` (a function run in the page, its value
// returned; it may be async), `click`, `type`, `press`, `select` (as a user does them, through
// the driver), `shot` (an element's picture, PNG in base64), `picture` (the window's),
// `enterFrame`/`leaveFrame`, `downloads` (the folder the browser saves files to) and `version`.
import puppeteer from 'puppeteer-core';
import { Builder, By, Key, Select } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BINARIES = {
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];
export const WIDTH = 1280;
export const HEIGHT = 900;

/// Starts `engine` ('chromium', 'firefox' or 'webkit') with one tab of `WIDTH` × `HEIGHT`.
export async function start(engine) {
  const downloads = mkdtempSync(join(tmpdir(), `parley-${engine}-downloads-`));
  return engine === 'webkit' ? startWebKit(downloads) : startPuppeteer(engine, downloads);
}

async function startPuppeteer(engine, downloads) {
  const browser = engine === 'firefox'
    ? await puppeteer.launch({
      browser: 'firefox', executablePath: BINARIES.firefox, headless: true,
      extraPrefsFirefox: {
        'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false, 'browser.download.alwaysOpenPanel': false,
      },
    })
    : await puppeteer.launch({ executablePath: BINARIES.chromium, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width: WIDTH, height: HEIGHT });
  if (engine === 'chromium') {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  }
  let frame = page.mainFrame();
  return {
    engine,
    version: await browser.version(),
    downloads,
    goto: async (url) => { frame = page.mainFrame(); await page.goto(url); },
    run: (fn, ...args) => frame.evaluate(`(${fn})(...${JSON.stringify(args)})`),
    click: (selector) => frame.click(selector),
    type: (selector, text) => frame.type(selector, text),
    press: (key) => page.keyboard.press(key),
    select: (selector, value) => frame.select(selector, value),
    shot: async (selector) => (await frame.$(selector)).screenshot({ encoding: 'base64' }),
    picture: () => page.screenshot({ encoding: 'base64' }),
    enterFrame: async (selector) => { frame = await (await frame.$(selector)).contentFrame(); },
    leaveFrame: async () => { frame = page.mainFrame(); },
    close: () => browser.close(),
  };
}

const KEYS = { ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, Enter: Key.ENTER, Tab: Key.TAB, Home: Key.HOME, End: Key.END };

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/// An X display of its own: Xvfb picks a free number and writes it to the pipe it is given.
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('error', (e) => reject(new Error(`Xvfb did not start (is Debian's xvfb installed?): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, stop: () => xvfb.kill() };
}

async function startWebKit(downloads) {
  const xvfb = await startXvfb();
  const port = await freePort();
  // MiniBrowser saves downloads to the user's download folder, which is $HOME without one.
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'],
    { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display, HOME: downloads } });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch (e) {
      if (tries > 100) throw new Error(`WebKitWebDriver did not answer on ${url}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const driver = await new Builder().usingServer(url).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: BINARIES.webkit, args: ['--automation'] },
  }).build();
  await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
  const find = (selector) => driver.findElement(By.css(selector));
  const capabilities = await driver.getCapabilities();
  return {
    engine: 'webkit',
    version: `WebKitGTK ${capabilities.get('browserVersion')}`,
    downloads,
    goto: (address) => driver.get(address),
    async run(fn, ...args) {
      const result = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn})(...arguments[0]))
          .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`, args);
      if ('error' in result) throw new Error(result.error);
      return result.value;
    },
    async click(selector) {
      const element = await find(selector);
      try {
        await element.click();
      } catch (e) {
        // WebKitWebDriver finds an SVG link not interactable, or covered by its own circle: a
        // pointer moved onto its middle and pressed does what a reader's does.
        if (!['ElementNotInteractableError', 'ElementClickInterceptedError'].includes(e.name)) throw e;
        const [x, y] = await driver.executeScript(`arguments[0].scrollIntoView({ block: "center" });
          const r = arguments[0].getBoundingClientRect();
          return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];`, element);
        await driver.actions().move({ origin: 'viewport', x, y }).click().perform();
      }
    },
    type: async (selector, text) => (await find(selector)).sendKeys(text),
    press: (key) => driver.actions().sendKeys(KEYS[key] ?? key).perform(),
    select: async (selector, value) => new Select(await find(selector)).selectByValue(value),
    // WebKitWebDriver's picture of one element comes out black: the window's picture is cut
    // down to the element in the page, on a canvas.
    async shot(selector) {
      const element = await find(selector);
      // Scrolled to, and drawn there, before the picture is taken.
      await driver.executeAsyncScript(`arguments[0].scrollIntoView({ block: "center" });
        requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]));`, element);
      const window = await driver.takeScreenshot();
      return this.run(async (png, css) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const r = document.querySelector(css).getBoundingClientRect();
        const scale = image.naturalWidth / innerWidth;
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [Math.round(r.width * scale), Math.round(r.height * scale)];
        canvas.getContext('2d').drawImage(image, r.left * scale, r.top * scale, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
        return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
      }, window, selector);
    },
    picture: () => driver.takeScreenshot(),
    enterFrame: async (selector) => driver.switchTo().frame(await find(selector)),
    leaveFrame: () => driver.switchTo().defaultContent(),
    async close() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
      xvfb.stop();
    },
  };
}

/// Waits until `fn(...args)`, run in the page, returns a truthy value, and returns it; fails
/// after `timeout` ms naming `what`.
export async function until(session, what, fn, args = [], timeout = 20_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await session.run(fn, ...args);
      if (last) return last;
    } catch (e) {
      // A page being replaced by the next cannot run a script for a moment.
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`${session.engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
