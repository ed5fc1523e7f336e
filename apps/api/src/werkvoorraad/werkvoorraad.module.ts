import { Module } from '@nestjs/common';
import { GebiedenModule } from '../gebieden/gebieden.module';
import { WerkvoorraadController } from './werkvoorraad.controller';
import { WerkvoorraadService } from './werkvoorraad.service';

@Module({ imports: [GebiedenModule], controllers: [WerkvoorraadController], providers: [WerkvoorraadService] })
export class WerkvoorraadModule {}
