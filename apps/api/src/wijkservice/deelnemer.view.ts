import type { Principal } from '../auth/principal';
import { magUitkeringZien, type WijkserviceRow } from './toegang';

const dag = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : d);

/** A participant as staff (and the person) see it; the benefit status only for those who need it. */
export function wijkserviceView(w: WijkserviceRow, p: Principal) {
  return {
    deelnemerId: w.id,
    voornaam: w.voornaam,
    achternaam: w.achternaam,
    wijk: w.wijk_code,
    aanbodId: w.aanbod_id,
    afspraak: { modus: w.modus, urenPerWeek: Number(w.uren_per_week), startdatum: dag(w.startdatum), einddatum: dag(w.einddatum) },
    interesses: w.interesses,
    vaardigheden: w.vaardigheden,
    voorkeurstaken: w.voorkeurstaken,
    grenzen: {
      geenFysiekZwaarWerk: w.geen_fysiek_zwaar,
      maxReisafstandMeter: w.max_reisafstand_m,
      vervoer: w.vervoer,
      gezondheid: w.gezondheid,
    },
    ...(magUitkeringZien(p, w) ? { uitkering: w.uitkering } : {}),
    status: w.status,
    uitstroom: w.uitstroom_datum ? { datum: dag(w.uitstroom_datum), reden: w.uitstroom_reden, toelichting: w.uitstroom_toelichting } : null,
  };
}
