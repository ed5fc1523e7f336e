import type { MatchRow } from '@app/matches';
import type { HulpvraagRow } from '@app/matches';
import { wanneerTekst } from '../marktplaats/venster';

export type Rol = 'makelaar' | 'helper' | 'hulpvrager';

const NA_ACCEPTATIE = new Set(['geaccepteerd', 'bevestigd', 'actief', 'afgerond']);

interface Persoon {
  voornaam: string | null;
  achternaam?: string | null;
  telefoon: string | null;
  straat?: string | null;
  huisnummer?: string | null;
  postcode?: string | null;
}

/**
 * What each side sees. Exact address and phone go to the helper only once they accepted; the resident sees the
 * helper's first name (and phone after acceptance); the makelaar sees everything. Wijkservice status never shows.
 */
export function matchView(
  m: MatchRow,
  h: HulpvraagRow,
  bewoner: Persoon,
  helper: Persoon,
  keren: { id: string; datum: Date; status: string; uren: string | null }[],
  rol: Rol,
) {
  const open = rol === 'makelaar' || NA_ACCEPTATIE.has(m.status);
  return {
    id: m.id,
    status: m.status,
    gemaaktVia: m.gemaakt_via,
    hulpvraag: {
      id: h.id,
      referentie: h.referentie,
      titel: h.titel,
      categorie: h.categorie,
      wanneer: wanneerTekst({ soort: h.venster_soort, start: h.venster_start, eind: h.venster_eind, rrule: h.rrule }),
      wijk: h.wijk_code,
    },
    bewoner: {
      voornaam: bewoner.voornaam,
      ...(open && rol !== 'hulpvrager'
        ? {
            achternaam: bewoner.achternaam,
            telefoon: bewoner.telefoon,
            adres: [bewoner.straat, bewoner.huisnummer, bewoner.postcode].filter(Boolean).join(' ') || null,
          }
        : {}),
    },
    helper: { voornaam: helper.voornaam, ...(open && rol !== 'helper' ? { telefoon: helper.telefoon } : {}) },
    score: m.score === null ? null : Number(m.score),
    redenen: m.redenen,
    cascade: m.cascade_id ? { id: m.cascade_id, positie: m.cascade_positie } : null,
    verlooptOp: m.verloopt_op?.toISOString() ?? null,
    geaccepteerdOp: m.geaccepteerd_op?.toISOString() ?? null,
    keren: keren.map((k) => ({ id: k.id, datum: new Date(k.datum).toISOString(), status: k.status, uren: k.uren === null ? null : Number(k.uren) })),
    volgendeDatum: keren.find((k) => k.status === 'gepland' && new Date(k.datum) > new Date())?.datum ?? null,
  };
}
