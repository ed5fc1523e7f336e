import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
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
import { CODE } from '../marktplaats/marktplaats.dto';

export class GroepstaakDto {
  @ApiProperty({ example: 'WK039200' }) @Matches(/^WK[0-9]{6}$/) wijk!: string;
  @ApiProperty({ example: 'Onderhoudsploeg: speeltuin opruimen' }) @IsString() @Length(3, 80) titel!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) omschrijving?: string;
  @ApiProperty({ example: 'Speeltuin Kleverpark, ingang Zijlweg' }) @IsString() @Length(3, 200) plaats!: string;
  @ApiProperty() @IsDateString() datum!: string;
  @ApiProperty({ minimum: 15, maximum: 480 }) @IsInt() @Min(15) @Max(480) duurMinuten!: number;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) plekken!: number;
  @ApiPropertyOptional({ description: 'Account van de coördinator; standaard uzelf' }) @IsOptional() @IsUUID() coordinatorId?: string;
  @ApiPropertyOptional({ example: 'tuin' }) @IsOptional() @Matches(CODE) categorie?: string;
  @ApiPropertyOptional({ description: 'Dit werk wordt normaal betaald uitgevoerd (verdringing)' }) @IsOptional() @IsBoolean() betaaldWerk?: boolean;
  @ApiPropertyOptional({ description: 'Reden om een verdringingsregel bewust te passeren' }) @IsOptional() @IsString() @Length(10, 1000) overrideReden?: string;
}

export class AanmeldingDto {
  @ApiPropertyOptional({ description: 'Makelaar: namens deze deelnemer; standaard uzelf' }) @IsOptional() @IsUUID() deelnemerId?: string;
}

export class AanwezigDto {
  @ApiProperty() @IsUUID() deelnemerId!: string;
  @ApiProperty() @IsBoolean() aanwezig!: boolean;
  @ApiPropertyOptional({ description: 'Gewerkte uren; standaard de duur van de taak' }) @IsOptional() @IsNumber() uren?: number;
}

export class AanwezigheidDto {
  @ApiProperty({ type: [AanwezigDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AanwezigDto)
  deelnemers!: AanwezigDto[];
}
