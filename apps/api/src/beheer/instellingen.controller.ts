import { applyDecorators, Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, isInt, ValidateBy } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { Problem } from '@app/common';
import {
  effectieveInstellingen,
  GEMEENTE_INSTELLINGEN,
  INSTELLING_NAMEN,
  instellingFouten,
  NORM_EERSTE_CONTACT_WERKDAGEN,
  STANDAARD_INSTELLINGEN,
  type InstellingDefinitie,
  type InstellingNaam,
} from '@app/domain';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';

/** One setting: a whole number within its limits; null puts it back to the default. */
function Instelling(naam: InstellingNaam): PropertyDecorator {
  const { min, max, standaard, uitleg } = GEMEENTE_INSTELLINGEN[naam];
  return applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      minimum: min,
      maximum: max,
      default: standaard,
      nullable: true,
      description: `${uitleg}. Leeg (null): de standaard.`,
    }),
    IsOptional(),
    ValidateBy(
      { name: 'instelling', validator: { validate: (v: unknown) => isInt(v) && (v as number) >= min && (v as number) <= max } },
      { message: `vul een heel getal in van ${min} tot en met ${max}` },
    ),
  );
}

/** Every field optional: only what is sent changes. */
class GemeenteInstellingenDto implements Partial<Record<InstellingNaam, number | null>> {
  @Instelling('verloopDagen') verloopDagen?: number | null;
  @Instelling('verloopMeldingDagen') verloopMeldingDagen?: number | null;
  @Instelling('aanbodUren') aanbodUren?: number | null;
  @Instelling('eersteContactWerkdagen') eersteContactWerkdagen?: number | null;
  @Instelling('escalatieWerkdagen') escalatieWerkdagen?: number | null;
  @Instelling('matchNormDagen') matchNormDagen?: number | null;
  @Instelling('opvolgingDagen') opvolgingDagen?: number | null;
  @Instelling('checkInDagen') checkInDagen?: number | null;
  @Instelling('bewaartermijnMaanden') bewaartermijnMaanden?: number | null;
}

/** What the beheer page shows: the values in force, the defaults, the limits, which were set, and the fixed norm. */
function overzicht(opgeslagen: Record<string, unknown>) {
  return {
    waarden: effectieveInstellingen(opgeslagen),
    standaard: STANDAARD_INSTELLINGEN,
    ingesteld: INSTELLING_NAMEN.filter((n) => opgeslagen[n] !== undefined && opgeslagen[n] !== null),
    grenzen: Object.fromEntries(
      INSTELLING_NAMEN.map((n) => {
        const { min, max, kleinerDan, groterDan }: InstellingDefinitie = GEMEENTE_INSTELLINGEN[n];
        return [n, { min, max, kleinerDan, groterDan }];
      }),
    ),
    vast: { normEersteContactWerkdagen: NORM_EERSTE_CONTACT_WERKDAGEN },
  };
}

@Injectable()
export class InstellingenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async opgeslagen(m: EntityManager, gemeenteId: string, opSlot = false): Promise<Record<string, unknown>> {
    const [g] = await m.query(`SELECT instellingen FROM gemeenten WHERE id = $1${opSlot ? ' FOR UPDATE' : ''}`, [gemeenteId]);
    return g?.instellingen ?? {};
  }

  async lees(gemeenteId: string) {
    return overzicht(await this.opgeslagen(this.ds.manager, gemeenteId));
  }

  /** Merges the sent values into `gemeenten.instellingen` (`||`; null removes one), after checking the rules between them. */
  async zet(p: Principal, dto: GemeenteInstellingenDto) {
    const wijziging = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<Record<InstellingNaam, number | null>>;
    return this.ds.transaction(async (m) => {
      const opgeslagen = await this.opgeslagen(m, p.gemeenteId, true);
      if (!Object.keys(wijziging).length) return overzicht(opgeslagen);
      const weg = Object.keys(wijziging).filter((n) => wijziging[n as InstellingNaam] === null);
      const zet = Object.fromEntries(Object.entries(wijziging).filter(([, v]) => v !== null));
      const nieuw = { ...opgeslagen, ...zet };
      for (const n of weg) delete nieuw[n];
      const fouten = instellingFouten(effectieveInstellingen(nieuw));
      if (fouten.length)
        throw new Problem(422, 'ongeldige-instellingen', fouten.map((f) => `${f.veld}: ${f.melding}`).join('; '), {
          errors: fouten.map((f) => ({ field: f.veld, message: f.melding })),
        });
      const [[rij]] = await m.query(`UPDATE gemeenten SET instellingen = (instellingen - $2::text[]) || $3::jsonb WHERE id = $1 RETURNING instellingen`, [
        p.gemeenteId,
        weg,
        JSON.stringify(zet),
      ]);
      await this.audit.record(p, 'wijzigen', 'gemeente-instellingen', p.gemeenteId, null, { gewijzigd: wijziging }, m);
      return overzicht(rij.instellingen);
    });
  }
}

/** The gemeente's service-level terms (libs/domain instellingen): expiry, offer time, SLA tasks, follow-up, retention. */
@ApiTags('beheer')
@ApiBearerAuth()
@Rollen('beheerder')
@Controller('beheer/instellingen')
export class InstellingenController {
  constructor(private readonly service: InstellingenService) {}

  @Get()
  @ApiOperation({ summary: 'Termijnen en normen van deze gemeente: wat nu geldt, de standaard, de grenzen en de vaste norm' })
  lees(@Caller() p: Principal) {
    return this.service.lees(p.gemeenteId);
  }

  @Put()
  @ApiOperation({ summary: 'Termijnen en normen wijzigen; alleen de meegestuurde velden, null zet een veld terug op de standaard' })
  zet(@Caller() p: Principal, @Body() dto: GemeenteInstellingenDto) {
    return this.service.zet(p, dto);
  }
}
