import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class MatchDto {
  @ApiProperty() @IsUUID() hulpvraagId!: string;
  @ApiProperty() @IsUUID() aanbodId!: string;
}

export class CascadeDto {
  @ApiProperty({ type: [String], description: 'Helpers in volgorde (uit de suggesties)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  aanbodIds!: string[];
  @ApiPropertyOptional({ enum: ['een-voor-een', 'tegelijk'], default: 'een-voor-een' }) @IsOptional() @IsIn(['een-voor-een', 'tegelijk']) modus?:
    'een-voor-een' | 'tegelijk';
  @ApiPropertyOptional({ description: 'Hoe lang een helper heeft om te reageren (uren)', minimum: 1, maximum: 336 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(336)
  uren?: number;
}

export class AfwijzenDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reden?: string;
}

export class AnnulerenDto {
  @ApiProperty() @IsString() @Length(3, 500) reden!: string;
}

export class NietVerschenenDto {
  @ApiProperty({ enum: ['hulpvrager', 'helper'] }) @IsIn(['hulpvrager', 'helper']) wie!: 'hulpvrager' | 'helper';
}

export class KeerDto {
  @ApiProperty({ example: 1.5, description: 'Uren, per kwartier' }) @IsNumber() uren!: number;
}

export class UitkomstDto {
  @ApiProperty({ description: 'Is de hulp gebeurd?' }) @IsBoolean() gebeurd!: boolean;
  @ApiPropertyOptional({ enum: ['positief', 'neutraal', 'negatief'] }) @IsOptional() @IsIn(['positief', 'neutraal', 'negatief']) oordeel?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) feedback?: string;
  @ApiPropertyOptional({ enum: ['hulpvrager', 'helper'], description: 'Makelaar: namens wie (na een telefoontje)' })
  @IsOptional()
  @IsIn(['hulpvrager', 'helper'])
  partij?: 'hulpvrager' | 'helper';
}
