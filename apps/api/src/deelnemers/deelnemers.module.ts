import { Module } from '@nestjs/common';
import { GebiedenModule } from '../gebieden/gebieden.module';
import { DeelnemersController } from './deelnemers.controller';
import { DeelnemersService } from './deelnemers.service';
import { InzageService } from './inzage.service';
import { RegistratieController } from './registratie.controller';

@Module({
  imports: [GebiedenModule],
  controllers: [DeelnemersController, RegistratieController],
  providers: [DeelnemersService, InzageService],
  exports: [DeelnemersService],
})
export class DeelnemersModule {}
