import { isKeuze } from './keuzelijst';
import * as lijsten from './keuzelijsten';

describe('keuzelijsten', () => {
  const paren = [
    [lijsten.INSTROOMREDENEN, lijsten.INSTROOMREDEN_LABELS],
    [lijsten.LEVENSDOMEINEN, lijsten.LEVENSDOMEIN_LABELS],
    [lijsten.UITSTROOMREDENEN, lijsten.UITSTROOMREDEN_LABELS],
    [lijsten.CONTACTKANALEN, lijsten.CONTACTKANAAL_LABELS],
    [lijsten.INTAKEKANALEN, lijsten.INTAKEKANAAL_LABELS],
    [lijsten.TOESTEMMINGSDOELEN, lijsten.TOESTEMMINGSDOEL_LABELS],
  ] as const;

  it.each(paren.map(([codes, labels]) => [codes.join(','), codes, labels] as const))(
    '%s: frozen, unique kebab-case codes, each with a label',
    (_n, codes, labels) => {
      expect(Object.isFrozen(codes)).toBe(true);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of codes) {
        expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect((labels as Record<string, string>)[c]).toMatch(/^\S/);
      }
    },
  );

  it('has the tender lists', () => {
    expect(lijsten.LEVENSDOMEINEN).toEqual([
      'wonen',
      'gezondheid',
      'financien',
      'sociaal-netwerk',
      'dagbesteding',
      'mobiliteit',
      'huishouden',
      'digitale-vaardigheden',
      'mantelzorg',
    ]);
    expect(lijsten.UITSTROOMREDENEN).toEqual([
      'doel-bereikt',
      'verhuisd',
      'overleden',
      'naar-professionele-hulp',
      'geen-contact-meer',
      'werk',
      'opleiding',
      'zorg',
      'anders',
    ]);
    expect(lijsten.CONTACTKANALEN).toEqual(['app', 'email', 'sms', 'telefoon', 'post', 'via-makelaar']);
    expect(lijsten.INTAKEKANALEN).toEqual(['web', 'telefoon', 'balie', 'prikbord', 'namens-iemand', 'doorverwijzing']);
    expect(lijsten.TOESTEMMINGSDOELEN).toEqual([
      'matching',
      'contact-met-helper',
      'delen-met-partner',
      'nieuwsbrief',
      'wijkservice-verklaring',
      'monitoring-anoniem',
    ]);
  });

  it('isKeuze guards untrusted input', () => {
    expect(isKeuze(lijsten.CONTACTKANALEN, 'sms')).toBe(true);
    expect(isKeuze(lijsten.CONTACTKANALEN, 'fax')).toBe(false);
    expect(isKeuze(lijsten.CONTACTKANALEN, 1)).toBe(false);
    expect(isKeuze(lijsten.CONTACTKANALEN, undefined)).toBe(false);
  });
});
