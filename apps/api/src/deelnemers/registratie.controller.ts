import { Body, Controller, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { RegistrerenDto } from '../auth/auth.dto';
import { AuthService } from '../auth/auth.service';
import { LoginThrottle, OptionalCaller, Public } from '../auth/decorators';
import { anoniem, type Principal } from '../auth/principal';
import { GemeenteQuery } from '../gebieden/gebieden.dto';
import { TenantService } from '../tenancy/tenant.service';
import { DeelnemersService } from './deelnemers.service';

@ApiTags('auth')
@Controller('auth')
export class RegistratieController {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly deelnemers: DeelnemersService,
    private readonly tenants: TenantService,
  ) {}

  /** Light registration: name, postcode + huisnummer, e-mail and a password; consent for matching. */
  @Public()
  @LoginThrottle()
  @Post('registreren')
  @ApiOperation({ summary: 'Zelf een account maken als bewoner en/of vrijwilliger' })
  async registreren(@OptionalCaller() p: Principal | undefined, @Body() dto: RegistrerenDto, @Query() q: GemeenteQuery) {
    const g = await this.tenants.resolve(p, q.gemeente);
    const accountId = await this.ds.transaction(async (m) => {
      const d = await this.deelnemers.maak(
        anoniem(g.id),
        {
          voornaam: dto.voornaam,
          achternaam: dto.achternaam,
          email: dto.email,
          telefoon: dto.telefoon,
          postcode: dto.postcode,
          huisnummer: dto.huisnummer,
          rollen: dto.rollen,
          contactVoorkeur: 'email',
          toestemmingen: [{ doel: 'matching' }],
          kanaal: 'web',
        },
        m,
      );
      return this.auth.createAccount(m, {
        gemeenteId: g.id,
        email: dto.email,
        wachtwoord: dto.wachtwoord,
        rollen: dto.rollen,
        deelnemerId: d.id,
        naam: dto.voornaam,
      });
    });
    return this.auth.tokensFor(accountId);
  }
}
