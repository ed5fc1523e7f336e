import { DEELGRONDSLAGEN, ESCALATIE_PARTNER_LABELS, signaleringMachine } from './signalering';
import { apply } from './state-machine';

describe('signalering lifecycle', () => {
  it('is triaged, then picked up or escalated, then closed', () => {
    expect(apply(signaleringMachine, 'ontvangen', 'in-behandeling-nemen')).toMatchObject({ ok: true, to: 'in-behandeling' });
    expect(apply(signaleringMachine, 'in-behandeling', 'oppakken')).toMatchObject({ ok: true, to: 'opgepakt' });
    expect(apply(signaleringMachine, 'in-behandeling', 'doorzetten', { partner: 'wijkteam', grondslag: 'toestemming' })).toMatchObject({
      ok: true,
      to: 'doorgezet',
    });
    expect(apply(signaleringMachine, 'doorgezet', 'sluiten', { toelichting: 'wijkteam heeft contact gehad' })).toMatchObject({ ok: true, to: 'gesloten' });
  });

  it('skips triage only when urgent', () => {
    const zetDoor = { partner: 'veilig-thuis', grondslag: 'wettelijke-grondslag' } as const;
    expect(apply(signaleringMachine, 'ontvangen', 'doorzetten', zetDoor)).toMatchObject({ ok: false, error: { code: 'niet-urgent' } });
    expect(apply(signaleringMachine, 'ontvangen', 'doorzetten', { ...zetDoor, urgent: true })).toMatchObject({ ok: true, to: 'doorgezet' });
  });

  it('records partner and legal basis for sharing', () => {
    expect(apply(signaleringMachine, 'opgepakt', 'doorzetten', { partner: 'politie' as never, grondslag: 'toestemming' })).toMatchObject({
      error: { code: 'partner-ongeldig' },
    });
    expect(apply(signaleringMachine, 'opgepakt', 'doorzetten', { partner: 'wijkteam', grondslag: 'vermoeden' as never })).toMatchObject({
      error: { code: 'grondslag-ongeldig' },
    });
    expect(apply(signaleringMachine, 'opgepakt', 'doorzetten', { partner: 'wijkteam', grondslag: 'acuut-gevaar' })).toMatchObject({
      error: { code: 'acuut-gevaar-niet-urgent' },
    });
    expect(DEELGRONDSLAGEN).toEqual(['toestemming', 'wettelijke-grondslag', 'acuut-gevaar']);
    expect(ESCALATIE_PARTNER_LABELS['meldpunt-zorg-en-overlast']).toBe('Meldpunt Zorg en Overlast');
  });

  it('needs a note to close and cannot close an untriaged signalering', () => {
    expect(apply(signaleringMachine, 'opgepakt', 'sluiten', { toelichting: '' })).toMatchObject({ ok: false, kind: 'rejected' });
    expect(apply(signaleringMachine, 'ontvangen', 'sluiten', { toelichting: 'x' })).toMatchObject({ ok: false, kind: 'invalid-transition' });
  });
});
