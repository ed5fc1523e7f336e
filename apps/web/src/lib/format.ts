export const DAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
export const dagNaam = (dag: number) => DAGEN[(dag - 1) % 7] ?? '';

const datum = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long' });
const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

export function formatDatumTijd(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${datum.format(d)}, ${tijd.format(d)} uur`;
}

/** "vandaag", "gisteren", "3 dagen geleden", else a date. */
export function geleden(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const days = Math.floor((new Date(now.toDateString()).getTime() - new Date(d.toDateString()).getTime()) / 86_400_000);
  if (days <= 0) return 'vandaag';
  if (days === 1) return 'gisteren';
  if (days < 14) return `${days} dagen geleden`;
  return datum.format(d);
}

/** a phone number as a tel: link target */
export const telHref = (nr: string) => `tel:${nr.replace(/[^0-9+]/g, '')}`;
