import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { POSTCODE_PATTERN } from '../gebieden/adres-lookup';

export const DEELNEMER_ROLLEN = ['bewoner', 'vrijwilliger', 'wijkservice'] as const;
export const CONTACT_VOORKEUREN = ['app', 'email', 'sms', 'telefoon', 'post', 'via-makelaar'] as const;
export const MOBILITEIT = ['lopen', 'fiets', 'auto', 'ov', 'scootmobiel'] as const;
export const VOG_STATUS = ['geen', 'aangevraagd', 'geldig', 'verlopen'] as const;
export const TOESTEMMING_DOELEN = ['matching', 'contact-met-helper', 'delen-met-partner', 'nieuwsbrief', 'wijkservice-verklaring', 'digest'] as const;
export const KANALEN = ['web', 'telefoon', 'balie', 'brief', 'app'] as const;
const TELEFOON = /^(\+31|0)[0-9 -]{8,14}$/;
const TAAL = /^[a-z]{2,3}$/;

export class LocatiePin {
  @ApiProperty() @IsLatitude() lat!: number;
  @ApiProperty() @IsLongitude() lon!: number;
}

export class ToestemmingDto {
  @ApiProperty({ enum: TOESTEMMING_DOELEN }) @IsIn(TOESTEMMING_DOELEN) doel!: (typeof TOESTEMMING_DOELEN)[number];
  @ApiPropertyOptional({ description: 'De derde partij (bij delen-met-partner), bijv. wijkteam' }) @IsOptional() @IsString() @Length(2, 80) derde?: string;
  @ApiPropertyOptional({ enum: KANALEN, description: 'Hoe de toestemming is gegeven' }) @IsOptional() @IsIn(KANALEN) via?: (typeof KANALEN)[number];
}

export class DeelnemerDto {
  @ApiProperty() @IsString() @Length(1, 80) voornaam!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 120) achternaam?: string;
  @ApiPropertyOptional({ example: '023-5115115' }) @IsOptional() @Matches(TELEFOON, { message: 'vul een Nederlands telefoonnummer in' }) telefoon?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail({}, { message: 'vul een geldig e-mailadres in' }) @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 120) straat?: string;
  @ApiProperty({ example: '12' }) @Matches(/^[1-9][0-9]{0,4}\s?[A-Za-z0-9-]{0,4}$/, { message: 'vul een huisnummer in, bijv. 12 of 12A' }) huisnummer!: string;
  @ApiProperty({ example: '2011AB' }) @Matches(POSTCODE_PATTERN, { message: 'vul een postcode in zoals 2011 AB' }) postcode!: string;
  @ApiPropertyOptional({ description: 'Correctie van de makelaar als de postcode in meer wijken ligt' })
  @IsOptional()
  @Matches(/^WK[0-9]{6}$/)
  wijk?: string;
  @ApiPropertyOptional({ type: LocatiePin, description: 'Speld op de kaart (makelaar)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocatiePin)
  pin?: LocatiePin;
  @ApiProperty({ enum: DEELNEMER_ROLLEN, isArray: true })
  @IsArray()
  @ArrayMaxSize(3)
  @IsIn(DEELNEMER_ROLLEN, { each: true })
  rollen!: (typeof DEELNEMER_ROLLEN)[number][];
  @ApiPropertyOptional({ enum: CONTACT_VOORKEUREN }) @IsOptional() @IsIn(CONTACT_VOORKEUREN) contactVoorkeur?: (typeof CONTACT_VOORKEUREN)[number];
  @ApiPropertyOptional({ example: ['nl', 'en'] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(TAAL, { each: true }) talen?: string[];
  @ApiPropertyOptional({ enum: MOBILITEIT, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(MOBILITEIT, { each: true })
  mobiliteit?: (typeof MOBILITEIT)[number][];
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }, { message: 'datum als 1950-03-21' }) geboortedatum?: string;
  @ApiPropertyOptional({ enum: VOG_STATUS }) @IsOptional() @IsIn(VOG_STATUS) vogStatus?: (typeof VOG_STATUS)[number];
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) vogDatum?: string;
  @ApiPropertyOptional({ description: 'Geen computer of e-mail: alles loopt via de makelaar' }) @IsOptional() @IsBoolean() offline?: boolean;
  @ApiPropertyOptional({ description: 'Alleen zichtbaar voor medewerkers' }) @IsOptional() @IsString() @MaxLength(4000) notities?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) instroomReden?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) levensdomein?: string;
}

export class NieuweDeelnemerDto extends DeelnemerDto {
  @ApiPropertyOptional({ type: [ToestemmingDto], description: 'Toestemmingen gegeven bij de intake' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ToestemmingDto)
  toestemmingen?: ToestemmingDto[];

  @ApiPropertyOptional({ enum: KANALEN, default: 'telefoon' }) @IsOptional() @IsIn(KANALEN) kanaal?: (typeof KANALEN)[number];
}

export class DeelnemerWijzigingDto extends PartialType(DeelnemerDto) {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) uitstroomReden?: string;
}

export class GemachtigdeDto {
  @ApiProperty() @IsString() @Length(1, 120) naam!: string;
  @ApiProperty({ example: 'dochter' }) @IsString() @Length(2, 60) relatie!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(TELEFOON) telefoon?: string;
  @ApiPropertyOptional({ description: 'Account van de gemachtigde, als die zelf inlogt' }) @IsOptional() @IsEmail() email?: string;
  @ApiPropertyOptional({ enum: KANALEN }) @IsOptional() @IsIn(KANALEN) via?: (typeof KANALEN)[number];
}

export class DeelnemerQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^WK[0-9]{6}$/) wijk?: string;
  @ApiPropertyOptional({ description: 'Naam, telefoon of postcode' }) @IsOptional() @IsString() @Length(2, 80) q?: string;
  @ApiPropertyOptional({ enum: DEELNEMER_ROLLEN }) @IsOptional() @IsIn(DEELNEMER_ROLLEN) rol?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}
