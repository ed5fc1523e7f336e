import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NieuweDeelnemerDto } from '../deelnemers/deelnemer.dto';
import { CODE, SlotDto, VERVOER } from '../marktplaats/marktplaats.dto';
import { MODI, type Modus } from './instellingen';

const DATUM = { message: 'datum als 2026-03-31' };
export const UITKERINGEN = ['participatiewet', 'ww', 'wia', 'wajong', 'anders'] as const;
/** Outflow reasons of Wijkservice: a subset of the standard list UITSTROOMREDENEN (libs/domain). */
export const WIJKSERVICE_UITSTROOM = ['werk', 'opleiding', 'zorg', 'anders'] as const;

export class GrenzenDto {
  @ApiProperty({ description: 'Gezondheid: geen fysiek zwaar werk' }) @IsBoolean() geenFysiekZwaarWerk!: boolean;
  @ApiPropertyOptional({ description: 'Toelichting gezondheid; alleen voor medewerkers' }) @IsOptional() @IsString() @MaxLength(1000) gezondheid?: string;
  @ApiProperty({ minimum: 100, maximum: 100000, description: 'Reizen: hoogstens zo ver (meter, hemelsbreed)' })
  @IsInt()
  @Min(100)
  @Max(100000)
  maxReisafstandMeter!: number;
  @ApiProperty({ enum: VERVOER }) @IsIn(VERVOER) vervoer!: (typeof VERVOER)[number];
}

export class AfspraakDto {
  @ApiProperty({ enum: MODI }) @IsIn(MODI) modus!: Modus;
  @ApiProperty({ minimum: 0.5, maximum: 40, description: 'Uren per week: nooit meer toegewezen' }) @IsNumber() @Min(0.5) @Max(40) urenPerWeek!: number;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsDateString({ strict: true }, DATUM) einddatum?: string;
}

export class AfspraakWijzigingDto {
  @ApiPropertyOptional({ enum: MODI }) @IsOptional() @IsIn(MODI) modus?: Modus;
  @ApiPropertyOptional({ minimum: 0.5, maximum: 40 }) @IsOptional() @IsNumber() @Min(0.5) @Max(40) urenPerWeek?: number;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }, DATUM) einddatum?: string;
}

/**
 * Referral by a klantmanager (professional) or makelaar: either a new person (`persoon`, with the consents given at
 * intake) or an existing one (`deelnemerId`, whose `matching` consent must already be on file).
 */
export class VerwijzingDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemerId?: string;
  @ApiPropertyOptional({ type: NieuweDeelnemerDto }) @IsOptional() @ValidateNested() @Type(() => NieuweDeelnemerDto) persoon?: NieuweDeelnemerDto;
  @ApiProperty({ type: AfspraakDto }) @ValidateNested() @Type(() => AfspraakDto) afspraak!: AfspraakDto;
  @ApiProperty({ type: GrenzenDto }) @ValidateNested() @Type(() => GrenzenDto) grenzen!: GrenzenDto;
  @ApiProperty({ type: [String], example: ['tuin', 'boodschappen'], description: 'Voorkeurstaken: Wijkservice-open categorieën' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @Matches(CODE, { each: true })
  voorkeurstaken!: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(2, 60, { each: true })
  interesses?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true }) vaardigheden?: string[];
  @ApiProperty({ type: [SlotDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => SlotDto)
  beschikbaarheid!: SlotDto[];
  @ApiPropertyOptional({ enum: UITKERINGEN, description: 'Uitkeringssituatie: alleen voor de verwijzende klantmanager en de beheerder' })
  @IsOptional()
  @IsIn(UITKERINGEN)
  uitkering?: (typeof UITKERINGEN)[number];
}

export class UitstroomDto {
  @ApiProperty({ enum: WIJKSERVICE_UITSTROOM }) @IsIn(WIJKSERVICE_UITSTROOM) reden!: (typeof WIJKSERVICE_UITSTROOM)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) toelichting?: string;
}

export class OverrideMatchDto {
  @ApiProperty() @IsUUID() hulpvraagId!: string;
  @ApiProperty() @IsUUID() aanbodId!: string;
  @ApiPropertyOptional({ description: 'Reden om een verdringingsregel bewust te passeren (wordt vastgelegd en aan de gemeente gerapporteerd)' })
  @IsOptional()
  @IsString()
  @Length(10, 1000)
  overrideReden?: string;
}

export class MarkeringDto {
  @ApiProperty({ example: 'Hovenierswerk: wordt normaal betaald uitgevoerd' }) @IsString() @Length(5, 500) reden!: string;
}

export class InstellingenDto {
  @ApiProperty({ enum: MODI }) @IsIn(MODI) modus!: Modus;
  @ApiPropertyOptional({ description: 'Vaste vergoeding per taak in centen (alleen vastgelegd, geen betaling); leeg = geen', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  vergoedingPerTaakCent?: number | null;
}

export class PeriodeQuery {
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @IsDateString({ strict: true }, DATUM) van?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsDateString({ strict: true }, DATUM) tot?: string;
}
