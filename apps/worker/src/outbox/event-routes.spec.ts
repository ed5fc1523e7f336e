import { JobName } from '@app/jobs';
import { jobsForEvent } from './event-routes';

describe('jobs for a confirmed match', () => {
  const eerste = new Date('2026-03-10T10:00:00Z');
  const opvolging = (payload: Record<string, unknown>) =>
    jobsForEvent({ id: '1', type: 'match.bevestigd', aggregateId: 'm1', payload: { eersteDatum: eerste.toISOString(), ...payload } }).find(
      (j) => j.name === JobName.Opvolging,
    )?.at;

  it('asks "is de hulp gebeurd?" the gemeente\'s opvolgingDagen after the first date, one day without it', () => {
    expect(opvolging({ opvolgingDagen: 3 })).toEqual(new Date('2026-03-13T10:00:00Z'));
    expect(opvolging({})).toEqual(new Date('2026-03-11T10:00:00Z'));
  });
});
