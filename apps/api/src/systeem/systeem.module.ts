import { Module } from '@nestjs/common';
import { SysteemController } from './systeem.controller';
import { SysteemService } from './systeem.service';

@Module({ controllers: [SysteemController], providers: [SysteemService] })
export class SysteemModule {}
