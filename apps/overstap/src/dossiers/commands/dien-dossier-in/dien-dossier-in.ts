import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Claims, assertActsFor } from '@sluitend/auth';
import { DienDossierIn } from '@sluitend/contracts';
import { Clock, CLOCK, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { DEADLINE_REGELS, DeadlineRegels, planDeadlines } from '../../../deadlines/deadline-regels';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { contentHash } from '../../canonical-json';
import { DossierRepository } from '../../dossier.repository';
import { Dossier } from '../../dossier.entity';

export type DossierResultaat = {
  index: number;
  dossierId: string;
  versie: number;
  status: 'aangemaakt' | 'bijgewerkt' | 'ongewijzigd';
};

type Existing = { id: string; vestiging: string; versie: number; inhoudHash: string; ingediendOp: Date };

type Prepared = { index: number; input: DienDossierIn; jongereId: string; inhoud: Record<string, unknown>; hash: string };

/** A concurrent insert of the same student, a lost serialisation race or a deadlock: the transaction is retried. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);

/**
 * Use case: a VO school submits one or many digitale doorstroomdossiers. All-or-nothing: every dossier is checked
 * before anything is stored, and the new versions, their history and their events commit in one transaction.
 * Submitting the same content again changes nothing and publishes nothing.
 */
@Injectable()
export class DienDossierInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly dossiers: DossierRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly persoonsnummers: Persoonsnummers,
    @Inject(DEADLINE_REGELS) private readonly regels: DeadlineRegels,
  ) {}

  /**
   * Stores the dossiers in a transaction of its own, or — given `within` — as a savepoint inside the caller's
   * transaction, so a caller (the CSV import) decides what commits together.
   */
  async execute(
    dossiers: DienDossierIn[],
    user: Claims,
    correlationId: string,
    field = 'dossiers',
    within?: EntityManager,
  ): Promise<DossierResultaat[]> {
    dossiers.forEach((dossier) => assertActsFor(user, 'vo-school', dossier.school.brin, ['schooladministratie', 'decaan', 'mentor']));
    const prepared = dossiers.map((input, index) => this.prepare(input, index));
    this.rejectDuplicates(prepared, field);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const work = (manager: EntityManager) => this.store(manager, prepared, user, correlationId, field);
        return await (within ? within.transaction(work) : this.dataSource.transaction(work));
      } catch (error) {
        if (!RETRYABLE.has(String((error as { code?: string }).code)) || attempt >= 3) throw error;
      }
    }
  }

  private prepare(input: DienDossierIn, index: number): Prepared {
    const { persoonsnummer: _persoonsnummer, ...leerling } = input.leerling;
    const inhoud = { ...input, leerling };
    return {
      index,
      input,
      jongereId: this.persoonsnummers.jongereId(input.leerling.persoonsnummer),
      inhoud,
      hash: contentHash(inhoud),
    };
  }

  private rejectDuplicates(prepared: Prepared[], field: string): void {
    const seen = new Map<string, number>();
    const errors = prepared.flatMap((row) => {
      const key = `${row.jongereId}|${row.input.schooljaar}`;
      const first = seen.get(key);
      seen.set(key, first ?? row.index);
      return first === undefined
        ? []
        : [{ field: `${field}[${row.index}].leerling.persoonsnummer`, rule: 'uniek', message: `dezelfde leerling staat ook op rij ${first}` }];
    });
    if (errors.length > 0) {
      throw new BadRequestException({ code: 'validation.failed', detail: 'Een leerling staat meer dan eens in het verzoek', errors });
    }
  }

  private async store(manager: EntityManager, prepared: Prepared[], user: Claims, correlationId: string, field: string) {
    // Rows are locked and written in one order (by jongereId) so overlapping bulk requests cannot deadlock.
    const ordered = [...prepared].sort((x, y) => (x.jongereId < y.jongereId ? -1 : x.jongereId > y.jongereId ? 1 : 0));
    const existing = await this.lockExisting(manager, ordered);
    const now = this.clock.now();
    const conflicts = ordered.filter((row) => {
      const current = existing.get(this.key(row));
      return current && current.vestiging !== row.input.school.vestiging;
    });
    if (conflicts.length > 0) {
      throw new ConflictException({
        code: 'dossier.andere-school',
        detail: 'Voor deze leerling en dit schooljaar heeft een andere vestiging al een dossier ingediend',
        errors: conflicts.map((row) => ({ field: `${field}[${row.index}].school.vestiging`, rule: 'dossier.andere-school', message: 'dossier is van een andere vestiging' })),
      });
    }

    const results: DossierResultaat[] = [];
    const inserts: Dossier[] = [];
    const updates: Dossier[] = [];
    for (const row of ordered) {
      const current = existing.get(this.key(row));
      if (current && current.inhoudHash === row.hash) {
        results.push({ index: row.index, dossierId: current.id, versie: current.versie, status: 'ongewijzigd' });
        continue;
      }
      const dossier = this.toDossier(row, current, now);
      (current ? updates : inserts).push(dossier);
      results.push({ index: row.index, dossierId: dossier.id, versie: dossier.versie, status: current ? 'bijgewerkt' : 'aangemaakt' });
    }
    const changed = [...inserts, ...updates];
    results.sort((x, y) => x.index - y.index);
    if (changed.length === 0) return results;

    await this.dossiers.insert(manager, inserts);
    await this.dossiers.update(manager, updates);
    await this.dossiers.insertVersies(
      manager,
      changed.map((dossier) => ({
        dossierId: dossier.id,
        versie: dossier.versie,
        inhoud: JSON.stringify(dossier.inhoud),
        inhoudHash: dossier.inhoudHash,
        ingediendDoor: user.sub,
        ingediendOp: now,
      })),
    );
    await this.outbox.append(manager, changed.map((dossier) => this.toEvent(dossier, now, correlationId)));
    await planDeadlines(manager, this.regels, changed.map((dossier) => dossier.schooljaar));
    return results;
  }

  private async lockExisting(manager: EntityManager, prepared: Prepared[]): Promise<Map<string, Existing>> {
    const bySchooljaar = new Map<string, string[]>();
    prepared.forEach((row) => bySchooljaar.set(row.input.schooljaar, [...(bySchooljaar.get(row.input.schooljaar) ?? []), row.jongereId]));
    const found = new Map<string, Existing>();
    for (const [schooljaar, ids] of bySchooljaar) {
      for (const row of await this.dossiers.lockExisting(manager, schooljaar, ids)) {
        found.set(`${row.jongere_id}|${row.schooljaar}`, {
          id: row.id,
          vestiging: row.vestiging,
          versie: row.versie,
          inhoudHash: row.inhoud_hash,
          ingediendOp: row.ingediend_op,
        });
      }
    }
    return found;
  }

  private toDossier(row: Prepared, current: Existing | undefined, now: Date): Dossier {
    const dossier = new Dossier();
    dossier.id = current?.id ?? randomUUID();
    dossier.jongereId = row.jongereId;
    dossier.schooljaar = row.input.schooljaar;
    dossier.brin = row.input.school.brin;
    dossier.vestiging = row.input.school.vestiging;
    dossier.woongemeente = row.input.leerling.woongemeente;
    dossier.rmcRegio = rmcRegioVanGemeente(row.input.leerling.woongemeente)?.code ?? null;
    dossier.versie = (current?.versie ?? 0) + 1;
    dossier.persoonsnummerVersleuteld = this.persoonsnummers.versleutel(row.input.leerling.persoonsnummer, row.jongereId);
    dossier.inhoud = row.inhoud;
    dossier.inhoudHash = row.hash;
    dossier.ingediendOp = current?.ingediendOp ?? now;
    dossier.bijgewerktOp = now;
    return dossier;
  }

  private toEvent(dossier: Dossier, now: Date, correlationId: string): NewEvent<'overstap.dossier.ingediend'> {
    const input = dossier.inhoud as unknown as Omit<DienDossierIn, 'leerling'>;
    return {
      type: 'overstap.dossier.ingediend',
      jongereId: dossier.jongereId,
      aggregateId: dossier.id,
      correlationId,
      context: {
        woongemeente: dossier.woongemeente,
        ...(dossier.rmcRegio ? { rmcRegio: dossier.rmcRegio } : {}),
        brin: dossier.brin,
        vestiging: dossier.vestiging,
        schooljaar: dossier.schooljaar,
      },
      payload: {
        dossierId: dossier.id,
        versie: dossier.versie,
        schooljaar: dossier.schooljaar,
        brin: dossier.brin,
        vestiging: dossier.vestiging,
        woongemeente: dossier.woongemeente,
        rmcRegio: dossier.rmcRegio,
        onderwijstype: input.opleiding.onderwijstype,
        leerjaar: input.opleiding.leerjaar,
        bestemming: input.keuze.bestemming,
        ondersteuningNodig: input.ondersteuning.nodig,
        ingediendOp: now.toISOString(),
      },
    };
  }

  private key(row: Prepared): string {
    return `${row.jongereId}|${row.input.schooljaar}`;
  }
}
