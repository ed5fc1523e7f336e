import { Body, Controller, Get, Injectable, Module, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';

export const KLACHT_AARD = ['bejegening', 'bereikbaarheid', 'match', 'privacy', 'veiligheid', 'wachttijd', 'anders'] as const;
export const KLACHT_STATUS = ['ontvangen', 'in-behandeling', 'afgehandeld'] as const;

class KlachtDto {
  @ApiProperty({ enum: KLACHT_AARD }) @IsIn(KLACHT_AARD) aard!: string;
  @ApiProperty() @IsString() @Length(5, 4000) omschrijving!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) ontvangenOp?: string;
}

class KlachtWijzigingDto {
  @ApiPropertyOptional({ enum: KLACHT_STATUS }) @IsOptional() @IsIn(KLACHT_STATUS) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) behandeling?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) opvolging?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) lessen?: string;
}

class OverzichtQuery {
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) van?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) tot?: string;
}

const VIEW = `SELECT id, nummer, ontvangen_op AS "ontvangenOp", aard, omschrijving, deelnemer_id AS "deelnemerId", behandeling, opvolging, lessen, status,
  afgehandeld_op AS "afgehandeldOp" FROM klachten`;

@Injectable()
export class KlachtenService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  maak(p: Principal, dto: KlachtDto) {
    return this.ds.transaction(async (m) => {
      // per-gemeente numbering without gaps under concurrency
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('klachten:' || $1))`, [p.gemeenteId]);
      const [k] = await m.query(
        `INSERT INTO klachten (gemeente_id, nummer, ontvangen_op, aard, omschrijving, deelnemer_id, geregistreerd_door)
         VALUES ($1, (SELECT COALESCE(max(nummer), 0) + 1 FROM klachten WHERE gemeente_id = $1), COALESCE($2::date, current_date), $3, $4, $5, $6)
         RETURNING id`,
        [p.gemeenteId, dto.ontvangenOp ?? null, dto.aard, dto.omschrijving, dto.deelnemerId ?? null, p.accountId],
      );
      await this.audit.record(p, 'aanmaken', 'klacht', k.id, dto.deelnemerId ?? null, undefined, m);
      return (await m.query(`${VIEW} WHERE id = $1`, [k.id]))[0];
    });
  }

  lijst(p: Principal) {
    return this.ds.query(`${VIEW} WHERE gemeente_id = $1 ORDER BY nummer DESC LIMIT 500`, [p.gemeenteId]);
  }

  async wijzig(p: Principal, id: string, dto: KlachtWijzigingDto) {
    const [rows] = await this.ds.query(
      `UPDATE klachten SET status = COALESCE($3, status), behandeling = COALESCE($4, behandeling), opvolging = COALESCE($5, opvolging),
              lessen = COALESCE($6, lessen), afgehandeld_op = CASE WHEN $3 = 'afgehandeld' THEN current_date ELSE afgehandeld_op END
        WHERE id = $1 AND gemeente_id = $2 RETURNING id`,
      [id, p.gemeenteId, dto.status ?? null, dto.behandeling ?? null, dto.opvolging ?? null, dto.lessen ?? null],
    );
    if (!rows.length) throw notFound('Klacht', id);
    await this.audit.record(p, 'wijzigen', 'klacht', id, null);
    return (await this.ds.query(`${VIEW} WHERE id = $1`, [id]))[0];
  }

  /** Aggregate only (for the gemeente): counts per nature and status, and the lessons learned without names. */
  async overzicht(p: Principal, q: OverzichtQuery) {
    const params = [p.gemeenteId, q.van ?? '1900-01-01', q.tot ?? '2999-12-31'];
    const perAard = await this.ds.query(
      `SELECT aard, status, count(*)::int AS aantal FROM klachten WHERE gemeente_id = $1 AND ontvangen_op BETWEEN $2 AND $3 GROUP BY aard, status ORDER BY aard, status`,
      params,
    );
    const lessen = await this.ds.query(
      `SELECT aard, lessen FROM klachten WHERE gemeente_id = $1 AND ontvangen_op BETWEEN $2 AND $3 AND lessen IS NOT NULL ORDER BY nummer`,
      params,
    );
    return { perAard, lessen };
  }
}

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('klachten')
export class KlachtenController {
  constructor(private readonly service: KlachtenService) {}

  @Rollen('makelaar', 'beheerder')
  @Post()
  @ApiOperation({ summary: 'Klacht registreren (nummer, aard, behandeling, opvolging, lessen)' })
  maak(@Caller() p: Principal, @Body() dto: KlachtDto) {
    return this.service.maak(p, dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Get()
  lijst(@Caller() p: Principal) {
    return this.service.lijst(p);
  }

  @Rollen('gemeente', 'beheerder')
  @Get('overzicht')
  @ApiOperation({ summary: 'Klachten geteld per aard en status, met geleerde lessen (zonder namen)' })
  overzicht(@Caller() p: Principal, @Query() q: OverzichtQuery) {
    return this.service.overzicht(p, q);
  }

  @Rollen('makelaar', 'beheerder')
  @Patch(':id')
  wijzig(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: KlachtWijzigingDto) {
    return this.service.wijzig(p, id, dto);
  }
}

@Module({ controllers: [KlachtenController], providers: [KlachtenService] })
export class KlachtenModule {}
