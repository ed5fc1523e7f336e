import { Module } from '@nestjs/common';
import { DeelnemersModule } from '../deelnemers/deelnemers.module';
import { GebiedenModule } from '../gebieden/gebieden.module';
import { AanbodService } from './aanbod.service';
import { HulpvragenService } from './hulpvragen.service';
import { IntakeController } from './intake.controller';
import { AanbodController, HulpvragenController, PrikbordController } from './marktplaats.controller';
import { PapierService } from './papier.service';
import { PrikbordService } from './prikbord.service';

@Module({
  imports: [DeelnemersModule, GebiedenModule],
  controllers: [HulpvragenController, AanbodController, PrikbordController, IntakeController],
  providers: [HulpvragenService, AanbodService, PrikbordService, PapierService],
  exports: [HulpvragenService, AanbodService],
})
export class MarktplaatsModule {}
