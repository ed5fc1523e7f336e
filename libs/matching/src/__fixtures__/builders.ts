import { STANDAARD_GEWICHTEN } from '../gewichten';
import type { Hulpvraag, Locatie, MatchContext, Vrijwilliger, WijkserviceDeelnemer } from '../types';

/** Grote Markt, Haarlem. */
export const CENTRUM: Locatie = { lat: 52.381, lon: 4.637 };
const METER_PER_GRAAD_LAT = 111_195;

/** A point `meter` due north of `vanaf`. */
export const noordVan = (vanaf: Locatie, meter: number): Locatie => ({ lat: vanaf.lat + meter / METER_PER_GRAAD_LAT, lon: vanaf.lon });

/** Tuesday 13 May 2025, 10:00–12:00 Dutch summer time: garden help near the centre. */
export function hulpvraag(over: Partial<Hulpvraag> = {}): Hulpvraag {
  return {
    id: 'h1',
    gemeenteId: 'haarlem',
    bewonerId: 'b1',
    categorie: 'tuin',
    vereisteVaardigheden: [],
    gewensteVaardigheden: [],
    locatie: CENTRUM,
    venster: { soort: 'eenmalig', start: '2025-05-13T10:00:00+02:00', eind: '2025-05-13T12:00:00+02:00' },
    duurMinuten: 120,
    vogVereist: false,
    talen: ['nl'],
    taalVereist: false,
    fysiekZwaar: false,
    urgentie: 'normaal',
    ...over,
  };
}

/** Free on Tuesday mornings, 600 m north, by bike, with room for more matches. */
export function vrijwilliger(over: Partial<Vrijwilliger> = {}): Vrijwilliger {
  return {
    soort: 'vrijwilliger',
    id: 'k1',
    deelnemerId: 'd1',
    categorieen: ['tuin', 'boodschappen'],
    vaardigheden: ['tuinieren'],
    locatie: noordVan(CENTRUM, 600),
    maxAfstandMeter: 3000,
    vervoer: 'fiets',
    beschikbaarheid: [{ dag: 2, van: '09:00', tot: '13:00' }],
    uitzonderingen: [],
    capaciteit: { maxActieveMatches: 3, actieveMatches: 0, maxUrenPerWeek: 8, urenDezeWeek: 0 },
    vog: null,
    talen: ['nl'],
    recenteMatches: 0,
    eerderGeholpen: [],
    betrouwbaarheid: { noShows: 0, lateAnnuleringen: 0, afgerond: 0 },
    geblokkeerdeBewoners: [],
    ...over,
  };
}

export function wijkserviceDeelnemer(over: Partial<WijkserviceDeelnemer> = {}): WijkserviceDeelnemer {
  return { ...vrijwilliger(), soort: 'wijkservice', grenzen: { geenFysiekZwaarWerk: false }, ...over };
}

export function context(over: Partial<MatchContext> = {}): MatchContext {
  return {
    nu: new Date('2025-05-01T08:00:00Z'),
    gewichten: STANDAARD_GEWICHTEN,
    wijkserviceCategorieen: ['tuin', 'boodschappen', 'koffie'],
    betaaldWerkCategorieen: ['schilderen'],
    gerelateerdeVaardigheden: { tuinieren: ['snoeien'] },
    horizonDagen: 90,
    labels: { tuin: 'de tuin', tuinieren: 'tuinieren', snoeien: 'snoeien', schilderen: 'schilderen', koffie: 'koffie schenken' },
    ...over,
  };
}
