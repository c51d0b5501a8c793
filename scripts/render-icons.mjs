// Renders extension/assets/lantern-icon.svg into the PNG sizes the Chrome Web Store and Firefox
// Add-ons need (16, 32, 48, 96, 128) in extension/src/public/icon/. Run after changing the SVG:
//   node scripts/render-icons.mjs
// Uses the workspace's playwright-core with the system Chromium (no browser download); the PNGs are
// committed, so builds never need a browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(root, 'tests', 'package.json'))('playwright-core');
const svg = readFileSync(join(root, 'extension/assets/lantern-icon.svg'), 'utf8');
const out = join(root, 'extension/src/public/icon');
export const SIZES = [16, 32, 48, 96, 128];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
    console.log(`icon/${size}.png`);
  }
} finally {
  await browser.close();
}
