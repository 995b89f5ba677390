import { describe, expect, it } from 'vitest';
import type { Database } from './client';
import { preparedStatement } from './prepared';

describe('preparedStatement', () => {
  it('builds once per database handle and keeps handles apart', () => {
    const built: object[] = [];
    const statement = preparedStatement((db) => {
      built.push(db);
      return { db, n: built.length };
    });
    const one = {} as Database;
    const two = {} as Database;
    expect(statement(one)).toEqual({ db: one, n: 1 });
    expect(statement(one)).toBe(statement(one));
    expect(statement(two)).toEqual({ db: two, n: 2 });
    expect(built).toEqual([one, two]);
  });
});
