import { HULPVRAAG_STATUSSEN, hulpvraagMachine, REDEN_DOORVERWIJZEN_LABELS, REDENEN_DOORVERWIJZEN, REDENEN_INTREKKEN } from './hulpvraag';
import { allowedActions, apply } from './state-machine';

describe('hulpvraag lifecycle', () => {
  it('follows the happy path concept → open → gematcht → afgerond', () => {
    expect(apply(hulpvraagMachine, 'concept', 'publiceren')).toMatchObject({ ok: true, to: 'open' });
    expect(apply(hulpvraagMachine, 'open', 'matchen')).toMatchObject({ ok: true, to: 'gematcht' });
    expect(apply(hulpvraagMachine, 'gematcht', 'afronden')).toMatchObject({ ok: true, to: 'afgerond' });
  });

  it('goes back to open when the match is cancelled', () => {
    expect(apply(hulpvraagMachine, 'gematcht', 'heropenen')).toMatchObject({ ok: true, to: 'open' });
  });

  it('refuses to match a concept and tells what is allowed', () => {
    expect(apply(hulpvraagMachine, 'concept', 'matchen')).toEqual({
      ok: false,
      kind: 'invalid-transition',
      current: 'concept',
      action: 'matchen',
      allowed: ['publiceren', 'intrekken', 'doorverwijzen'],
    });
  });

  it('needs a listed reason to withdraw, and a toelichting for "anders"', () => {
    expect(apply(hulpvraagMachine, 'open', 'intrekken', { reden: 'zelf-opgelost' })).toMatchObject({ ok: true, to: 'ingetrokken' });
    const zonder = apply(hulpvraagMachine, 'open', 'intrekken', undefined as never);
    expect(zonder).toMatchObject({ ok: false, kind: 'rejected', error: { code: 'reden-ongeldig' } });
    expect(apply(hulpvraagMachine, 'open', 'intrekken', { reden: 'wijkteam' as never })).toMatchObject({ ok: false, kind: 'rejected' });
    expect(apply(hulpvraagMachine, 'open', 'intrekken', { reden: 'anders' })).toMatchObject({ ok: false, error: { code: 'toelichting-verplicht' } });
    expect(apply(hulpvraagMachine, 'open', 'intrekken', { reden: 'anders', toelichting: '  ' })).toMatchObject({ ok: false });
    expect(apply(hulpvraagMachine, 'open', 'intrekken', { reden: 'anders', toelichting: 'verhuisd' })).toMatchObject({ ok: true });
  });

  it('refers only from concept or open, with a reason from the referral list', () => {
    expect(apply(hulpvraagMachine, 'concept', 'doorverwijzen', { reden: 'schuldhulp' })).toMatchObject({ ok: true, to: 'doorverwezen' });
    expect(apply(hulpvraagMachine, 'gematcht', 'doorverwijzen', { reden: 'wijkteam' })).toMatchObject({ ok: false, kind: 'invalid-transition' });
    expect(apply(hulpvraagMachine, 'open', 'doorverwijzen', { reden: 'zelf-opgelost' as never })).toMatchObject({ ok: false, kind: 'rejected' });
  });

  it('only lets open requests expire', () => {
    expect(allowedActions(hulpvraagMachine, 'open')).toContain('laten-verlopen');
    for (const s of HULPVRAAG_STATUSSEN.filter((x) => x !== 'open')) expect(allowedActions(hulpvraagMachine, s)).not.toContain('laten-verlopen');
  });

  it('publishes the standard reason lists with Dutch labels', () => {
    expect(REDENEN_INTREKKEN).toEqual(['zelf-opgelost', 'eigen-netwerk', 'niet-meer-nodig', 'anders']);
    expect(REDENEN_DOORVERWIJZEN).toHaveLength(6);
    expect(REDEN_DOORVERWIJZEN_LABELS['past-niet-bij-burenhulp']).toBe('Past niet bij burenhulp');
    expect(Object.isFrozen(REDENEN_INTREKKEN)).toBe(true);
  });
});
