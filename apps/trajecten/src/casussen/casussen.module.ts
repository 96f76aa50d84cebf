import { Module } from '@nestjs/common';
import { Persoonsnummers } from '../shared/persoonsnummers';
import { OpenCasus } from './commands/open-casus/open-casus';
import { OpenCasusHttp } from './commands/open-casus/open-casus.http';
import { VoegCasussenSamen } from './commands/voeg-casussen-samen/voeg-casussen-samen';
import { VoegCasussenSamenMessage } from './commands/voeg-casussen-samen/voeg-casussen-samen.message';
import { WijsRegisseurToe } from './commands/wijs-regisseur-toe/wijs-regisseur-toe';
import { WijsRegisseurToeHttp } from './commands/wijs-regisseur-toe/wijs-regisseur-toe.http';
import { ZetCasusStap } from './commands/zet-casus-stap/zet-casus-stap';
import { ZetCasusStapHttp } from './commands/zet-casus-stap/zet-casus-stap.http';
import { CasussenRepository } from './database/casussen.repository';
import { LeesCasus } from './queries/casus/lees-casus';
import { LeesCasusHttp } from './queries/casus/casus.http';
import { LeesInzage } from './queries/inzage/lees-inzage';
import { LeesInzageHttp } from './queries/inzage/inzage.http';
import { ZoekCasussen } from './queries/casussen/zoek-casussen';
import { ZoekCasussenHttp } from './queries/casussen/casussen.http';

/** Cases per RMC-regio and person: opened by hand or from signals (signalen), worked through their steps to an outcome. */
@Module({
  controllers: [ZoekCasussenHttp, OpenCasusHttp, LeesCasusHttp, LeesInzageHttp, ZetCasusStapHttp, WijsRegisseurToeHttp, VoegCasussenSamenMessage],
  providers: [CasussenRepository, Persoonsnummers, OpenCasus, ZetCasusStap, WijsRegisseurToe, LeesCasus, ZoekCasussen, LeesInzage, VoegCasussenSamen],
  exports: [CasussenRepository],
})
export class CasussenModule {}
