import { Body, Controller, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { CONTACTKANALEN } from '@app/domain';
import { LoginThrottle, Public } from '../auth/decorators';
import { anoniem } from '../auth/principal';
import { IdempotencyInterceptor } from '../common/idempotency.interceptor';
import { DeelnemersService } from '../deelnemers/deelnemers.service';
import { POSTCODE_PATTERN } from '../gebieden/adres-lookup';
import { GemeenteQuery } from '../gebieden/gebieden.dto';
import { TenantService } from '../tenancy/tenant.service';
import { AanbodService } from './aanbod.service';
import { AanbodInhoudDto, HulpvraagInhoudDto, NamensDto } from './marktplaats.dto';
import { HulpvragenService } from './hulpvragen.service';

export class ContactDto {
  @ApiProperty() @IsString() @Length(1, 80) voornaam!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 120) achternaam?: string;
  @ApiProperty({ example: '06-12345678' }) @Matches(/^(\+31|0)[0-9 -]{8,14}$/, { message: 'vul een telefoonnummer in, bijv. 06-12345678' }) telefoon!: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'vul een geldig e-mailadres in' }) @MaxLength(254) email?: string;
  @ApiProperty({ example: '2011AB' }) @Matches(POSTCODE_PATTERN, { message: 'vul een postcode in zoals 2011 AB' }) postcode!: string;
  @ApiProperty({ example: '12' }) @Matches(/^[1-9][0-9]{0,4}\s?[A-Za-z0-9-]{0,4}$/, { message: 'vul een huisnummer in, bijv. 12 of 12A' }) huisnummer!: string;
  @ApiPropertyOptional({ enum: CONTACTKANALEN }) @IsOptional() @IsIn(CONTACTKANALEN) contactVoorkeur?: (typeof CONTACTKANALEN)[number];
}

class IntakeHulpvraagDto {
  @ApiProperty({ type: HulpvraagInhoudDto }) @IsObject() @ValidateNested() @Type(() => HulpvraagInhoudDto) hulpvraag!: HulpvraagInhoudDto;
  @ApiProperty({ type: ContactDto, description: 'Van wie de hulp nodig heeft' }) @IsObject() @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;
  @ApiPropertyOptional({ type: NamensDto, description: 'Als u dit voor iemand anders vraagt' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NamensDto)
  namens?: NamensDto;
  @ApiProperty() @IsBoolean() @Equals(true, { message: 'zonder toestemming kunnen we u niet helpen zoeken' }) toestemming!: boolean;
}

class IntakeAanbodDto {
  @ApiProperty({ type: AanbodInhoudDto }) @IsObject() @ValidateNested() @Type(() => AanbodInhoudDto) aanbod!: AanbodInhoudDto;
  @ApiProperty({ type: ContactDto }) @IsObject() @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;
  @ApiProperty() @IsBoolean() @Equals(true, { message: 'zonder toestemming kunnen we u niet koppelen' }) toestemming!: boolean;
}

/**
 * "Ik zoek hulp" and "Ik wil helpen" without an account: registration must be light, or it is not done.
 * The makelaar contacts the person within the first-contact norm; everything commits in one transaction.
 */
@ApiTags('intake')
@Public()
@LoginThrottle()
@UseInterceptors(IdempotencyInterceptor)
@Controller('intake')
export class IntakeController {
  constructor(
    private readonly ds: DataSource,
    private readonly tenants: TenantService,
    private readonly deelnemers: DeelnemersService,
    private readonly hulpvragen: HulpvragenService,
    private readonly aanbod: AanbodService,
  ) {}

  @Post('hulpvragen')
  @ApiOperation({ summary: 'Ik zoek hulp: vraag en contactgegevens in één keer, zonder account' })
  async hulpvraag(@Body() dto: IntakeHulpvraagDto, @Query() q: GemeenteQuery) {
    const g = await this.tenants.resolve(undefined, q.gemeente);
    return this.ds.transaction(async (m) => {
      const actor = anoniem(g.id);
      const d = await this.deelnemers.maak(actor, { ...this.persoon(dto.contact, ['bewoner']), kanaal: 'web' }, m);
      const h = await this.hulpvragen.maak(actor, { ...dto.hulpvraag, deelnemerId: d.id, kanaal: dto.namens ? 'namens-iemand' : 'web', namens: dto.namens }, m);
      return { referentie: h.referentie, hulpvraagId: h.id, wijk: h.wijk, wanneer: h.wanneer };
    });
  }

  @Post('aanbod')
  @ApiOperation({ summary: 'Ik wil helpen: aanbod en contactgegevens in één keer, zonder account' })
  async aanbodPost(@Body() dto: IntakeAanbodDto, @Query() q: GemeenteQuery) {
    const g = await this.tenants.resolve(undefined, q.gemeente);
    return this.ds.transaction(async (m) => {
      const actor = anoniem(g.id);
      const d = await this.deelnemers.maak(actor, { ...this.persoon(dto.contact, ['vrijwilliger']), kanaal: 'web' }, m);
      const a = await this.aanbod.maak(actor, { ...dto.aanbod, deelnemerId: d.id, kanaal: 'web' }, m);
      return { referentie: a.referentie, aanbodId: a.id, wijk: a.wijk };
    });
  }

  private persoon(c: ContactDto, rollen: ('bewoner' | 'vrijwilliger')[]) {
    return {
      voornaam: c.voornaam,
      achternaam: c.achternaam,
      telefoon: c.telefoon,
      email: c.email,
      postcode: c.postcode,
      huisnummer: c.huisnummer,
      rollen,
      contactVoorkeur: c.contactVoorkeur ?? (c.email ? 'email' : 'telefoon'),
      toestemmingen: [{ doel: 'matching' as const }, { doel: 'contact-met-helper' as const }],
    };
  }
}
