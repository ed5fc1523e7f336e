import { Module } from '@nestjs/common';
import { KandidatenRepository } from './kandidaten.repository';
import { MatchWorkflow } from './match-workflow';

@Module({ providers: [MatchWorkflow, KandidatenRepository], exports: [MatchWorkflow, KandidatenRepository] })
export class MatchesCoreModule {}
