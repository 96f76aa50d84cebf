import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { AbsentieImportFout, AbsentieImportView, MAX_ABSENTIE_IMPORT_RIJEN } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError, DomainIssue } from '@sluitend/domain-nl';
import { AbsentieRecord } from '../../../absenties/database/absenties.repository';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { AbsentieImportsRepository } from '../../database/absentie-imports.repository';
import { AbsentieFout } from '../../domain/registratie.errors';
import { AbsentieCsvDeel, doorloopAbsentieCsv, kolomVanVeld } from '../registreer-absenties/absentie-csv';
import { controleerAbsenties } from '../registreer-absenties/controleer-absenties';
import { AbsentieImportRunner } from './absentie-import.runner';

/** Data rows read, checked and staged per step (one short transaction each, then the job's progress). */
export const IMPORT_DEEL = 5_000;

export type ImporteerAbsentiesCommand = {
  input: { bron: AsyncIterable<Buffer | string>; max?: number; deel?: number };
  actor: Claims;
  correlationId: string;
};

const alsFout = (issue: DomainIssue): AbsentieImportFout => ({
  regel: issue.row ?? 1,
  kolom: kolomVanVeld(issue.field),
  rule: issue.rule,
  message: issue.message,
});

/** A read ahead: its rejection is handled where it is awaited, never reported as unhandled meanwhile. */
function vooruit<T>(belofte: Promise<T>): Promise<T> {
  belofte.catch(() => undefined);
  return belofte;
}

/**
 * Use case: a school streams the absence CSV of its administration (up to 500,000 rows) into a job. The file is read
 * in parts with back-pressure — never held whole: each part's rows are checked (the absence schema; the student
 * registered and enrolled that day; the school's calendar; the same student and date twice in the file) and staged
 * in the job's table, the problems recorded by line, column and rule, the progress counted. A wrong header or no
 * calendar refuses the upload (400) before a job exists. When the file is read: any problem → the job is afgewezen and
 * nothing is stored (all or nothing, as the small CSV route); otherwise it goes to verwerken, where the runner stores
 * the rows and evaluates every student concerned in one transaction.
 */
@Injectable()
export class ImporteerAbsenties {
  private readonly logger = new Logger('AbsentieImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: AbsentieImportsRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly runner: AbsentieImportRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: ImporteerAbsentiesCommand): Promise<AbsentieImportView> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin } }, this.dataSource.manager));
    if (!kalender) throw AbsentieFout.geenKalender();
    const delen = doorloopAbsentieCsv(input.bron, input.max ?? MAX_ABSENTIE_IMPORT_RIJEN, input.deel ?? IMPORT_DEEL);
    // The header is checked before a job exists (the first part is empty): a wrong file is refused at once.
    await delen.next();

    const id = randomUUID();
    const begin = Date.now();
    await this.imports.maak(this.dataSource, { id, brin, doorSub: actor.sub, correlationId, op: this.clock.now() });
    let fouten = 0;
    let volgnummer = 0;
    try {
      // The next part is read and parsed while this one is checked and staged (two parts in memory at most).
      let volgende = vooruit(delen.next());
      for (;;) {
        const { value: deel, done } = await volgende;
        if (done) break;
        volgende = vooruit(delen.next());
        try {
          fouten += await this.leesDeel(id, brin, kalender, deel, volgnummer++);
        } catch (error) {
          await volgende.catch(() => undefined);
          throw error;
        }
      }
    } catch (error) {
      if (!(error instanceof DomainError)) {
        this.logger.error(`absentie-import ${id}: het inlezen mislukte: ${error instanceof Error ? error.message : String(error)}`);
        await this.imports.sluit(this.dataSource, id, 'mislukt', 'het inlezen mislukte', this.clock.now());
        throw error;
      }
      // The file broke off (syntax, too many rows): the report says so, nothing is stored.
      const bestand = error.issues.length > 0 ? error.issues : [{ field: '(bestand)', rule: error.code, message: error.message }];
      await this.imports.leesVoortgang(this.dataSource, id, 0, bestand.map(alsFout), this.clock.now());
      fouten += bestand.length;
    }
    await this.imports.gelezen(this.dataSource, id, fouten > 0 ? 'afgewezen' : 'verwerken', this.clock.now());
    this.logger.log(`absentie-import ${id}: ingelezen in ${Date.now() - begin} ms, ${fouten} fout(en)`);
    if (fouten === 0) this.runner.start(id);
    return (await this.imports.lees(this.dataSource, id, brin)) as AbsentieImportView;
  }

  /** One part of the file: checked against the school's students and calendar, staged; answers its problems. */
  private async leesDeel(
    id: string,
    brin: string,
    kalender: Parameters<typeof controleerAbsenties>[2],
    deel: AbsentieCsvDeel,
    volgnummer: number,
  ): Promise<number> {
    // One pseudonym per student per part: a school's export has a student's days together.
    const pseudoniemen = new Map<string, string>();
    const records: AbsentieRecord[] = deel.absenties.map(({ persoonsnummer, ...dag }) => {
      let jongereId = pseudoniemen.get(persoonsnummer);
      if (jongereId === undefined) pseudoniemen.set(persoonsnummer, (jongereId = this.persoonsnummers.jongereId(persoonsnummer)));
      return { brin, jongereId, dag };
    });
    return this.dataSource.transaction(async (manager) => {
      const leerlingen = await this.leerlingen.vanSchool(manager, brin, [...pseudoniemen.values()]);
      const issues = controleerAbsenties(records, leerlingen, kalender, {
        veld: (_, naam) => naam,
        rij: (i) => deel.regels[i],
        noem: (i) => `regel ${deel.regels[i]}`,
      });
      const fout = new Set(issues.map((issue) => issue.row));
      const dubbel = await this.imports.stage(
        manager,
        id,
        volgnummer,
        records.flatMap(({ jongereId, dag }, i) => (fout.has(deel.regels[i]) ? [] : [{ jongereId, dag, regel: deel.regels[i] }])),
      );
      const fouten = [
        ...deel.issues.map(alsFout),
        ...issues.map(alsFout),
        ...dubbel.map(({ regel, eerder }) => ({ regel, kolom: 'datum', rule: 'uniek', message: `dezelfde leerling en datum als regel ${eerder}` })),
      ].sort((a, b) => a.regel - b.regel);
      await this.imports.leesVoortgang(manager, id, deel.gelezen, fouten, this.clock.now());
      return fouten.length;
    });
  }
}
