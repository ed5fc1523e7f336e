import { Module } from '@nestjs/common';
import { MatchesCoreModule } from '@app/matches';
import { DeelnemersModule } from '../deelnemers/deelnemers.module';
import { MarktplaatsModule } from '../marktplaats/marktplaats.module';
import { MatchesModule } from '../matches/matches.module';
import { MatchingModule } from '../matching/matching.module';
import { WijkserviceBeheerController } from './beheer.controller';
import { WijkserviceDeelnemersController } from './deelnemers.controller';
import { GroepstakenController } from './groepstaken.controller';
import { GroepstakenService } from './groepstaken.service';
import { MarkeringService } from './markering.service';
import { WijkserviceMonitoringService } from './monitoring.service';
import { WijkserviceToegang } from './toegang';
import { ToewijzingController } from './toewijzing.controller';
import { UrenOverzichtService } from './uren-overzicht.service';
import { UrenService } from './uren.service';
import { VerklaringService } from './verklaring.service';
import { VerwijzingService } from './verwijzing.service';

@Module({
  imports: [DeelnemersModule, MarktplaatsModule, MatchingModule, MatchesCoreModule, MatchesModule],
  controllers: [WijkserviceDeelnemersController, ToewijzingController, GroepstakenController, WijkserviceBeheerController],
  providers: [
    WijkserviceToegang,
    VerwijzingService,
    UrenService,
    GroepstakenService,
    MarkeringService,
    VerklaringService,
    WijkserviceMonitoringService,
    UrenOverzichtService,
  ],
})
export class WijkserviceModule {}
