import { describe, expect, it } from 'vitest';
import { compareSortValues, sortRows } from './sort-rows';

const names = (rows: { sort: { name: string | null } }[]) => rows.map((r) => r.sort.name);

describe('German collation', () => {
  it('sorts umlauts with their base letter, not after z', () => {
    const rows = ['Brauerei Zoller', 'Zahnarzt Özdemir', 'Bäckerei Hofmann', 'Ökostrom Nord', 'Apotheke am Markt'].map((name) => ({ sort: { name } }));
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual([
      'Apotheke am Markt',
      'Bäckerei Hofmann',
      'Brauerei Zoller',
      'Ökostrom Nord',
      'Zahnarzt Özdemir',
    ]);
  });

  it('compares numbers inside text as numbers and ignores case', () => {
    expect(compareSortValues('K-10002', 'K-10010')).toBeLessThan(0);
    expect(compareSortValues('bäckerei', 'Bäckerei')).toBe(0);
  });

  it('reverses for descending but keeps empty values last', () => {
    const rows = [{ sort: { name: null } }, { sort: { name: 'Anna' } }, { sort: { name: 'Örs' } }];
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['Örs', 'Anna', null]);
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['Anna', 'Örs', null]);
  });
});
