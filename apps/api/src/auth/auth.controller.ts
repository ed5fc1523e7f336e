import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginDto, LogoutDto, RefreshDto, WachtwoordHerstellenDto, WachtwoordVergetenDto } from './auth.dto';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Caller, LoginThrottle, Public } from './decorators';
import type { Principal } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly guard: AuthGuard,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @LoginThrottle()
  @ApiOperation({ summary: 'Inloggen met e-mail en wachtwoord; geeft een access token (kort) en een refresh token' })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.email, dto.password);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @LoginThrottle()
  @ApiOperation({ summary: 'Nieuw tokenpaar; het oude refresh token vervalt (hergebruik beëindigt de hele sessie)' })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Uitloggen op dit apparaat (met refreshToken) of overal (zonder)' })
  async logout(@Caller() p: Principal, @Body() dto: LogoutDto) {
    await this.auth.logout(p.accountId, dto.refreshToken);
    if (!dto.refreshToken) this.guard.forget(p.accountId);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Het ingelogde account' })
  me(@Caller() p: Principal) {
    return this.auth.me(p.accountId);
  }

  @Public()
  @Post('wachtwoord-vergeten')
  @HttpCode(202)
  @LoginThrottle()
  @ApiOperation({ summary: 'Stuurt een herstellink als het account bestaat (antwoordt altijd hetzelfde)' })
  async wachtwoordVergeten(@Body() dto: WachtwoordVergetenDto) {
    await this.auth.wachtwoordVergeten(dto.email);
    return { status: 'verstuurd-als-het-account-bestaat' };
  }

  @Public()
  @Post('wachtwoord-herstellen')
  @HttpCode(204)
  @LoginThrottle()
  @ApiOperation({ summary: 'Nieuw wachtwoord met de token uit de herstellink; beëindigt alle sessies' })
  wachtwoordHerstellen(@Body() dto: WachtwoordHerstellenDto) {
    return this.auth.wachtwoordHerstellen(dto.token, dto.wachtwoord);
  }
}
