import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey, patternOf, translator } from './translate';

describe('translator', () => {
  it('formats ICU plurals with the number in the reader’s language', () => {
    expect(translator('de')('register.count', { count: 1 })).toBe('1 Unterauftragsverarbeiter');
    expect(translator('en')('register.count', { count: 1 })).toBe('1 subprocessor');
    expect(translator('en')('register.count', { count: 3 })).toBe('3 subprocessors');
    expect(translator('de')('portalNotices.daysLeft', { days: 0 })).toBe('heute');
    expect(translator('de')('portalNotices.daysLeft', { days: 1 })).toBe('1 Tag');
  });

  it('hands label bags the raw pattern of a message with placeholders when no values are given', () => {
    expect(translator('de')('auth.signIn.sent')).toContain('{email}');
    expect(translator('de')('auth.signIn.sent', { email: 'a@b.example' })).toContain('a@b.example');
  });

  it('reads the pattern of a message as the build precompiles it, and refuses plurals', () => {
    expect(patternOf(['Hallo ', ['name'], '!'])).toBe('Hallo {name}!');
    expect(patternOf('Schon fertig')).toBe('Schon fertig');
    expect(patternOf([['count', 2, { one: [0, ' Tag'], other: [0, ' Tage'] }]])).toBeNull();
  });

  it('knows which keys exist', () => {
    expect(isMessageKey('verify.result.status.active')).toBe(true);
    expect(isMessageKey('verify.result.status')).toBe(false);
    expect(isMessageKey('nope.nothing')).toBe(false);
  });

  it('works where the worker runs: outside Next.js, with the react-server condition', () => {
    const root = path.resolve(__dirname, '../..');
    const code = `import('./lib/mail/templates/sign-in-link.ts').then((m) => console.log((m.default ?? m).signInLinkMail('en', 'https://x.example/l', 15).subject))`;
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', '-e', code], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('Your sign-in link for the DPA Portal');
  }, 30_000);
});
