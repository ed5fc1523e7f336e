import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import type { Principal } from '../auth/principal';

export interface Gemeente {
  id: string;
  code: string;
  naam: string;
  telefoon: string | null;
}

/**
 * Which gemeente a request is about. Logged-in callers are bound to their own; public pages name one with
 * `?gemeente=GM0392` (or the `x-gemeente` header) and otherwise get the first gemeente of the installation.
 */
@Injectable()
export class TenantService {
  private byCode = new Map<string, Gemeente>();
  private first?: Gemeente;

  constructor(private readonly ds: DataSource) {}

  async resolve(p: Principal | undefined, code?: string): Promise<Gemeente> {
    if (p) return this.byId(p.gemeenteId);
    if (code) {
      const g = this.byCode.get(code) ?? (await this.load('code', code));
      if (!g) throw notFound('Gemeente', code);
      return g;
    }
    this.first ??= (await this.ds.query(`SELECT id, code, naam, telefoon FROM gemeenten ORDER BY created_at, code LIMIT 1`))[0];
    if (!this.first) throw notFound('Gemeente');
    return this.first;
  }

  async byId(id: string): Promise<Gemeente> {
    for (const g of this.byCode.values()) if (g.id === id) return g;
    const g = await this.load('id', id);
    if (!g) throw notFound('Gemeente', id);
    return g;
  }

  private async load(col: 'id' | 'code', v: string): Promise<Gemeente | undefined> {
    const [g] = (await this.ds.query(`SELECT id, code, naam, telefoon FROM gemeenten WHERE ${col} = $1`, [v])) as Gemeente[];
    if (g) this.byCode.set(g.code, g);
    return g;
  }

  forget(): void {
    this.byCode.clear();
    this.first = undefined;
  }
}
