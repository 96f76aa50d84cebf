import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import { inTransaction } from '@sluitend/persistence';
import { exporteer } from '../../../shared/export/exporteer';
import type { Exportrapport } from '../../../shared/export/rapport';
import { TabellenboekRepository } from '../../../tabellenboek/database/tabellenboek.repository';
import { LeesTabellenboek } from '../../../tabellenboek/queries/tabellenboek/tabellenboek';
import { tabellenboekExport } from '../../../tabellenboek/queries/tabellenboek/tabellenboek.export';
import { TrajectcijfersRepository } from '../../../trajectcijfers/database/trajectcijfers.repository';
import { LeesEffectrapportage } from '../../../trajectcijfers/queries/effectrapportage/effectrapportage';
import { effectrapportageExport } from '../../../trajectcijfers/queries/effectrapportage/effectrapportage.export';
import { LeesBenaderrondes } from '../../../trajectcijfers/queries/benaderrondes/benaderrondes';
import { benaderrondesExport } from '../../../trajectcijfers/queries/benaderrondes/benaderrondes.export';
import { LeesProgrammaresultaten } from '../../../trajectcijfers/queries/programmaresultaten/programmaresultaten';
import { programmaresultatenExport } from '../../../trajectcijfers/queries/programmaresultaten/programmaresultaten.export';
import { DocumentenRepository } from '../../database/documenten.repository';
import type { GeplandRapport } from '../../domain/rapportplanning';

export type GenereerRapportenCommand = { input: GeplandRapport & { op: Date }; correlationId: string };

const FORMATEN = ['pdf', 'xlsx'] as const;

/** The organisation a scheduled document is generated for, as the report's own query reads it (its scope, suppressed). */
const namens = (org: Claims['org'], rol: Claims['roles'][number]): Claims => ({
  sub: 'systeem:rapportplanning',
  name: 'Geplande rapportage',
  org,
  roles: [rol],
});

/**
 * Use case: one scheduled generation — every school's tabellenboek or every region's effectrapportage of a school year
 * with figures (closed cases; with the region's outreach rounds, per round, and programme results after them), as PDF and XLSX through the same queries and export code as the export routes (always suppressed: a
 * document leaves the organisation), stored once per kind, year, organisation and format.
 */
@Injectable()
export class GenereerRapporten {
  private readonly logger = new Logger(GenereerRapporten.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly documenten: DocumentenRepository,
    private readonly tabellenboeken: TabellenboekRepository,
    private readonly trajectcijfers: TrajectcijfersRepository,
    private readonly leesTabellenboek: LeesTabellenboek,
    private readonly leesEffectrapportage: LeesEffectrapportage,
    private readonly leesBenaderrondes: LeesBenaderrondes,
    private readonly leesProgrammaresultaten: LeesProgrammaresultaten,
  ) {}

  async execute(command: GenereerRapportenCommand, tx?: EntityManager): Promise<number> {
    const { soort, schooljaar, op } = command.input;
    const rapporten =
      soort === 'tabellenboek'
        ? await this.tabellenboeken_(schooljaar, command.correlationId)
        : await this.effectrapportages(schooljaar, command.correlationId);
    return inTransaction(this.dataSource, tx, async (manager) => {
      for (const { organisatie, rapport } of rapporten) {
        for (const formaat of FORMATEN) {
          await this.documenten.bewaar(manager, {
            id: randomUUID(),
            soort,
            schooljaar,
            organisatieType: organisatie.type,
            organisatieCode: organisatie.code,
            formaat,
            bestandsnaam: `${rapport.naam}.${formaat}`,
            inhoud: await exporteer(rapport, formaat),
            gegenereerdOp: op,
          });
        }
      }
      this.logger.log(`${soort} ${schooljaar}: ${rapporten.length} organisation(s), ${rapporten.length * FORMATEN.length} document(s)`);
      return rapporten.length * FORMATEN.length;
    });
  }

  private async tabellenboeken_(
    schooljaar: string,
    correlationId: string,
  ): Promise<Array<{ organisatie: { type: 'vo-school'; code: string }; rapport: Exportrapport }>> {
    const scholen = await this.tabellenboeken.scholenMetCijfers(this.dataSource, schooljaar);
    const uit: Array<{ organisatie: { type: 'vo-school'; code: string }; rapport: Exportrapport }> = [];
    for (const brin of scholen) {
      const organisatie = { type: 'vo-school' as const, code: brin };
      const boek = await this.leesTabellenboek.execute({
        input: { schooljaar, brin },
        actor: namens(organisatie, 'decaan'),
        correlationId,
        voorExport: true,
      });
      uit.push({ organisatie, rapport: tabellenboekExport(boek) });
    }
    return uit;
  }

  private async effectrapportages(
    schooljaar: string,
    correlationId: string,
  ): Promise<Array<{ organisatie: { type: 'rmc-regio'; code: string }; rapport: Exportrapport }>> {
    const regios = await this.trajectcijfers.regiosMetCijfers(this.dataSource, schooljaar);
    const uit: Array<{ organisatie: { type: 'rmc-regio'; code: string }; rapport: Exportrapport }> = [];
    for (const regio of regios) {
      const organisatie = { type: 'rmc-regio' as const, code: regio };
      const lees = { actor: namens(organisatie, 'rmc-coordinator'), correlationId, voorExport: true };
      const effect = effectrapportageExport(await this.leesEffectrapportage.execute({ ...lees, input: { schooljaar } }));
      const rondes = benaderrondesExport(await this.leesBenaderrondes.execute({ ...lees, input: { schooljaar, dimensie: 'ronde' } }));
      const programmas = programmaresultatenExport(await this.leesProgrammaresultaten.execute({ ...lees, input: { schooljaar } }));
      uit.push({
        organisatie,
        rapport: {
          ...effect,
          naam: `effectrapportage-${regio}-${schooljaar}`,
          kenmerken: [...effect.kenmerken, ...rondes.kenmerken.slice(1), programmas.kenmerken[0]],
          tabellen: [...effect.tabellen, ...rondes.tabellen, ...programmas.tabellen],
        },
      });
    }
    return uit;
  }
}
