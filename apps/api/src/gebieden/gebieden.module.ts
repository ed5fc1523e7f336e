import { Module } from '@nestjs/common';
import { AdresLookup, Pc4AdresLookup } from './adres-lookup';
import { GebiedenController } from './gebieden.controller';
import { GebiedenService } from './gebieden.service';

@Module({
  controllers: [GebiedenController],
  providers: [GebiedenService, { provide: AdresLookup, useClass: Pc4AdresLookup }],
  exports: [GebiedenService, AdresLookup],
})
export class GebiedenModule {}
