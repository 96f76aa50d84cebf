import { DynamicModule, Global, Module } from '@nestjs/common';
import { ServiceKernelModule } from '@sluitend/platform';
import { CaseloadModule } from './caseload/caseload.module';
import { CasussenModule } from './casussen/casussen.module';
import { TRAJECTEN_ENV, TrajectenEnv } from './config/trajecten-env';
import { ContactenModule } from './contacten/contacten.module';
import { DuoLijstenModule } from './duo-lijsten/duo-lijsten.module';
import { Casussen1732320001300 } from './migrations/1732320001300-casussen';
import { Heraanpak1732320001301 } from './migrations/1732320001301-heraanpak';
import { CasusInzage1732320001302 } from './migrations/1732320001302-casus-inzage';
import { Caseload1732320001303 } from './migrations/1732320001303-caseload';
import { DuoLijst1732320001304 } from './migrations/1732320001304-duo-lijst';
import { Screening1732320001305 } from './migrations/1732320001305-screening';
import { Trajectplan1732320001306 } from './migrations/1732320001306-trajectplan';
import { Overdracht1732320001307 } from './migrations/1732320001307-overdracht';
import { OverdrachtenModule } from './overdrachten/overdrachten.module';
import { NetwerkoverlegAdvies1732320001308 } from './migrations/1732320001308-netwerkoverleg-advies';
import { NetwerkoverlegModule } from './netwerkoverleg/netwerkoverleg.module';
import { Programmas1732400001001 } from './migrations/1732400001001-programmas';
import { ProgrammasModule } from './programmas/programmas.module';
import { Nazorgcontrole1732400001002 } from './migrations/1732400001002-nazorgcontrole';
import { NazorgModule } from './nazorg/nazorg.module';
import { ScreeningModule } from './screening/screening.module';
import { SignalenModule } from './signalen/signalen.module';
import { TrajectplannenModule } from './trajectplannen/trajectplannen.module';
import { BenaderrondesModule } from './benaderrondes/benaderrondes.module';
import { Benaderrondes1732400011001 } from './migrations/1732400011001-benaderrondes';
import { CasusInkomensklasse1732400041001 } from './migrations/1732400041001-casus-inkomensklasse';

/**
 * trajecten: RMC case management. Capabilities so far (each depends only on the ones before it): casussen (cases per
 * region and person, their steps, casusregisseur), signalen (signals → cases by the region's rule table), contacten
 * (contact attempts, re-approach timers), caseload (open cases per casusregisseur against the norm), duo-lijsten (the A01 list into cases), screening (life domains and skills, history), trajectplannen (the plan with optimistic locking), overdrachten (warm handovers to partners, escalated when not accepted in time), netwerkoverleg, programmas (a region's programmes, cases joining and leaving with a result), nazorg (the check after closing with a place, on the sweeper). The other folders hold domain rules that are not served yet (src/README.md).
 */
@Global()
@Module({})
export class AppModule {
  static forEnv(env: TrajectenEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKernelModule.forService({
          service: 'trajecten',
          // The audit of personal-data reads, for the organisation's functionaris gegevensbescherming.
          audit: {
            select:
              "SELECT door AS gebruiker, org_type || ':' || org_code AS organisatie, casus_id::text AS onderwerp, wat AS reden, op FROM casus_inzage",
          },
          env,
          entities: [],
          migrations: [
            Casussen1732320001300,
            Heraanpak1732320001301,
            CasusInzage1732320001302,
            Caseload1732320001303,
            DuoLijst1732320001304,
            Screening1732320001305,
            Trajectplan1732320001306,
            Overdracht1732320001307,
            NetwerkoverlegAdvies1732320001308,
            Programmas1732400001001,
            Nazorgcontrole1732400001002,
            Benaderrondes1732400011001,
            CasusInkomensklasse1732400041001,
          ],
          // overstap's signals open cases; trajecten's own status changes plan the re-approach timers.
          consumes: { subscribesTo: ['overstap', 'trajecten', 'verzuim'] },
        }),
        CasussenModule,
        SignalenModule,
        ContactenModule,
        CaseloadModule,
        DuoLijstenModule,
        ScreeningModule,
        TrajectplannenModule,
        OverdrachtenModule,
        NetwerkoverlegModule,
        ProgrammasModule,
        NazorgModule,
        BenaderrondesModule,
      ],
      providers: [{ provide: TRAJECTEN_ENV, useValue: env }],
      exports: [TRAJECTEN_ENV],
    };
  }
}
