// node scripts/render-icons.mjs - renders public/icon.svg (the portal's mark, drawn by hand) into
// the raster icons browsers and phones ask for: favicon.ico (16, 32, 48), apple-touch-icon.png,
// icon-192.png, icon-512.png and a maskable icon with a safe margin. Uses the e2e Chromium.
// Run after changing icon.svg and commit the results; the build does not run it.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const dir = path.resolve('public');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const page = await browser.newPage();

/** A PNG of the mark at `size` px; `padding` leaves the safe zone a maskable icon needs. */
async function render(size, { padding = 0, background = 'transparent' } = {}) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<html><body style="margin:0;background:${background}"><div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  return page.screenshot({ omitBackground: background === 'transparent', clip: { x: 0, y: 0, width: size, height: size } });
}

/** An .ico holding PNG images (supported by every current browser). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

const favicon = [];
for (const size of [16, 32, 48]) favicon.push({ size, png: await render(size) });
fs.writeFileSync(path.join(dir, 'favicon.ico'), ico(favicon));
// Apple draws its own rounded corners and shows transparency as black: full bleed, opaque.
fs.writeFileSync(path.join(dir, 'apple-touch-icon.png'), await render(180, { background: '#1d4a73' }));
fs.writeFileSync(path.join(dir, 'icon-192.png'), await render(192));
fs.writeFileSync(path.join(dir, 'icon-512.png'), await render(512));
fs.writeFileSync(path.join(dir, 'icon-maskable-512.png'), await render(512, { padding: 64, background: '#1d4a73' }));
await browser.close();
console.log('public/: favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, icon-maskable-512.png');
