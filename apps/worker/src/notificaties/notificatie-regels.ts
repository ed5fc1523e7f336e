import type { JobPayloads, JobName } from '@app/jobs';
import type { SjabloonNaam } from '@app/notificaties';

export type OntvangerRol = JobPayloads[JobName.Notificeer]['rol'];

export interface NotificatieRegel {
  sjabloon: SjabloonNaam;
  rollen: OntvangerRol[];
  /** An existing makelaar task that already says this on the phone (created with the state change). */
  taakSleutel?: Partial<Record<OntvangerRol, (aggregateId: string) => string>>;
}

/** Which domain events are told to whom, with which template. Everything else is not a message to a person. */
export const NOTIFICATIE_REGELS: Record<string, NotificatieRegel> = {
  'match.aangeboden': { sjabloon: 'aanbod-nieuw', rollen: ['helper'] },
  'match.geaccepteerd': { sjabloon: 'helper-gevonden', rollen: ['bewoner'], taakSleutel: { bewoner: (id) => `bel-bewoner:${id}` } },
  'match.bevestigd': { sjabloon: 'match-bevestigd', rollen: ['helper'] },
  'match.geannuleerd': { sjabloon: 'match-geannuleerd', rollen: ['bewoner', 'helper'] },
  'match.herinnering': { sjabloon: 'herinnering', rollen: ['bewoner', 'helper'] },
  'match.uitkomst-gevraagd': { sjabloon: 'uitkomst-gevraagd', rollen: ['bewoner', 'helper'], taakSleutel: { bewoner: (id) => `opvolging:${id}` } },
  'hulpvraag.verloopt-binnenkort': { sjabloon: 'hulpvraag-verloopt', rollen: ['bewoner'] },
  'account.wachtwoord-herstel': { sjabloon: 'wachtwoord-herstel', rollen: ['account'] },
  'signalering.gesloten': { sjabloon: 'signalering-opgepakt', rollen: ['melder'] },
};

/** Events pushed live to the parties' and the wijk's sockets. New tasks are pushed by the api (LISTEN taken). */
export const REALTIME_EVENTS = new Set(['match.aangeboden', 'match.geaccepteerd', 'match.afgewezen']);
