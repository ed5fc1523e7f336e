import { Injectable } from '@nestjs/common';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { notFound } from '@app/common';
import { InjectConfig, type AppConfig } from '@app/config';
import { BESTANDEN, exportBestand, exportMap, isExportDatum, isExportVersie } from './export-formaat';

export interface ExportItem {
  /** `<datum>/v<n>/<bestand>`: the id to download with. */
  id: string;
  datum: string;
  versie: number;
  bestand: string;
  bytes: number;
  url: string;
}

async function mappen(dir: string, geldig: (naam: string) => boolean): Promise<string[]> {
  const lijst = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return lijst
    .filter((e) => e.isDirectory() && geldig(e.name))
    .map((e) => e.name)
    .sort();
}

/** Lists and opens one gemeente's daily exports; temp files of a write in progress are never listed. */
@Injectable()
export class ExportsService {
  constructor(@InjectConfig() private readonly cfg: AppConfig) {}

  async lijst(gemeenteCode: string): Promise<ExportItem[]> {
    const basis = exportMap(this.cfg.dataDir, gemeenteCode);
    const uit: ExportItem[] = [];
    for (const datum of (await mappen(basis, isExportDatum)).reverse()) {
      for (const versie of await mappen(path.join(basis, datum), isExportVersie)) {
        for (const bestand of BESTANDEN) {
          const stat = await fs.stat(path.join(basis, datum, versie, bestand)).catch(() => undefined);
          if (!stat?.isFile()) continue;
          const id = `${datum}/${versie}/${bestand}`;
          uit.push({ id, datum, versie: Number(versie.slice(1)), bestand, bytes: stat.size, url: `/api/v1/exports/${id}` });
        }
      }
    }
    return uit;
  }

  /** The absolute path of an export file of this gemeente; 404 for anything else (never a hint why). */
  async bestand(gemeenteCode: string, id: string): Promise<string> {
    const vol = exportBestand(this.cfg.dataDir, gemeenteCode, id);
    const stat = vol ? await fs.stat(vol).catch(() => undefined) : undefined;
    if (!vol || !stat?.isFile()) throw notFound('Export', id);
    return vol;
  }
}
