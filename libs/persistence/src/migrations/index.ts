import { Foundation1763900000000 } from './1763900000000-foundation';
import { DeelnemersEnGebieden1763900100000 } from './1763900100000-deelnemers-en-gebieden';
import { Haarlem1763900200000 } from './1763900200000-haarlem';
import { Marktplaats1763900300000 } from './1763900300000-marktplaats';
import { MatchesEnTaken1763900400000 } from './1763900400000-matches-en-taken';
import { Monitoring1763900500000 } from './1763900500000-monitoring';
import { Wijkservice1763900600000 } from './1763900600000-wijkservice';
import { Notificaties1763900700000 } from './1763900700000-notificaties';
import { MonitoringSnel1763900900000 } from './1763900900000-monitoring-snel';
import { BerichtenHot1763901000000 } from './1763901000000-berichten-hot';
import { MonitoringMomentopnamen1763901100000 } from './1763901100000-monitoring-momentopnamen';
import { KandidatenKnn1763901200000 } from './1763901200000-kandidaten-knn';
import { KandidatenStatistiek1763901300000 } from './1763901300000-kandidaten-statistiek';
import { PrikbordZoek1763901400000 } from './1763901400000-prikbord-zoek';
import { PrikbordGemeenteZoek1763901500000 } from './1763901500000-prikbord-gemeente-zoek';
import { KandidatenBolpunt1763901600000 } from './1763901600000-kandidaten-bolpunt';

/** Every migration, in order. Listed explicitly (no globs) so the compiled and the ts-jest builds agree. */
export const migrations = [
  Foundation1763900000000,
  DeelnemersEnGebieden1763900100000,
  Haarlem1763900200000,
  Marktplaats1763900300000,
  MatchesEnTaken1763900400000,
  Monitoring1763900500000,
  Wijkservice1763900600000,
  Notificaties1763900700000,
  MonitoringSnel1763900900000,
  BerichtenHot1763901000000,
  MonitoringMomentopnamen1763901100000,
  KandidatenKnn1763901200000,
  KandidatenStatistiek1763901300000,
  PrikbordZoek1763901400000,
  PrikbordGemeenteZoek1763901500000,
  KandidatenBolpunt1763901600000,
];
