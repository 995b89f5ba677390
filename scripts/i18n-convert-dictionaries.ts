// npx tsx scripts/i18n-convert-dictionaries.ts - turns the old flat dictionaries
// (lib/i18n/messages/<area>.ts, `{ de: { 'x.y': '…' }, en: {…} }`) into next-intl catalogues,
// lib/i18n/messages/<locale>/<namespace>.json, one file per key prefix, nested.
//
// A one-off for the move to next-intl (docs/decisions/0030-next-intl.md), kept while other branches
// still add keys to the old .ts files: after merging such a branch, restore its .ts dictionary,
// run this script (it merges new keys into the JSON files and leaves existing ones alone), delete
// the .ts file again. Delete this script once no branch has an old dictionary.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('lib/i18n/messages');
type Flat = Record<string, string>;

// A key that is both a leaf and a parent (`x.y` and `x.y.z`) cannot nest: one side is renamed.
const renamed: Record<string, string> = {
  'verify.result.status': 'verify.result.statusLabel',
  'register.filter.view': 'register.filter.viewLabel',
  'register.filter.asOf.hint': 'register.filter.asOfHint',
  'register.form.country.hint': 'register.form.countryHint',
  'register.form.safeguardNote.hint': 'register.form.safeguardNoteHint',
  'register.form.website.hint': 'register.form.websiteHint',
  'changeNotice.form.subprocessor.hint': 'changeNotice.form.subprocessorHint',
  'changeNotice.form.effectiveDate.hint': 'changeNotice.form.effectiveDateHint',
  'notices.deliveries.filter': 'notices.deliveries.filterLabel',
};

// Counts shown to people become ICU plurals; the separate one/zero keys fold into them.
const dropped = new Set([
  'staff.results.one',
  'staff.resultsFor.one',
  'register.count.one',
  'register.upcoming.daysLeft.one',
  'register.upcoming.daysLeft.zero',
  'portalNotices.daysLeftOne',
  'portalNotices.daysLeftToday',
]);
const plurals: Record<string, { de: string; en: string }> = {
  'staff.results': {
    de: '{total, plural, one {# Organisation} other {# Organisationen}}',
    en: '{total, plural, one {# organisation} other {# organisations}}',
  },
  'staff.resultsFor': {
    de: '{total, plural, one {# Organisation} other {# Organisationen}} für „{q}“',
    en: '{total, plural, one {# organisation} other {# organisations}} for “{q}”',
  },
  'register.count': {
    de: '{count, plural, other {# Unterauftragsverarbeiter}}',
    en: '{count, plural, one {# subprocessor} other {# subprocessors}}',
  },
  'register.upcoming.daysLeft': {
    de: '{days, plural, =0 {ab heute} one {noch # Tag} other {noch # Tage}}',
    en: '{days, plural, =0 {from today} one {# day left} other {# days left}}',
  },
  'portalNotices.daysLeft': {
    de: '{days, plural, =0 {heute} one {# Tag} other {# Tage}}',
    en: '{days, plural, =0 {today} one {# day} other {# days}}',
  },
  'portalNotices.daysLeftLong': {
    de: '{days, plural, one {noch # Tag Zeit zum Widersprechen} other {noch # Tage Zeit zum Widersprechen}}',
    en: '{days, plural, one {# day left to object} other {# days left to object}}',
  },
  'notices.deliveries.total': {
    de: '{count, plural, one {# Zustellung} other {# Zustellungen}}',
    en: '{count, plural, one {# delivery} other {# deliveries}}',
  },
  'versions.diff.unchanged': {
    de: '{count, plural, one {# unveränderten Absatz anzeigen} other {# unveränderte Absätze anzeigen}}',
    en: '{count, plural, one {Show # unchanged paragraph} other {Show # unchanged paragraphs}}',
  },
  'changeNotice.form.effectiveDateHint': {
    de: 'Wirksam um 0:00 Uhr ({timeZone}). Bei Ankündigung heute frühestens am {date} ({days, plural, one {# Tag} other {# Tage}} Frist).',
    en: 'Takes effect at 00:00 ({timeZone}). If announced today, {date} at the earliest ({days, plural, one {# day} other {# days}} notice).',
  },
};

type Tree = { [key: string]: string | Tree };

function setPath(tree: Tree, key: string, value: string, overwrite: boolean) {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = (node[part] ??= {});
    if (typeof next === 'string') throw new Error(`${key}: "${part}" is already a message`);
    node = next;
  }
  const leaf = parts.at(-1)!;
  if (typeof node[leaf] === 'object') throw new Error(`${key} is already a namespace`);
  if (overwrite || node[leaf] === undefined) node[leaf] = value;
}

async function main() {
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const flat: Record<'de' | 'en', Flat> = { de: {}, en: {} };
  for (const file of sources) {
    const mod = (await import(path.join(dir, file))) as Record<string, { de: Flat; en: Flat }>;
    for (const dictionary of Object.values(mod)) {
      if (!dictionary || typeof dictionary !== 'object' || !('de' in dictionary)) continue;
      Object.assign(flat.de, dictionary.de);
      Object.assign(flat.en, dictionary.en);
    }
  }
  for (const locale of ['de', 'en'] as const) {
    const trees: Record<string, Tree> = {};
    const load = (ns: string) => {
      const file = path.join(dir, locale, `${ns}.json`);
      return (trees[ns] ??= fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Tree) : {});
    };
    for (const [oldKey, value] of Object.entries(flat[locale])) {
      if (dropped.has(oldKey)) continue;
      const key = renamed[oldKey] ?? oldKey;
      const [ns, ...rest] = key.split('.');
      const plural = plurals[key]?.[locale];
      setPath(load(ns!), rest.join('.'), plural ?? value, false);
    }
    fs.mkdirSync(path.join(dir, locale), { recursive: true });
    for (const [ns, tree] of Object.entries(trees)) {
      fs.writeFileSync(path.join(dir, locale, `${ns}.json`), `${JSON.stringify(tree, null, 2)}\n`);
    }
    console.log(`${locale}: ${Object.keys(trees).length} namespaces`);
  }
}

void main();
