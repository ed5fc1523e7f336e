import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { MatchingService } from './matching.service';

class LimitQuery {
  @ApiPropertyOptional({ default: 10, maximum: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}

class ToewijzingDto {
  @ApiPropertyOptional({ example: 'WK039201' }) @IsOptional() @Matches(/^WK[0-9]{6}$/) wijk?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) hulpvraagIds?: string[];
}

/** Each weight may be any number here; the engine's rule (0..1, at least one above 0) answers 422 naming the field. */
class GewichtenDto {
  @ApiProperty() @IsNumber() vaardigheden!: number;
  @ApiProperty() @IsNumber() afstand!: number;
  @ApiProperty() @IsNumber() beschikbaarheid!: number;
  @ApiProperty() @IsNumber() capaciteitEnEerlijkheid!: number;
  @ApiProperty() @IsNumber() continuiteit!: number;
  @ApiProperty() @IsNumber() betrouwbaarheid!: number;
  @ApiProperty() @IsNumber() taal!: number;
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(private readonly service: MatchingService) {}

  @Get('hulpvragen/:id/suggesties')
  @ApiOperation({ summary: 'De beste helpers voor een open hulpvraag, met score per onderdeel en redenen; en wie net niet past, met waarom' })
  suggesties(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Query() q: LimitQuery) {
    return this.service.suggesties(p, id, q.limit);
  }

  @Get('aanbod/:id/suggesties')
  @ApiOperation({ summary: 'Open hulpvragen die bij dit aanbod passen, met redenen ("woont 600 m verderop")' })
  voorAanbod(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Query() q: LimitQuery) {
    return this.service.voorAanbod(p, id, q.limit);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('matching/toewijzing')
  @HttpCode(200)
  @ApiOperation({ summary: 'Voorstel voor een ronde: optimale verdeling van open hulpvragen over helpers (exact, met greedy ernaast). Wijst niets toe.' })
  toewijzing(@Caller() p: Principal, @Body() dto: ToewijzingDto) {
    return this.service.toewijzing(p, dto);
  }

  @Rollen('beheerder')
  @Get('matching/gewichten')
  @ApiOperation({ summary: 'De gewichten die nu gelden voor deze gemeente (ingesteld, anders de standaard)' })
  huidigeGewichten(@Caller() p: Principal) {
    return this.service.gewichten(p);
  }

  @Rollen('beheerder')
  @Put('matching/gewichten')
  @ApiOperation({ summary: 'Gewichten van de score-onderdelen voor deze gemeente (elk 0..1)' })
  gewichten(@Caller() p: Principal, @Body() dto: GewichtenDto) {
    return this.service.zetGewichten(p, { ...dto });
  }
}
