import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { POSTCODE_PATTERN } from './adres-lookup';

export class GemeenteQuery {
  @ApiPropertyOptional({ example: 'GM0392', description: 'Alleen voor wie niet is ingelogd; standaard de eerste gemeente' })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'gemeente is een CBS-code zoals GM0392' })
  gemeente?: string;
}

export class AdresQuery extends GemeenteQuery {
  @ApiProperty({ example: '2011AB' })
  @IsString()
  @Matches(POSTCODE_PATTERN, { message: 'vul een postcode in zoals 2011 AB' })
  postcode!: string;

  @ApiProperty({ example: '12' })
  @IsString()
  @Matches(/^[1-9][0-9]{0,4}(\s?[A-Za-z0-9-]{1,4})?$/, { message: 'vul een huisnummer in, eventueel met toevoeging (12A)' })
  huisnummer!: string;
}

export class CategorieUpdateDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 80) naam?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[a-z-]{2,30}$/) pictogram?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() vogVereist?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() wijkserviceOpen?: boolean;
  @ApiPropertyOptional({ description: 'Normaal betaald werk: nooit naar Wijkservice (verdringing)' }) @IsOptional() @IsBoolean() betaaldWerk?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() actief?: boolean;
}

export class SpreekuurDto {
  @ApiProperty({ enum: ['balie', 'telefoon'] }) @IsIn(['balie', 'telefoon']) soort!: 'balie' | 'telefoon';
  @ApiProperty({ minimum: 1, maximum: 7, description: '1 = maandag' }) @IsInt() @Min(1) @Max(7) dag!: number;
  @ApiProperty({ example: '09:00' }) @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'tijd als 09:00' }) van!: string;
  @ApiProperty({ example: '12:00' }) @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'tijd als 12:00' }) tot!: string;
}

export class LocatieDto {
  @ApiProperty() @IsString() @Length(2, 120) naam!: string;
  @ApiProperty() @IsString() @Length(5, 200) adres!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[0-9 +()-]{6,20}$/, { message: 'vul een telefoonnummer in' }) telefoon?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @Matches(/^WK[0-9]{6}$/, { each: true, message: 'wijkcode zoals WK039201' }) wijken!: string[];
  @ApiProperty({ type: [SpreekuurDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SpreekuurDto) spreekuren!: SpreekuurDto[];
}

export class WerkgebiedDto {
  @ApiProperty() @IsString() @Length(2, 80) naam!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[0-9 +()-]{6,20}$/) telefoon?: string;
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(100) @Matches(/^WK[0-9]{6}$/, { each: true, message: 'wijkcode zoals WK039201' }) wijken!: string[];
}
