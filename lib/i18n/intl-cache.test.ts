import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, regionName } from './intl-cache';

describe('intl-cache', () => {
  it('makes a formatter once per locale and options, and formats like a new one', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' } as const;
    const first = dateTimeFormat('de-DE', options);
    expect(dateTimeFormat('de-DE', { ...options })).toBe(first);
    expect(dateTimeFormat('en-GB', options)).not.toBe(first);
    expect(dateTimeFormat('de-DE', { ...options, timeZone: 'UTC' })).not.toBe(first);
    const at = new Date('2026-03-29T00:30:00Z');
    expect(first.format(at)).toBe(new Intl.DateTimeFormat('de-DE', options).format(at));
    expect(numberFormat('de-DE').format(1234.5)).toBe('1.234,5');
    expect(numberFormat('de-DE')).toBe(numberFormat('de-DE'));
  });

  it('names countries, and answers a code Intl cannot read with the code itself', () => {
    expect(regionName('de', 'DE')).toBe('Deutschland');
    expect(regionName('en', 'IE')).toBe('Ireland');
    expect(regionName('de', 'not a code')).toBe('not a code');
  });
});
