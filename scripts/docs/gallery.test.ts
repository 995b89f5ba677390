import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/gallery.md shows the key screenshots, which npm run screenshots copies to
// docs/screenshots/key/ (committed). An image the gallery names must exist, and the gallery must
// name every committed key shot, so neither can drift from the other unseen.

const docs = path.join(process.cwd(), 'docs');
const gallery = fs.readFileSync(path.join(docs, 'gallery.md'), 'utf8');
const images = [...gallery.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);

describe('docs/gallery.md', () => {
  it('shows images', () => {
    expect(images.length).toBeGreaterThan(10);
  });

  it.each(images)('%s exists', (image) => {
    expect(fs.existsSync(path.join(docs, image))).toBe(true);
  });

  it('names every committed key shot', () => {
    const committed = fs.readdirSync(path.join(docs, 'screenshots', 'key')).map((file) => `screenshots/key/${file}`);
    expect(committed.filter((file) => !images.includes(file))).toEqual([]);
  });
});
