import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentText } from '@/lib/dpa/consent-text';
import { PROFESSIONAL_SECRECY_CLAUSE } from '@/lib/dpa/professional-secrecy-clause';
import { dpaTemplateV1, dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { tomsV1, tomsV2 } from '@/scripts/demo-seed/texts/toms';
import { glossary } from './glossary';

// One term per concept (lib/i18n/glossary.ts): no forbidden synonym in the catalogues (UI, mails,
// PDF labels), the sample DPA and TOMs texts or the consent text, in either language.

type Text = { where: string; lang: 'de' | 'en'; text: string };

function strings(value: unknown, where: string, lang: 'de' | 'en', out: Text[]) {
  if (typeof value === 'string') out.push({ where, lang, text: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, lang, out);
}

function corpus(): Text[] {
  const out: Text[] = [];
  for (const lang of ['de', 'en'] as const) {
    const dir = path.join(__dirname, 'messages', lang);
    for (const file of fs.readdirSync(dir)) strings(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), `${lang}/${file}`, lang, out);
    out.push({ where: `consent text (${lang})`, lang, text: consentText(lang, { legalName: 'Muster GmbH', version: 2 }) });
    out.push({ where: `professional-secrecy clause (${lang})`, lang, text: PROFESSIONAL_SECRECY_CLAUSE[lang] });
  }
  for (const [i, t] of [dpaTemplateV1, dpaTemplateV2].entries()) {
    for (const lang of ['de', 'en'] as const) {
      strings([t.title[lang], t.body[lang], t.changeSummary[lang]], `DPA sample ${i + 1}`, lang, out);
    }
  }
  for (const [name, toms] of Object.entries({ tomsV1, tomsV2 })) {
    for (const [section, measures] of Object.entries(toms.sections)) {
      measures.forEach((m, i) => {
        out.push({ where: `${name}.${section}[${i}]`, lang: 'de', text: m.de });
        out.push({ where: `${name}.${section}[${i}]`, lang: 'en', text: m.en });
      });
    }
  }
  return out;
}

describe('glossary', () => {
  const texts = corpus();

  it('reads the catalogues and the sample texts', () => {
    expect(texts.filter((t) => t.where.startsWith('professional-secrecy clause')).length).toBe(2);
    expect(texts.filter((t) => t.where.startsWith('DPA sample')).length).toBeGreaterThan(1);
    expect(texts.filter((t) => t.where.startsWith('tomsV2')).length).toBeGreaterThan(10);
  });

  for (const entry of glossary) {
    it(`uses "${entry.de}" / "${entry.en}" for ${entry.concept}`, () => {
      const found: string[] = [];
      for (const t of texts) {
        let text = t.text;
        for (const exception of entry.exceptions ?? []) text = text.split(exception).join('');
        for (const word of entry.forbidden[t.lang]) {
          const match = word.exec(text);
          if (match) found.push(`${t.where}: "${match[0]}" in …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
        }
      }
      expect(found).toEqual([]);
    });
  }

  it('says the TOMs are a sample, and does not call IP truncation pseudonymisation', () => {
    for (const toms of [tomsV1, tomsV2]) {
      const all = Object.values(toms.sections).flat();
      expect(all.some((m) => m.de.includes('Mustertext') && m.en.includes('sample'))).toBe(true);
      for (const m of all.filter((x) => /gekürzt|Kürzung/.test(x.de))) {
        expect(m.de).not.toMatch(/Pseudonym/);
        expect(m.en).not.toMatch(/[Pp]seudonym/);
      }
    }
  });
});
