// The help categories. The server's list (GET /api/v1/categorieen) wins; this copy lets the forms work at once
// and when the list cannot be loaded. `uitleg` is a B1 hint shown under the choice.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Categorie } from '../api/types';

export interface CategorieInfo extends Categorie {
  uitleg: string;
}

export const CATEGORIEEN: CategorieInfo[] = [
  {
    code: 'klussen',
    naam: 'Klussen in en om huis',
    pictogram: 'klussen',
    vogVereist: false,
    wijkserviceOpen: true,
    uitleg: 'Een lamp ophangen, een kastje in elkaar zetten.',
  },
  { code: 'tuin', naam: 'Tuin', pictogram: 'tuin', vogVereist: false, wijkserviceOpen: true, uitleg: 'Gras maaien, onkruid weghalen, snoeien.' },
  {
    code: 'digitale-hulp',
    naam: 'Computer en telefoon',
    pictogram: 'digitale-hulp',
    vogVereist: false,
    wijkserviceOpen: false,
    uitleg: 'Hulp met uw telefoon, computer of DigiD.',
  },
  {
    code: 'boodschappen',
    naam: 'Boodschappen',
    pictogram: 'boodschappen',
    vogVereist: false,
    wijkserviceOpen: true,
    uitleg: 'Samen boodschappen doen, of ze voor u halen.',
  },
  { code: 'huisdieren', naam: 'Huisdieren', pictogram: 'huisdieren', vogVereist: false, wijkserviceOpen: true, uitleg: 'De hond uitlaten, de kat eten geven.' },
  { code: 'maaltijden', naam: 'Maaltijden', pictogram: 'maaltijden', vogVereist: false, wijkserviceOpen: false, uitleg: 'Samen koken of samen eten.' },
  { code: 'vervoer', naam: 'Vervoer', pictogram: 'vervoer', vogVereist: false, wijkserviceOpen: true, uitleg: 'Meerijden naar de dokter of het ziekenhuis.' },
  {
    code: 'administratie',
    naam: 'Post en formulieren',
    pictogram: 'administratie',
    vogVereist: true,
    wijkserviceOpen: false,
    uitleg: 'Brieven lezen, formulieren invullen.',
  },
  {
    code: 'gezelschap',
    naam: 'Gezelschap',
    pictogram: 'gezelschap',
    vogVereist: true,
    wijkserviceOpen: false,
    uitleg: 'Een praatje, samen wandelen of koffie drinken.',
  },
  {
    code: 'respijt-mantelzorg',
    naam: 'Even vrij voor mantelzorgers',
    pictogram: 'respijt-mantelzorg',
    vogVereist: true,
    wijkserviceOpen: false,
    uitleg: 'Iemand past even op, zodat u als mantelzorger vrij bent.',
  },
];

const EXTRA_UITLEG: Record<string, string> = {
  voorlezen: 'Iemand leest u voor: de krant, een boek of een brief.',
  huishouden: 'Kleine dingen in huis, zoals de was ophangen of opruimen.',
  'tuinonderhoud-groot': 'Bomen snoeien of een tuin opnieuw aanleggen. Vaak is een hovenier beter.',
};
const hint = (code: string) => CATEGORIEEN.find((c) => c.code === code)?.uitleg ?? EXTRA_UITLEG[code] ?? '';

let cache: CategorieInfo[] | null = null;

export function useCategorieen(): CategorieInfo[] {
  const [list, setList] = useState<CategorieInfo[]>(cache ?? CATEGORIEEN);
  useEffect(() => {
    if (cache) return;
    const ctl = new AbortController();
    api
      .categorieen(ctl.signal)
      .then((server) => {
        if (!Array.isArray(server) || !server.length) return;
        cache = server.map((c) => ({ ...c, uitleg: hint(c.code) }));
        setList(cache);
      })
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);
  return list;
}

export const categorieNaam = (code: string, list: CategorieInfo[] = cache ?? CATEGORIEEN) => list.find((c) => c.code === code)?.naam ?? code;
