import { Problem } from '@app/common';
import { kwartaal, leesVerzoek, maanden } from './verzoek';

const veld = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof Problem && e.getStatus() === 422 ? (e.extensions.errors?.[0]?.field ?? 'zonder veld') : 'andere fout';
  }
  return undefined;
};

describe('kerncijfers request', () => {
  const nu = new Date('2025-06-15T10:00:00Z');

  it('defaults to this year up to today, without grouping', () => {
    expect(leesVerzoek({}, nu)).toEqual({ periode: { van: '2025-01-01', tot: '2025-06-15' }, filters: {}, groepeer: 'none' });
  });

  it('names the field of each refusal', () => {
    expect(veld(() => leesVerzoek({ van: '2025-07-01', tot: '2025-06-01' }, nu))).toBe('van');
    expect(veld(() => leesVerzoek({ tot: '2025-13-01' }, nu))).toBe('tot');
    expect(veld(() => leesVerzoek({ van: '2015-01-01', tot: '2025-01-01' }, nu))).toBe('tot');
    expect(veld(() => leesVerzoek({ groepeer: 'buurt' }, nu))).toBe('groepeer');
    expect(veld(() => kwartaal('2025', '0'))).toBe('kwartaal');
    expect(veld(() => kwartaal('twintig', '1'))).toBe('jaar');
  });

  it('turns a quarter into its days and a period into its months', () => {
    expect(kwartaal('2024', '1')).toMatchObject({ van: '2024-01-01', tot: '2024-03-31' });
    expect(kwartaal('2025', '4')).toMatchObject({ van: '2025-10-01', tot: '2025-12-31' });
    expect(maanden({ van: '2024-11-20', tot: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
