import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { AuditService } from './audit.service';

class AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() deelnemer?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() account?: string;
  @ApiPropertyOptional({ description: 'Cursor: id van de laatste regel van de vorige pagina' }) @IsOptional() @Matches(/^[0-9]{1,18}$/) voor?: string;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Rollen('beheerder')
  @Get()
  @ApiOperation({ summary: 'Wie las of wijzigde welke persoonsgegevens (beheerder)' })
  list(@Caller() p: Principal, @Query() q: AuditQuery) {
    return this.audit.list(p.gemeenteId, { deelnemerId: q.deelnemer, accountId: q.account, voor: q.voor, limit: q.limit ?? 100 });
  }
}
