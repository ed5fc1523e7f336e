import { Module } from '@nestjs/common';
import { MatchesCoreModule } from '@app/matches';
import { MarktplaatsModule } from '../marktplaats/marktplaats.module';
import { MatchingModule } from '../matching/matching.module';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';
import { MatchkaartService } from './matchkaart.service';

@Module({
  imports: [MatchesCoreModule, MarktplaatsModule, MatchingModule],
  controllers: [MatchesController],
  providers: [MatchesService, MatchkaartService],
  exports: [MatchesService],
})
export class MatchesModule {}
