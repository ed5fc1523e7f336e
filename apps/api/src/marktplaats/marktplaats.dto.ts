import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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
  IsObject,
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
import { INTAKEKANALEN, REDENEN_DOORVERWIJZEN, REDENEN_INTREKKEN } from '@app/domain';

/** A category or skill code, as the categorieen table's CHECK has it. */
export const CODE = /^[a-z][a-z0-9-]{1,40}$/;
const TIJD = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const URGENTIES = ['laag', 'normaal', 'hoog', 'spoed'] as const;
export const VERVOER = ['lopen', 'fiets', 'auto', 'ov'] as const;
export const VOORKEUREN = ['vast', 'eenmalig', 'beide'] as const;

export class VensterDto {
  @ApiProperty({ enum: ['eenmalig', 'flexibel', 'terugkerend'] }) @IsIn(['eenmalig', 'flexibel', 'terugkerend']) soort!:
    'eenmalig' | 'flexibel' | 'terugkerend';
  @ApiProperty({ example: '2026-12-01T10:00:00+01:00' })
  @IsDateString({ strict: true }, { message: 'datum en tijd als 2026-12-01T10:00:00+01:00' })
  start!: string;
  @ApiPropertyOptional({ description: 'Verplicht bij eenmalig en flexibel' }) @IsOptional() @IsDateString({ strict: true }) eind?: string;
  @ApiPropertyOptional({ example: 'FREQ=WEEKLY;BYDAY=TU', description: 'RRULE, hoogstens één keer per dag' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  rrule?: string;
}

export class EisenDto {
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(CODE, { each: true }) vaardigheden?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(CODE, { each: true }) gewensteVaardigheden?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() vog?: boolean;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(5) @Matches(/^[a-z]{2,3}$/, { each: true }) talen?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() taalVereist?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() fysiekZwaar?: boolean;
  @ApiPropertyOptional({ description: 'De helper moet een auto hebben (bijv. vervoer)' }) @IsOptional() @IsBoolean() autoNodig?: boolean;
}

export class NamensDto {
  @ApiProperty() @IsString() @Length(1, 120) naam!: string;
  @ApiProperty({ example: 'dochter' }) @IsString() @Length(2, 60) relatie!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^(\+31|0)[0-9 -]{8,14}$/) telefoon?: string;
}

export class HulpvraagInhoudDto {
  @ApiProperty({ example: 'boodschappen' }) @Matches(CODE, { message: 'kies een categorie' }) categorie!: string;
  @ApiProperty({ example: 'Boodschappen doen op dinsdag', description: 'Kort en duidelijk: wat is er nodig?' }) @IsString() @Length(3, 80) titel!: string;
  @ApiPropertyOptional({ description: 'Vertel wat meer. Schrijf geen gegevens over uw gezondheid.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  omschrijving?: string;
  @ApiProperty({ type: VensterDto }) @IsObject({ message: 'venster is verplicht' }) @ValidateNested() @Type(() => VensterDto) venster!: VensterDto;
  @ApiProperty({ minimum: 15, maximum: 480 }) @IsInt() @Min(15) @Max(480) duurMinuten!: number;
  @ApiPropertyOptional({ enum: URGENTIES }) @IsOptional() @IsIn(URGENTIES) urgentie?: (typeof URGENTIES)[number];
  @ApiPropertyOptional({ type: EisenDto }) @IsOptional() @ValidateNested() @Type(() => EisenDto) eisen?: EisenDto;
}

export class HulpvraagDto extends HulpvraagInhoudDto {
  @ApiPropertyOptional({ description: 'Voor wie (makelaar of gemachtigde); standaard uzelf' }) @IsOptional() @IsUUID() deelnemerId?: string;
  @ApiPropertyOptional({ enum: INTAKEKANALEN }) @IsOptional() @IsIn(INTAKEKANALEN) kanaal?: (typeof INTAKEKANALEN)[number];
  @ApiPropertyOptional({ type: NamensDto }) @IsOptional() @ValidateNested() @Type(() => NamensDto) namens?: NamensDto;
  @ApiPropertyOptional({ description: 'Eerst als concept bewaren' }) @IsOptional() @IsBoolean() concept?: boolean;
}

export class HulpvraagWijzigingDto extends PartialType(HulpvraagInhoudDto) {
  @ApiPropertyOptional({ enum: INTAKEKANALEN }) @IsOptional() @IsIn(INTAKEKANALEN) kanaal?: (typeof INTAKEKANALEN)[number];
}

export class IntrekkenDto {
  @ApiProperty({ enum: REDENEN_INTREKKEN }) @IsIn(REDENEN_INTREKKEN) reden!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) toelichting?: string;
}

export class DoorverwijzenDto {
  @ApiProperty({ enum: REDENEN_DOORVERWIJZEN }) @IsIn(REDENEN_DOORVERWIJZEN) reden!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) toelichting?: string;
}

export class SlotDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = maandag' }) @IsInt() @Min(1) @Max(7) dag!: number;
  @ApiProperty({ example: '09:00' }) @Matches(TIJD, { message: 'tijd als 09:00' }) van!: string;
  @ApiProperty({ example: '12:00' }) @Matches(TIJD, { message: 'tijd als 12:00' }) tot!: string;
}

export class UitzonderingDto {
  @ApiProperty({ example: '2026-12-24' }) @IsDateString({ strict: true }) van!: string;
  @ApiProperty({ example: '2027-01-02' }) @IsDateString({ strict: true }) tot!: string;
}

export class AanbodInhoudDto {
  @ApiProperty({ type: [String], example: ['tuin', 'klussen'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @Matches(CODE, { each: true })
  categorieen!: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(CODE, { each: true }) vaardigheden?: string[];
  @ApiProperty({ example: 'Ik help graag in de tuin' }) @IsString() @Length(3, 80) titel!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) omschrijving?: string;
  @ApiProperty({ type: [SlotDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => SlotDto)
  beschikbaarheid!: SlotDto[];
  @ApiPropertyOptional({ type: [UitzonderingDto], description: 'Vakanties' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => UitzonderingDto)
  uitzonderingen?: UitzonderingDto[];
  @ApiProperty({ minimum: 100, maximum: 100000, example: 2000 }) @IsInt() @Min(100) @Max(100000) maxAfstandMeter!: number;
  @ApiProperty({ enum: VERVOER }) @IsIn(VERVOER) vervoer!: (typeof VERVOER)[number];
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 2 }) @IsOptional() @IsInt() @Min(1) @Max(50) maxActieveMatches?: number;
  @ApiPropertyOptional({ minimum: 0.5, maximum: 60, default: 4 }) @IsOptional() @IsNumber() @Min(0.5) @Max(60) maxUrenPerWeek?: number;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(/^[a-z]{2,3}$/, { each: true }) talen?: string[];
  @ApiPropertyOptional({ enum: VOORKEUREN, description: 'Liefst een vaste buur, eenmalige hulp, of allebei' })
  @IsOptional()
  @IsIn(VOORKEUREN)
  voorkeur?: (typeof VOORKEUREN)[number];
}

export class AanbodDto extends AanbodInhoudDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemerId?: string;
  @ApiPropertyOptional({ enum: INTAKEKANALEN }) @IsOptional() @IsIn(INTAKEKANALEN) kanaal?: (typeof INTAKEKANALEN)[number];
}

export class AanbodWijzigingDto extends PartialType(AanbodInhoudDto) {}

export class PrikbordQuery {
  @ApiPropertyOptional({ example: 'GM0392' }) @IsOptional() @Matches(/^GM[0-9]{4}$/) gemeente?: string;
  @ApiPropertyOptional({ example: 'WK039201' }) @IsOptional() @Matches(/^WK[0-9]{6}$/, { message: 'wijkcode zoals WK039201' }) wijk?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(CODE) categorie?: string;
  @ApiPropertyOptional({ description: 'Zoekterm (fuzzy)' }) @IsOptional() @IsString() @Length(2, 60) q?: string;
  @ApiPropertyOptional({ enum: ['hulpvraag', 'aanbod'] }) @IsOptional() @IsIn(['hulpvraag', 'aanbod']) type?: 'hulpvraag' | 'aanbod';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ default: 20, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class LijstQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemer?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^WK[0-9]{6}$/) wijk?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) status?: string;
}
