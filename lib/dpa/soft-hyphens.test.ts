import { describe, expect, it } from 'vitest';
import { softHyphens } from './soft-hyphens';

const shy = '\u00AD';

describe('softHyphens', () => {
  it('marks the break points of long German compounds, invisibly', () => {
    const out = softHyphens('Unterauftragsverarbeiter und Standardvertragsklauseln', 'de');
    expect(out).toContain(shy);
    expect(out.replaceAll(shy, '')).toBe('Unterauftragsverarbeiter und Standardvertragsklauseln');
    expect(out.split(' ')[0]!.split(shy).length).toBeGreaterThan(3);
  });

  it('leaves short words alone and hyphenates English with English patterns', () => {
    expect(softHyphens('Art. 28 DSGVO', 'de')).toBe('Art. 28 DSGVO');
    expect(softHyphens('subprocessors', 'en')).toContain(shy);
  });
});
