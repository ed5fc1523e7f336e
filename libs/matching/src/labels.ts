import type { MatchContext } from './types';

/** Common language codes, so reasons read "spreekt Turks" without every gemeente configuring them. */
const TAALNAMEN: Readonly<Record<string, string>> = {
  nl: 'Nederlands',
  en: 'Engels',
  de: 'Duits',
  fr: 'Frans',
  es: 'Spaans',
  tr: 'Turks',
  ar: 'Arabisch',
  ber: 'Berbers',
  pl: 'Pools',
  uk: 'Oekraïens',
  ru: 'Russisch',
  pap: 'Papiaments',
  srn: 'Sranantongo',
  ti: 'Tigrinya',
  fa: 'Perzisch',
  so: 'Somalisch',
};

/** The Dutch word for a code: the gemeente's own label first, then built-in language names, else the code. */
export const label = (code: string, ctx: MatchContext): string => ctx.labels?.[code] ?? TAALNAMEN[code] ?? code;
