/** The default help categories of a new gemeente (tender 2022, `003:L214`, plus BUUV's own). */
export interface CategorieSeed {
  code: string;
  naam: string;
  pictogram: string;
  vogVereist: boolean;
  wijkserviceOpen: boolean;
  betaaldWerk: boolean;
}

export const DEFAULT_CATEGORIEEN: CategorieSeed[] = [
  { code: 'klussen', naam: 'Klussen in en om huis', pictogram: 'hamer', vogVereist: false, wijkserviceOpen: false, betaaldWerk: false },
  { code: 'tuin', naam: 'Tuin', pictogram: 'plant', vogVereist: false, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'digitale-hulp', naam: 'Digitale hulp', pictogram: 'laptop', vogVereist: false, wijkserviceOpen: false, betaaldWerk: false },
  { code: 'boodschappen', naam: 'Boodschappen', pictogram: 'tas', vogVereist: false, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'huisdieren', naam: 'Huisdieren', pictogram: 'poot', vogVereist: false, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'maaltijden', naam: 'Maaltijden', pictogram: 'bord', vogVereist: false, wijkserviceOpen: false, betaaldWerk: false },
  { code: 'vervoer', naam: 'Vervoer', pictogram: 'auto', vogVereist: true, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'administratie', naam: 'Administratie', pictogram: 'papier', vogVereist: true, wijkserviceOpen: false, betaaldWerk: false },
  { code: 'gezelschap', naam: 'Gezelschap', pictogram: 'koffie', vogVereist: true, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'respijt-mantelzorg', naam: 'Respijt voor mantelzorgers', pictogram: 'hart', vogVereist: true, wijkserviceOpen: false, betaaldWerk: false },
  { code: 'voorlezen', naam: 'Voorlezen', pictogram: 'boek', vogVereist: true, wijkserviceOpen: true, betaaldWerk: false },
  { code: 'huishouden', naam: 'Lichte huishoudelijke taken', pictogram: 'bezem', vogVereist: false, wijkserviceOpen: true, betaaldWerk: false },
  // paid work in most gemeenten (hovenier, schoonmaker): never to Wijkservice (verdringing)
  { code: 'tuinonderhoud-groot', naam: 'Groot tuinonderhoud', pictogram: 'heggenschaar', vogVereist: false, wijkserviceOpen: false, betaaldWerk: true },
];
