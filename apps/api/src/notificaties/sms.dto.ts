import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class InkomendeSmsDto {
  @ApiProperty({ description: 'Bericht-id van de provider (een herhaald bericht werkt één keer)' })
  @IsString()
  @Length(1, 100)
  id!: string;

  @ApiProperty({ example: '+31612345678' })
  @IsString()
  @Matches(/^\+?[\d\s-]{8,20}$/, { message: 'verwacht een telefoonnummer' })
  van!: string;

  @ApiProperty({ example: 'JA' })
  @IsString()
  @Length(1, 640)
  tekst!: string;
}
