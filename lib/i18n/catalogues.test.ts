import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogues, namespaces } from './catalogues';

// The catalogues' own checks: both languages say the same things, every message is an ICU pattern
// that parses, and every message is used somewhere (a message nobody shows is dead weight, and a
// key typo elsewhere shows up as one unused key here).

const root = path.resolve(__dirname, '../..');
const messagesDir = path.join(__dirname, 'messages');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const de = flatten(catalogues.de as unknown as Tree);
const en = flatten(catalogues.en as unknown as Tree);

/** The argument names a pattern uses, with their kind: {count, plural, …} is 'plural:count'. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) out.add(`text:${element.value}`);
    else if (element.type === TYPE.number) out.add(`number:${element.value}`);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.add(`${element.type === TYPE.plural ? 'plural' : 'select'}:${element.value}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, out);
    } else if (element.type === TYPE.tag) argumentsOf(element.children, out);
  }
  return out;
}

describe('message catalogues', () => {
  it('have one file per namespace and language, and every file is registered in catalogues.ts', () => {
    const files = (locale: string) =>
      fs
        .readdirSync(path.join(messagesDir, locale))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
    expect(files('de')).toEqual(files('en'));
    expect(files('de')).toEqual([...namespaces].sort());
  });

  it('have exactly the same keys in German and English', () => {
    const onlyDe = [...de.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !de.has(k));
    expect({ onlyDe, onlyEn }).toEqual({ onlyDe: [], onlyEn: [] });
  });

  it('hold ICU messages that parse, with the same arguments in both languages', () => {
    const problems: string[] = [];
    for (const [key, german] of de) {
      try {
        const deArgs = [...argumentsOf(parse(german))].sort();
        const enArgs = [...argumentsOf(parse(en.get(key) ?? ''))].sort();
        if (deArgs.join() !== enArgs.join()) problems.push(`${key}: de ${deArgs.join(' ')} / en ${enArgs.join(' ')}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use a plural wherever a count is shown', () => {
    // {count}, {total} or {days} in running text reads "1 Tage": such numbers go through plural.
    const bare = [...de].filter(([, text]) => /\{(count|total|days|minutes)\}/.test(text)).map(([key]) => key);
    expect(bare.filter((key) => !countsWithoutPlural.has(key))).toEqual([]);
  });

  it('are all used: every key appears in the code, literally or as a listed dynamic key', () => {
    const { literals, patterns } = keysInCode();
    const dynamic = patterns.filter((p) => dynamicPrefixes.some((prefix) => p.prefix === prefix));
    const unused = [...de.keys()].filter(
      (key) => !literals.has(key) && !dynamic.some((p) => p.regex.test(key)) && !dottedDynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('lists only dynamic prefixes the code builds keys from', () => {
    const { patterns } = keysInCode();
    expect(dynamicPrefixes.filter((prefix) => !patterns.some((p) => p.prefix === prefix))).toEqual([]);
  });
});

/**
 * Every string literal in the sources, and every template literal with placeholders as a pattern
 * (`support.action.${action}` matches support.action.<one segment>). Relative keys count below the
 * namespaces a file asks for: getTranslations('verify') + t('upload.title') is verify.upload.title.
 */
function keysInCode() {
  const literals = new Set<string>();
  const patterns: { prefix: string; regex: RegExp }[] = [];
  for (const file of sourceFiles()) {
    const source = fs.readFileSync(file, 'utf8');
    const scopes = ['', ...[...source.matchAll(/(?:getTranslations|useTranslations)\(\s*['"]([\w.]+)['"]/g)].map((m) => `${m[1]}.`)];
    for (const [, , text] of source.matchAll(/(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
      for (const scope of scopes) literals.add(scope + text);
    }
    for (const [, text] of source.matchAll(/`([^`]*)`/g)) {
      if (!text!.includes('${')) {
        for (const scope of scopes) literals.add(scope + text);
        continue;
      }
      const escaped = text!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const prefix = text!.slice(0, text!.indexOf('${'));
      for (const scope of scopes) {
        patterns.push({ prefix: scope + prefix, regex: new RegExp(`^${scope.replace(/\./g, '\\.')}${escaped.join('[^.]+')}$`) });
      }
    }
  }
  return { literals, patterns };
}

/**
 * Keys built at run time from a value, t(`dpaStatus.${status}`): the keys the template can produce
 * count as used when its prefix is listed here. A new dynamic key needs a deliberate entry.
 */
/** Dynamic keys whose value itself has dots (audit action names such as auth.sign_in): nested keys. */
const dottedDynamicPrefixes = ['audit.action.'];

const dynamicPrefixes = [
  'audit.action.', // the stored action name, e.g. audit.action.auth.sign_in (see dottedDynamicPrefixes)
  'audit.role.', // the actor's role as stored, before any ':' (token:<id>, system:<job>)
  'changeNotice.', // changeNotice.${step}.title, step: announce | withdraw
  'changeNotice.kind.',
  'changeNotice.language.',
  'changeNotice.status.',
  'dashboard.dpa.explain.',
  'dashboard.dpa.explainStaff.', // the support view of a customer's overview
  'dashboard.support.whyStaff.',
  'dashboard.next.',
  'document.contactRole.',
  'document.annex4Column.',
  'document.annexTitle.',
  'document.safeguard.',
  'document.toms.',
  'kit.callouts.',
  'lifecycle.history.status.', // an agreement's status: active | superseded | terminated
  'lifecycle.history.duties.', // the deletion/return duties: returnRequest | productionDeletion | backupDeletion
  'lifecycle.reminders.reason.', // none | outdated
  'kit.tabs.',
  'kit.tones.',
  'dpa.status.',
  'dpaStatus.',
  'legal.privacy.',
  'mail.changeNotice.kind.',
  'mail.changeNotice.safeguard.',
  'mail.versionPublished.', // mail.versionPublished.${kind}.subject, kind: dpa | toms
  'nav.role.',
  'notices.deliveries.state.',
  'objections.outcome.',
  'objections.status.',
  'privacyNotice.processing.', // privacyNotice.processing.${key}.title, key: signIn | sessions | audit | mail | calls | signing | verify
  'portalNotices.kind.',
  'portalNotices.safeguard.',
  'portalNotices.state.',
  'register.safeguard.',
  'register.status.',
  'security.webhookError.', // lib/change-notices/webhook-errors.ts: the delivery log's error class
  'support.action.',
  'support.level.',
  'support.why.',
  'supportDesk.matchedBy.',
  'supportDesk.reason.',
  'supportDesk.logAction.',
  'supportDesk.view.outcome.',
  'verify.result.status.',
  'versions.changes.state.',
  'versions.diff.',
  'versions.status.',
  'versions.', // versions.${kind}.heading, kind: dpa | toms
  'versions.lang.',
];

/** Counts whose sentence reads right for 1 too, in both languages ("Mitteilungen (1)"). */
const countsWithoutPlural = new Set<string>([
  'portalNotices.navUnread',
  'portalNotices.navUnreadLabel',
  'portalNotices.card.more',
  // A label bag the staff retry form fills in the browser; a plural once it uses useTranslations.
  'notices.deliveries.retried',
]);

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'messages', '.next', 'testing'].includes(entry.name)) walk(full);
      } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(full);
    }
  };
  for (const dir of ['app', 'lib', 'db', 'scripts']) walk(path.join(root, dir));
  return out;
}
