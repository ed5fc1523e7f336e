import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CONTACTKANALEN, DEELGRONDSLAGEN, ESCALATIE_PARTNERS, TAAK_SOORTEN, TAAK_STATUSSEN, TAAK_UITKOMSTEN } from '@app/domain';
import { POSTCODE_PATTERN } from '../gebieden/adres-lookup';

export class TaakQuery {
  @ApiPropertyOptional({ enum: TAAK_STATUSSEN }) @IsOptional() @IsIn(TAAK_STATUSSEN) status?: string;
  @ApiPropertyOptional({ enum: TAAK_SOORTEN }) @IsOptional() @IsString() @MaxLength(40) soort?: string;
  @ApiPropertyOptional({ description: 'Alleen mijn taken' }) @IsOptional() @IsIn(['true', 'false']) mijn?: string;
}

export class ToewijzenDto {
  @ApiProperty() @IsUUID() accountId!: string;
}

export class UitstellenDto {
  @ApiProperty() @IsString() @Length(3, 500) reden!: string;
  @ApiProperty({ example: '2026-12-01T09:00:00+01:00' }) @IsDateString({ strict: true }) tot!: string;
}

export class TaakAfrondenDto {
  @ApiProperty({ enum: TAAK_UITKOMSTEN }) @IsIn(TAAK_UITKOMSTEN) uitkomst!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}

export class ContactmomentDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() hulpvraagId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() matchId?: string;
  @ApiProperty({ enum: [...CONTACTKANALEN, 'bezoek', 'balie'] }) @IsIn([...CONTACTKANALEN, 'bezoek', 'balie']) kanaal!: string;
  @ApiProperty() @IsString() @Length(2, 4000) samenvatting!: string;
  @ApiPropertyOptional({ description: 'Maakt een taak aan om op terug te komen' }) @IsOptional() @IsBoolean() opvolgingNodig?: boolean;
}

export class OverPersoonDto {
  @ApiPropertyOptional() @IsOptional() @Matches(POSTCODE_PATTERN) postcode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10) huisnummer?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^WK[0-9]{6}$/) wijk?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) naam?: string;
}

export class MelderDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) naam?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^(\+31|0)[0-9 -]{8,14}$/) telefoon?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
}

export class SignaleringDto {
  @ApiProperty({ type: OverPersoonDto }) @IsObject() @ValidateNested() @Type(() => OverPersoonDto) over!: OverPersoonDto;
  @ApiProperty({ description: 'Waar maakt u zich zorgen over?' }) @IsString() @Length(5, 4000) zorg!: string;
  @ApiProperty({ description: 'Acuut gevaar? Bel 112.' }) @IsBoolean() urgent!: boolean;
  @ApiPropertyOptional({ type: MelderDto, description: 'Mag leeg blijven (anoniem)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MelderDto)
  melder?: MelderDto;
}

export class SignaleringActieDto {
  @ApiPropertyOptional({ enum: ESCALATIE_PARTNERS }) @IsOptional() @IsIn(ESCALATIE_PARTNERS) partner?: string;
  @ApiPropertyOptional({ enum: DEELGRONDSLAGEN }) @IsOptional() @IsIn(DEELGRONDSLAGEN) grondslag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) toelichting?: string;
}
