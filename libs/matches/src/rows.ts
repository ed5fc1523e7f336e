import type { HulpvraagStatus } from '@app/domain';

/** A hulpvragen row as the api and the worker read it. */
export interface HulpvraagRow {
  id: string;
  gemeente_id: string;
  referentie: string;
  deelnemer_id: string;
  ingevoerd_door: string | null;
  kanaal: string;
  namens: Record<string, unknown> | null;
  categorie: string;
  titel: string;
  omschrijving: string;
  wijk_code: string;
  lat: number;
  lon: number;
  venster_soort: 'eenmalig' | 'flexibel' | 'terugkerend';
  venster_start: Date;
  venster_eind: Date | null;
  rrule: string | null;
  duur_minuten: number;
  urgentie: string;
  eisen: Record<string, unknown>;
  status: HulpvraagStatus;
  status_reden: string | null;
  status_toelichting: string | null;
  eerste_contact_op: Date | null;
  gematcht_op: Date | null;
  created_at: Date;
  updated_at: Date;
}
