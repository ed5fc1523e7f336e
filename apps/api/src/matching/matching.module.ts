import { Module } from '@nestjs/common';
import { MarktplaatsModule } from '../marktplaats/marktplaats.module';
import { MatchesCoreModule } from '@app/matches';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

@Module({
  imports: [MarktplaatsModule, MatchesCoreModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
