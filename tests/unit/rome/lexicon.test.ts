import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { decodeLexicon } from '../../../utils/rome/lexicon';
import { searchAppellations } from '../../../utils/rome/search';

const lexicon = loadLexicon();
const V3_FILE = '../shared/data/rome/metiers-rome-v3.json';

describe('ROME lexicon', () => {
  it('holds every fiche and appellation of ROME 4.0 v460', () => {
    expect(lexicon.fiches).toHaveLength(1584);
    expect(lexicon.appellations).toHaveLength(13120);
    expect(new Set(lexicon.fiches.map((fiche) => fiche.parent)).size).toBe(532);
  });

  it('gives the D1102 family both boulanger and boulangere', () => {
    const forms = lexicon.titleFormsForRome('D1102');
    expect(forms).toContain('boulanger');
    expect(forms).toContain('boulangere');
    expect(lexicon.fiche('D1102')?.label).toBe('Boulanger / Boulangère');
  });

  it('decodes real labels and splits their genders with shared tails', () => {
    const asem = lexicon.appellations.find((a) =>
      a.label.startsWith('Agent spécialisé / Agente spécialisée'),
    );
    expect(asem?.forms).toEqual([
      'agent specialise des ecoles maternelles asem',
      'agente specialisee des ecoles maternelles asem',
    ]);
    expect(asem?.shortLabel).toBe('Agent(e) spécialisée des écoles maternelles (ASEM)');
  });

  it('spells out the bracketed endings of its labels: no form holds a bracket or a lone ending', () => {
    const laveur = lexicon.appellations.find((a) => a.code === '16168');
    expect(laveur?.label).toBe('Laveur / Laveuse de vitres polyvalent(e)');
    expect(laveur?.forms).toEqual(['laveur de vitres polyvalent', 'laveuse de vitres polyvalente']);
    const forms = lexicon.appellations.flatMap((a) => a.forms);
    // A lone "e" before a word is the "e-" of "e-commerce", "E-commercial", "e-learning" (matching/title.ts formTokens).
    expect(forms.filter((form) => /[()]| s( |$)|(^| )e($| [a-z]{1,2}( |$))/.test(form))).toEqual([]);
  });

  it('returns for a parent code the union of its fiches', () => {
    const fiches = lexicon.fichesOf('D1102').map((fiche) => fiche.code);
    expect(fiches.length).toBeGreaterThan(1);
    expect(fiches).toContain('D1102');
    const union = lexicon.appellations.filter((a) => a.fiche === 'D1102' || a.parent === 'D1102');
    expect(
      lexicon
        .appellationsForRome('D1102')
        .map((a) => a.code)
        .sort(),
    ).toEqual(union.map((a) => a.code).sort());
    const child = fiches.find((code) => code !== 'D1102') ?? '';
    expect(lexicon.parentOf(child)).toBe('D1102');
    expect(lexicon.appellationsForRome(child).every((a) => a.fiche === child)).toBe(true);
    expect(lexicon.parentOf('Z9999')).toBeUndefined();
  });

  it("leaves out of a parent code's family the appellations of its fiches that came from another v3 code", () => {
    // Every appellation of fiche M1621 (administrative assistants) came from v3 M1605, though the fiche
    // file puts M1621 under M1603 (Facteur, "Distribution de documents" in v3).
    expect(lexicon.parentOf('M1621')).toBe('M1603');
    const assistant = lexicon.appellation(11204);
    expect(assistant?.label).toBe('Assistant / Assistante chef de projet');
    expect(assistant?.fiche).toBe('M1621');
    expect(assistant?.parent).toBe('M1605');
    const codes = (rome: string) => new Set(lexicon.appellationsForRome(rome).map((a) => a.code));
    expect(codes('M1603').has('11204')).toBe(false);
    expect(codes('M1605').has('11204')).toBe(true);
    expect(codes('M1621').has('11204')).toBe(true);
    // The fiche that has the parent's code keeps every appellation, whatever v3 code each came from.
    const own = lexicon.appellations.filter((a) => a.fiche === 'N1301');
    expect(own.some((a) => a.parent !== 'N1301')).toBe(true);
    for (const a of own) expect(codes('N1301').has(a.code)).toBe(true);
    // The rule, for every parent code.
    for (const parent of new Set(lexicon.fiches.map((fiche) => fiche.parent))) {
      const expected = lexicon.appellations.filter((a) => a.fiche === parent || a.parent === parent);
      expect([...codes(parent)].sort(), parent).toEqual(expected.map((a) => a.code).sort());
    }
  });

  it('files under a parent code every appellation of its fiches, as ROME 4.0 groups them (near métiers)', () => {
    const filed = (parent: string) => new Set(lexicon.appellationsFiledUnder(parent).map((a) => a.code));
    expect(filed('M1603').has('11204')).toBe(true);
    for (const parent of new Set(lexicon.fiches.map((fiche) => fiche.parent))) {
      const fiches = new Set(lexicon.fichesOf(parent).map((fiche) => fiche.code));
      const expected = lexicon.appellations.filter((a) => fiches.has(a.fiche) || a.parent === parent);
      expect([...filed(parent)].sort(), parent).toEqual(expected.map((a) => a.code).sort());
    }
    const forms = lexicon.titleFormsFiledUnder('M1603');
    expect(forms).toContain('assistant chef de projet');
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('resolves every ROME v3 appellation code to an appellation of its v3 code family', () => {
    const v3 = z
      .array(z.object({ code: z.string(), appellation_code: z.string() }).loose())
      .parse(JSON.parse(readFileSync(V3_FILE, 'utf8')))
      .filter((row) => row.appellation_code !== '');
    expect(v3.length).toBeGreaterThan(11_000);
    for (const row of v3) {
      expect(lexicon.romeCodeOfAppellation(row.appellation_code), row.appellation_code).toBeDefined();
      expect(lexicon.appellation(row.appellation_code)?.parent, row.appellation_code).toBe(row.code);
      expect(lexicon.appellationsForRome(row.code).some((a) => a.code === row.appellation_code)).toBe(true);
    }
    expect(lexicon.appellation(11573)?.fiche).toBe('D1102');
  });

  it('searches appellations by prefix, whatever the accents and the gender', () => {
    const labels = searchAppellations(lexicon, 'BOULANGÈRE').map((a) => a.label);
    expect(labels[0]).toBe('Boulanger / Boulangère');
    expect(searchAppellations(lexicon, 'chef boul').some((a) => a.label.includes('Chef boulanger'))).toBe(
      true,
    );
    expect(searchAppellations(lexicon, '  ')).toEqual([]);
  });

  it("finds an English job title by its French reading, and the ROME's English names as written", () => {
    const labels = (query: string) => searchAppellations(lexicon, query, 5).map((a) => a.label);
    expect(labels('Web Developer')[0]).toBe('Développeur / Développeuse web');
    expect(labels('software engineer')[0]).toBe('Ingénieur / Ingénieure logiciel');
    expect(labels('Data Engineer')).toContain('Data engineer');
    expect(labels('Business Developer')[0]).toBe('Responsable développement / Business Developer');
  });

  it('rejects an asset of another shape', () => {
    expect(() => decodeLexicon({ format: 2 })).toThrow();
  });
});
