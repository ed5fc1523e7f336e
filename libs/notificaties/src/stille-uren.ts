const TZ = 'Europe/Amsterdam';

export interface StilleUren {
  /** Hour (0-23, local time) from which no SMS goes out. */
  van: number;
  /** Hour (0-23, local time) at which SMS may go out again. */
  tot: number;
}

export const STANDAARD_STILLE_UREN: StilleUren = { van: 21, tot: 8 };

function lokaal(d: Date): { uur: number; minuut: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { uur: get('hour'), minuut: get('minute') };
}

/**
 * When quiet hours are on (21:00-08:00 Europe/Amsterdam by default), the moment they end; otherwise undefined.
 * Equal hours mean no quiet hours.
 * Steps in whole minutes so daylight-saving changes land on the right local 08:00.
 */
export function stilTot(nu: Date, uren: StilleUren = STANDAARD_STILLE_UREN): Date | undefined {
  if (uren.van === uren.tot) return undefined;
  const stil = (d: Date) => {
    const { uur } = lokaal(d);
    return uren.van > uren.tot ? uur >= uren.van || uur < uren.tot : uur >= uren.van && uur < uren.tot;
  };
  if (!stil(nu)) return undefined;
  const t = new Date(nu.getTime());
  t.setUTCSeconds(0, 0);
  // jump by hours, then minutes: at most 24 + 60 steps
  while (stil(new Date(t.getTime() + 3600_000))) t.setTime(t.getTime() + 3600_000);
  while (stil(t)) t.setTime(t.getTime() + 60_000);
  return t;
}
