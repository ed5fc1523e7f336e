import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Length } from 'class-validator';

export class BetwistDto {
  @ApiPropertyOptional({ example: 1.5, description: 'Hoeveel uur het volgens u was' }) @IsOptional() @IsNumber() uren?: number;
  @ApiProperty() @IsString() @Length(3, 500) toelichting!: string;
}

export class OplossingDto {
  @ApiProperty({ example: 1.5, description: 'De uren waarover beide kanten het eens zijn' }) @IsNumber() uren!: number;
}
