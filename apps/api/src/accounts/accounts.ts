import { Body, Controller, Get, Injectable, Module, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { conflict, notFound, unprocessable } from '@app/common';
import { insertDefaultCategorieen } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthGuard } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { Caller, Rollen } from '../auth/decorators';
import { ROLLEN, type Principal, type Rol } from '../auth/principal';
import { UuidParam } from '../common/params';
import { TenantService } from '../tenancy/tenant.service';

class AccountDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ minLength: 12 }) @IsString() @Length(1, 256) wachtwoord!: string;
  @ApiProperty() @IsString() @Length(1, 120) naam!: string;
  @ApiProperty({ enum: ROLLEN, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @IsIn(ROLLEN, { each: true }) rollen!: Rol[];
  @ApiPropertyOptional({ type: [String], description: 'Werkgebieden van een makelaar' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  werkgebieden?: string[];
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemerId?: string;
}

class AccountWijzigingDto {
  @ApiPropertyOptional({ enum: ROLLEN, isArray: true }) @IsOptional() @IsArray() @ArrayMinSize(1) @IsIn(ROLLEN, { each: true }) rollen?: Rol[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsUUID('all', { each: true }) werkgebieden?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() actief?: boolean;
}

class GemeenteDto {
  @ApiProperty({ example: 'GM0363' }) @Matches(/^GM[0-9]{4}$/, { message: 'CBS-gemeentecode zoals GM0363' }) code!: string;
  @ApiProperty() @IsString() @Length(2, 80) naam!: string;
  @ApiProperty({ description: 'De eerste beheerder van de nieuwe gemeente' }) @IsEmail() beheerderEmail!: string;
  @ApiProperty() @IsString() @Length(1, 256) beheerderWachtwoord!: string;
}

const VIEW = `SELECT a.id, a.email, a.naam, a.rollen, a.actief, a.deelnemer_id AS "deelnemerId", a.laatst_ingelogd AS "laatstIngelogd",
  COALESCE((SELECT array_agg(werkgebied_id) FROM account_werkgebieden WHERE account_id = a.id), '{}') AS werkgebieden FROM accounts a`;

@Injectable()
export class AccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly guard: AuthGuard,
    private readonly audit: AuditService,
    private readonly tenants: TenantService,
  ) {}

  lijst(p: Principal) {
    return this.ds.query(`${VIEW} WHERE a.gemeente_id = $1 AND a.actief ORDER BY a.email`, [p.gemeenteId]);
  }

  maak(p: Principal, dto: AccountDto) {
    return this.ds.transaction(async (m) => {
      const id = await this.auth.createAccount(m, {
        gemeenteId: p.gemeenteId,
        email: dto.email,
        wachtwoord: dto.wachtwoord,
        rollen: dto.rollen,
        naam: dto.naam,
        deelnemerId: dto.deelnemerId,
      });
      await this.setWerkgebieden(m, p.gemeenteId, id, dto.werkgebieden ?? []);
      await this.audit.record(p, 'aanmaken', 'account', id, dto.deelnemerId ?? null, { rollen: dto.rollen }, m);
      return (await m.query(`${VIEW} WHERE a.id = $1`, [id]))[0];
    });
  }

  async wijzig(p: Principal, id: string, dto: AccountWijzigingDto) {
    const out = await this.ds.transaction(async (m) => {
      const [rows] = await m.query(
        `UPDATE accounts SET rollen = COALESCE($3, rollen), actief = COALESCE($4, actief), token_versie = token_versie + 1 WHERE id = $1 AND gemeente_id = $2 RETURNING id`,
        [id, p.gemeenteId, dto.rollen ?? null, dto.actief ?? null],
      );
      if (!rows.length) throw notFound('Account', id);
      if (dto.werkgebieden) await this.setWerkgebieden(m, p.gemeenteId, id, dto.werkgebieden);
      await this.audit.record(p, 'wijzigen', 'account', id, null, { velden: Object.keys(dto) }, m);
      return (await m.query(`${VIEW} WHERE a.id = $1`, [id]))[0];
    });
    this.guard.forget(id);
    return out;
  }

  /** A new tenant, with the default categories and its own first beheerder; no code changes needed. */
  async maakGemeente(p: Principal, dto: GemeenteDto) {
    const out = await this.ds.transaction(async (m) => {
      const exists = await m.query(`SELECT 1 FROM gemeenten WHERE code = $1`, [dto.code]);
      if (exists.length) throw conflict('gemeente-bestaat', `Gemeente ${dto.code} bestaat al`, { errors: [{ field: 'code', message: 'bestaat al' }] });
      const [g] = await m.query(`INSERT INTO gemeenten (code, naam) VALUES ($1, $2) RETURNING id, code, naam`, [dto.code, dto.naam]);
      await insertDefaultCategorieen(m, g.id);
      await this.auth.createAccount(m, {
        gemeenteId: g.id,
        email: dto.beheerderEmail,
        wachtwoord: dto.beheerderWachtwoord,
        rollen: ['beheerder'],
        naam: 'Beheerder',
      });
      await this.audit.record(p, 'aanmaken', 'gemeente', g.id, null, { code: dto.code }, m);
      return g;
    });
    this.tenants.forget();
    return out;
  }

  private async setWerkgebieden(m: { query: (s: string, p?: unknown[]) => Promise<unknown[]> }, gemeenteId: string, accountId: string, ids: string[]) {
    const found = (await m.query(`SELECT id FROM werkgebieden WHERE gemeente_id = $1 AND id = ANY($2)`, [gemeenteId, ids])) as { id: string }[];
    if (found.length !== new Set(ids).size) throw unprocessable('werkgebieden', 'onbekend werkgebied in deze gemeente', 'onbekend-werkgebied');
    await m.query(`DELETE FROM account_werkgebieden WHERE account_id = $1`, [accountId]);
    for (const w of new Set(ids)) await m.query(`INSERT INTO account_werkgebieden (account_id, werkgebied_id) VALUES ($1, $2)`, [accountId, w]);
  }
}

@ApiTags('beheer')
@ApiBearerAuth()
@Rollen('beheerder')
@Controller()
export class AccountsController {
  constructor(private readonly service: AccountsService) {}

  @Get('accounts')
  lijst(@Caller() p: Principal) {
    return this.service.lijst(p);
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Account voor een medewerker (makelaar met werkgebieden, professional, gemeente, beheerder)' })
  maak(@Caller() p: Principal, @Body() dto: AccountDto) {
    return this.service.maak(p, dto);
  }

  @Patch('accounts/:id')
  @ApiOperation({ summary: 'Rollen, werkgebieden of actief wijzigen; bestaande sessies vervallen' })
  wijzig(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AccountWijzigingDto) {
    return this.service.wijzig(p, id, dto);
  }

  @Post('gemeenten')
  @ApiOperation({ summary: 'Een gemeente toevoegen (nieuwe tenant) met haar eerste beheerder' })
  maakGemeente(@Caller() p: Principal, @Body() dto: GemeenteDto) {
    return this.service.maakGemeente(p, dto);
  }
}

@Module({ controllers: [AccountsController], providers: [AccountsService] })
export class AccountsModule {}
