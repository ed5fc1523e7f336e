export interface DeelnemerRow {
  id: string;
  gemeente_id: string;
  rollen: string[];
  voornaam: string | null;
  achternaam: string | null;
  telefoon: string | null;
  email: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  wijk_code: string | null;
  buurt_code: string | null;
  lat: number | null;
  lon: number | null;
  locatie_bron: string;
  geboortedatum: string | Date | null;
  talen: string[];
  mobiliteit: string[];
  contact_voorkeur: string;
  vog_status: string;
  vog_datum: string | Date | null;
  offline: boolean;
  notities: string | null;
  instroom_datum: Date;
  instroom_reden: string | null;
  levensdomein: string | null;
  uitstroom_datum: Date | null;
  uitstroom_reden: string | null;
  aangemaakt_door: string | null;
  gepseudonimiseerd_op: Date | null;
  created_at: Date;
  updated_at: Date;
}

export type DeelnemerView = ReturnType<typeof deelnemerView>;

const day = (d: string | Date | null) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : d);

/** The person's file as the person and staff see it; staff-only notes only for staff. */
export function deelnemerView(d: DeelnemerRow, staff: boolean) {
  return {
    id: d.id,
    rollen: d.rollen,
    voornaam: d.voornaam,
    achternaam: d.achternaam,
    telefoon: d.telefoon,
    email: d.email,
    adres: { straat: d.straat, huisnummer: d.huisnummer, postcode: d.postcode },
    wijk: d.wijk_code,
    buurt: d.buurt_code,
    locatie: d.lat === null || d.lon === null ? null : { lat: d.lat, lon: d.lon, bron: d.locatie_bron },
    geboortedatum: day(d.geboortedatum),
    talen: d.talen,
    mobiliteit: d.mobiliteit,
    contactVoorkeur: d.contact_voorkeur,
    vog: { status: d.vog_status, datum: day(d.vog_datum) },
    offline: d.offline,
    instroom: { datum: day(d.instroom_datum), reden: d.instroom_reden, levensdomein: d.levensdomein },
    uitstroom: d.uitstroom_datum ? { datum: day(d.uitstroom_datum), reden: d.uitstroom_reden } : null,
    verwijderd: d.gepseudonimiseerd_op !== null,
    ...(staff ? { notities: d.notities } : {}),
    aangemaaktOp: d.created_at.toISOString(),
  };
}
