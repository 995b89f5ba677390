// One term per concept, in both languages (issue 13 item 6). Contract texts, UI catalogues, mails
// and the PDF use the term; the synonyms listed are not used for the concept. glossary.test.ts
// scans the catalogues and the sample texts and fails on a forbidden synonym.
//
// An exception names the exact phrase where the word means something else (the data subject's
// right to object under Art. 21 GDPR is a "Widerspruch"; "bei Widersprüchen" means conflicts).

export type GlossaryEntry = {
  concept: string;
  de: string;
  en: string;
  /** Words (regular expressions, matched case-sensitively) not to be used for the concept. */
  forbidden: { de: RegExp[]; en: RegExp[] };
  /** Phrases in which a forbidden word is correct, because it names something else. */
  exceptions?: string[];
};

export const glossary: GlossaryEntry[] = [
  {
    concept: "the customer's objection to a subprocessor change (Art. 28(2) GDPR: 'Einspruch erheben')",
    de: 'Einspruch',
    en: 'objection',
    forbidden: { de: [/Widerspruch/, /Widersprüch/, /widersprech/i], en: [] },
    exceptions: ['Datenübertragbarkeit und Widerspruch', 'Bei Widersprüchen', 'Widerspruch eines Anrufers', 'Widerspruch gegen Verarbeitungen'],
  },
  {
    concept: 'a person who may sign for the organisation',
    de: 'Unterzeichnungsberechtigte (unterzeichnungsberechtigt)',
    en: 'signatory',
    forbidden: { de: [/(?<![Uu]nter)[Zz]eichnungsberechtigt/], en: [/authori[sz]ed signer/i] },
  },
  {
    concept: "the signer's role in the organisation",
    de: 'Funktion',
    en: 'position',
    forbidden: { de: [/\bPosition\b/], en: [] },
  },
  {
    concept: 'a published, immutable text of the DPA or the TOMs',
    de: 'Fassung',
    en: 'version',
    forbidden: { de: [/\bVersion(en)?\b/, /Vertragsversion/], en: [] },
  },
  {
    concept: 'the form of conclusion (Art. 28(9) GDPR; text form, § 126b BGB, not the qualified electronic form of § 126a BGB)',
    de: 'in einem elektronischen Format (Textform)',
    en: 'in an electronic format (text form)',
    forbidden: { de: [/elektronischer Form\b/], en: [/\belectronic form\b/] },
  },
  {
    concept: 'shortening IP addresses (data minimisation, not pseudonymisation within Art. 4(5) GDPR)',
    de: 'Kürzung',
    en: 'truncation',
    forbidden: { de: [], en: [] },
  },
];
