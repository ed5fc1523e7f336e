import { isUnavailable } from '@app/common';

interface Wachtend<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (e: unknown) => void;
}

/**
 * Gathers the same query from concurrent jobs into one statement (one round trip for many jobs). A call waits at
 * most until the next turn of the event loop, or until a statement in flight returns, so under load the batches
 * grow by themselves and at low load nothing waits. Two calls with the same key never share a statement (an
 * `ON CONFLICT DO UPDATE` may not touch a row twice). When a batch fails for another reason than the database
 * being away, each call is retried alone, so one bad row cannot fail its neighbours.
 */
export class Bundelaar<I, O> {
  private rij: Wachtend<I, O>[] = [];
  private sleutels = new Set<string>();
  private klaar: Wachtend<I, O>[][] = [];
  private gepland = false;
  private bezig = 0;

  constructor(
    private readonly voerUit: (items: I[]) => Promise<O[]>,
    private readonly opties: { sleutel?: (i: I) => string; max?: number; parallel?: number } = {},
  ) {}

  voeg(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const k = this.opties.sleutel?.(item);
      if (k !== undefined && this.sleutels.has(k)) this.sluit();
      this.rij.push({ item, resolve, reject });
      if (k !== undefined) this.sleutels.add(k);
      if (this.rij.length >= (this.opties.max ?? 500)) this.sluit();
      this.plan();
    });
  }

  /** Closes the batch being gathered: it runs as soon as a slot is free. */
  private sluit(): void {
    if (!this.rij.length) return;
    this.klaar.push(this.rij);
    this.rij = [];
    this.sleutels = new Set();
  }

  private plan(): void {
    if (this.klaar.length) this.start();
    if (this.gepland || !this.rij.length) return;
    this.gepland = true;
    setImmediate(() => {
      this.gepland = false;
      if (this.bezig < (this.opties.parallel ?? 2)) this.sluit();
      this.start();
    });
  }

  private start(): void {
    while (this.klaar.length && this.bezig < (this.opties.parallel ?? 2)) {
      const deel = this.klaar.shift()!;
      this.bezig++;
      void this.run(deel).finally(() => {
        this.bezig--;
        // what gathered meanwhile goes next
        this.sluit();
        this.start();
      });
    }
  }

  private async run(deel: Wachtend<I, O>[]): Promise<void> {
    try {
      const uit = await this.voerUit(deel.map((w) => w.item));
      deel.forEach((w, i) => w.resolve(uit[i]));
    } catch (e) {
      if (deel.length === 1 || isUnavailable(e)) {
        for (const w of deel) w.reject(e);
        return;
      }
      await Promise.all(
        deel.map((w) =>
          this.voerUit([w.item]).then(
            ([o]) => w.resolve(o),
            (err: unknown) => w.reject(err),
          ),
        ),
      );
    }
  }
}
