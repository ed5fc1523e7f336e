import { besluit, type Bezwaren, type Paar } from './regels';

const VERDRINGING = { code: 'WIJKSERVICE_VERDRINGING' as const, zin: 'tuinonderhoud is normaal betaald werk en gaat niet via Wijkservice' };
const GRENS = { code: 'WIJKSERVICE_GRENS' as const, zin: 'doet volgens de Wijkservice-afspraak geen fysiek zwaar werk' };
const paar = (over: Partial<Paar> = {}): Paar => ({ hulpvraagId: 'h', aanbodId: 'a', via: 'makelaar', cascade: false, ...over });
const b = (over: Partial<Bezwaren> = {}): Bezwaren => ({ wijkservice: true, regels: [], bovenAfspraak: false, ...over });

describe('Wijkservice decision on a proposed pair', () => {
  it('leaves volunteers and rule-abiding pairs alone', () => {
    expect(besluit(true, paar(), b({ wijkservice: false, regels: [VERDRINGING] }))).toEqual({});
    expect(besluit(true, paar(), b())).toEqual({});
  });

  it('refuses paid work with the rule named, and lets a makelaar override only with a long enough reason', () => {
    expect(besluit(true, paar(), b({ regels: [VERDRINGING] })).weigering?.extensions).toMatchObject({ regels: ['WIJKSERVICE_VERDRINGING'] });
    expect(besluit(true, paar({ overrideReden: 'kort' }), b({ regels: [VERDRINGING] })).weigering?.getStatus()).toBe(409);
    expect(besluit(true, paar({ overrideReden: 'geen hovenier te vinden' }), b({ regels: [VERDRINGING] }))).toEqual({ override: [VERDRINGING] });
  });

  it('never overrides the participant’s own limits, in a cascade, or on a self-made match', () => {
    const reden = 'geen hovenier te vinden';
    expect(besluit(true, paar({ overrideReden: reden }), b({ regels: [VERDRINGING, GRENS] })).weigering?.code).toBe('regel-overtreden');
    expect(besluit(true, paar({ overrideReden: reden, cascade: true }), b({ regels: [VERDRINGING] })).weigering?.code).toBe('regel-overtreden');
    expect(besluit(true, paar({ overrideReden: reden, via: 'zelf' }), b({ regels: [VERDRINGING] })).weigering?.code).toBe('regel-overtreden');
  });

  it('answers 422 beyond the agreed hours, and tells residents nothing that reveals Wijkservice', () => {
    expect(besluit(true, paar(), b({ bovenAfspraak: true })).weigering?.getStatus()).toBe(422);
    const resident = besluit(false, paar({ via: 'zelf' }), b({ regels: [VERDRINGING] })).weigering!;
    expect(resident.code).toBe('helper-past-niet');
    expect(JSON.stringify(resident.body())).not.toMatch(/wijkservice|betaald|uitkering/i);
  });
});
