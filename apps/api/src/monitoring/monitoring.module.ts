import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { KerncijfersService } from './kerncijfers.service';
import { MonitoringController } from './monitoring.controller';

/** Aggregate figures for the gemeente (never personal data) and the daily open-data export's files. */
@Module({ controllers: [MonitoringController, ExportsController], providers: [KerncijfersService, ExportsService], exports: [KerncijfersService] })
export class MonitoringModule {}
