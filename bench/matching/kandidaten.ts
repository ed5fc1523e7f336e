import { STANDAARD_GEWICHTEN, type Hulpvraag, type Kandidaat, type MatchContext, type Tijdslot, type Weekdag } from '@app/matching';
import { prng } from './prng';

/** Seeded helpers around Haarlem for timing `score()` and `rank()` the way the API calls them. */
const CENTRUM = { lat: 52.381, lon: 4.637 };
const CATEGORIEEN = ['tuin', 'boodschappen', 'klussen', 'vervoer', 'digitaal', 'maaltijden', 'huisdieren', 'administratie'];
const VAARDIGHEDEN = ['tuinieren', 'snoeien', 'koken', 'computer', 'rijbewijs', 'boren', 'formulieren', 'honden'];
const VERVOER = ['lopen', 'fiets', 'auto', 'ov'] as const;

export function kandidaten(aantal: number, seed: number): Kandidaat[] {
  const rnd = prng(seed);
  const kies = <T>(xs: readonly T[], n: number): T[] => xs.filter(() => rnd() < n / xs.length);
  const uur = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return Array.from({ length: aantal }, (_, i): Kandidaat => {
    const slots: Tijdslot[] = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
      const van = 8 + Math.floor(rnd() * 10);
      return { dag: (1 + Math.floor(rnd() * 7)) as Weekdag, van: uur(van), tot: uur(Math.min(24, van + 2 + Math.floor(rnd() * 4))) };
    });
    const basis = {
      id: `k${String(i).padStart(5, '0')}`,
      deelnemerId: `d${i}`,
      categorieen: kies(CATEGORIEEN, 3),
      vaardigheden: kies(VAARDIGHEDEN, 3),
      locatie: { lat: CENTRUM.lat + (rnd() - 0.5) * 0.06, lon: CENTRUM.lon + (rnd() - 0.5) * 0.1 },
      maxAfstandMeter: 1000 + Math.floor(rnd() * 5000),
      vervoer: VERVOER[Math.floor(rnd() * 4)],
      beschikbaarheid: slots,
      uitzonderingen: rnd() < 0.1 ? [{ van: '2025-05-19', tot: '2025-05-30' }] : [],
      capaciteit: { maxActieveMatches: 3, actieveMatches: Math.floor(rnd() * 4), maxUrenPerWeek: 8, urenDezeWeek: Math.floor(rnd() * 6) },
      vog: rnd() < 0.5 ? { geldigTot: '2027-01-01' } : null,
      talen: rnd() < 0.2 ? ['nl', 'tr'] : ['nl'],
      recenteMatches: Math.floor(rnd() * 5),
      eerderGeholpen: rnd() < 0.05 ? [{ bewonerId: 'b1', positief: true }] : [],
      betrouwbaarheid: { noShows: Math.floor(rnd() * 2), lateAnnuleringen: Math.floor(rnd() * 2), afgerond: Math.floor(rnd() * 20) },
      geblokkeerdeBewoners: [],
    };
    return rnd() < 0.2 ? { ...basis, soort: 'wijkservice', grenzen: { geenFysiekZwaarWerk: rnd() < 0.5 } } : { ...basis, soort: 'vrijwilliger' };
  });
}

export function hulpvraag(venster: Hulpvraag['venster']): Hulpvraag {
  return {
    id: 'h1',
    gemeenteId: 'haarlem',
    bewonerId: 'b1',
    categorie: 'tuin',
    vereisteVaardigheden: ['tuinieren'],
    gewensteVaardigheden: ['snoeien'],
    locatie: CENTRUM,
    venster,
    duurMinuten: 120,
    vogVereist: false,
    talen: ['nl'],
    taalVereist: false,
    fysiekZwaar: true,
    urgentie: 'normaal',
  };
}

export const context: MatchContext = {
  nu: new Date('2025-05-01T08:00:00Z'),
  gewichten: STANDAARD_GEWICHTEN,
  wijkserviceCategorieen: ['tuin', 'boodschappen', 'maaltijden'],
  betaaldWerkCategorieen: ['klussen'],
  gerelateerdeVaardigheden: { tuinieren: ['snoeien'], koken: ['maaltijden'] },
  horizonDagen: 90,
};
