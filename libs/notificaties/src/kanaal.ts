import type { Kanaal } from './kanalen';
import type { SjabloonNaam, Taal, Tekst } from './sjablonen';

/** Who a message is for, with only what the channels need. */
export interface Ontvanger {
  gemeenteId: string;
  deelnemerId: string | null;
  accountId: string | null;
  voornaam: string | null;
  email: string | null;
  telefoon: string | null;
  taal: Taal;
  wijkCode: string | null;
  /** For letters: street, number, postcode; absent when unknown. */
  adres: string | null;
}

/** One message on one channel. `sleutel` is unique per event, recipient and channel: the idempotency key. */
export interface Bezorging {
  sleutel: string;
  sjabloon: SjabloonNaam;
  tekst: Tekst;
  ontvanger: Ontvanger;
  matchId: string | null;
  hulpvraagId: string | null;
  /** A task key when an existing makelaar task already covers this call (so it is not asked twice). */
  taakSleutel?: string;
  link?: string;
  /** Printed on letters: who to call to ask or to cancel. */
  makelaarTelefoon?: string | null;
}

export type Bezorgstatus = 'queued' | 'uitgesteld' | 'sent' | 'delivered' | 'failed';

export interface Verzonden {
  /** `sent`: handed over; `delivered`: known to have arrived; `queued`: waits for a batch (letters). */
  status: 'sent' | 'delivered' | 'queued';
  externId?: string;
  /** Kept with the record until a batch uses it (the text of a letter). */
  inhoud?: Record<string, unknown>;
}

/** A channel. Throw `KanaalOnbereikbaar` when retrying cannot help; any other error is retried with backoff. */
export interface KanaalAfzender {
  readonly kanaal: Kanaal;
  verstuur(b: Bezorging): Promise<Verzonden>;
}

/** Retrying will not help (no provider configured, no address): go to the next channel at once. */
export class KanaalOnbereikbaar extends Error {
  override readonly name = 'KanaalOnbereikbaar';
}
