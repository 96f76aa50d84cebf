import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { assertActsFor, Claims } from '@sluitend/auth';
import type { DienDossierIn as DossierInvoer, DossierResultaat } from '@sluitend/contracts';
import { Clock, CLOCK, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { PlanDeadlines } from '../../../deadlines/commands/plan-deadlines/plan-deadlines';
import { EvalueerLateFeiten } from '../../../deadlines/commands/evalueer-late-feiten/evalueer-late-feiten';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { BestaandDossier, DossierRij, DossiersRepository, OverdrachtMetDossier } from '../../database/dossiers.repository';
import { canonicalJson, hashOf } from '../../domain/canonical-json';
import { DossierFout } from '../../domain/dossiers.errors';
import { DOSSIER_ROLLEN } from '../../domain/dossier-rollen';
import { BepaalJongereIds } from '../../../koppelingen/queries/jongere-ids/jongere-ids';
import { leeftijdsfeit } from '../../../routering/domain/routing-context';

export type DienDossierInCommand = { input: { dossiers: readonly DossierInvoer[] }; actor: Claims; correlationId: string };

/** What happened to the dossier at `index` of the submission. */
export type DossierUitkomst = DossierResultaat & { index: number };

/** `inhoudJson`: the content's canonical text, hashed and written as is (jsonb does not keep key order anyway). */
type Prepared = { index: number; input: DossierInvoer; jongereId: string; inhoud: Record<string, unknown>; inhoudJson: string; hash: string };

/** A concurrent insert of the same student, a lost serialisation race or a deadlock: the transaction is retried. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);

/**
 * Use case: a VO school submits one or many digitale doorstroomdossiers. All-or-nothing: every dossier is checked
 * before anything is stored, and the new versions, their history, their events and the schooljaar's deadlines commit
 * in one transaction. Submitting the same content again changes nothing and publishes nothing. Refusals are
 * DomainErrors whose issues name the dossier by its position (`row`) and the field inside it.
 */
@Injectable()
export class DienDossierIn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly dossiers: DossiersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly planDeadlines: PlanDeadlines,
    private readonly evalueerLateFeiten: EvalueerLateFeiten,
    private readonly jongereIds: BepaalJongereIds,
  ) {}

  /**
   * Stores the dossiers in a transaction of its own, or — given `tx` — as a savepoint inside the caller's transaction,
   * so a caller (the CSV import) decides what commits together, and this use case can still retry its own part.
   */
  async execute({ input, actor, correlationId }: DienDossierInCommand, tx?: EntityManager): Promise<DossierUitkomst[]> {
    input.dossiers.forEach((dossier) => assertActsFor(actor, 'vo-school', dossier.school.brin, DOSSIER_ROLLEN));
    // A linked onderwijsnummer is recorded under its BSN's pseudonym (koppelingen, ADR 0018).
    const voorbereid = input.dossiers.map((dossier, index) => this.prepare(dossier, index));
    const ids = await this.jongereIds.execute({ input: { jongereIds: voorbereid.map((row) => row.jongereId) } }, tx);
    const prepared = voorbereid.map((row) => ({ ...row, jongereId: ids.get(row.jongereId) ?? row.jongereId }));
    this.rejectDuplicates(prepared);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const work = (manager: EntityManager) => this.store(manager, prepared, actor, correlationId);
        return await (tx ? tx.transaction(work) : this.dataSource.transaction(work));
      } catch (error) {
        if (!RETRYABLE.has(String((error as { code?: string }).code)) || attempt >= 3) throw error;
      }
    }
  }

  private prepare(input: DossierInvoer, index: number): Prepared {
    const { persoonsnummer: _persoonsnummer, ...leerling } = input.leerling;
    const inhoud = { ...input, leerling };
    const inhoudJson = canonicalJson(inhoud);
    return { index, input, jongereId: this.persoonsnummers.jongereId(input.leerling.persoonsnummer), inhoud, inhoudJson, hash: hashOf(inhoudJson) };
  }

  private rejectDuplicates(prepared: Prepared[]): void {
    const seen = new Map<string, number>();
    const dubbel = prepared.flatMap((row) => {
      const key = `${row.jongereId}|${row.input.schooljaar}`;
      const eerste = seen.get(key);
      seen.set(key, eerste ?? row.index);
      return eerste === undefined ? [] : [{ row: row.index, eerste }];
    });
    if (dubbel.length > 0) throw DossierFout.dubbeleLeerling(dubbel);
  }

  private async store(manager: EntityManager, prepared: Prepared[], actor: Claims, correlationId: string): Promise<DossierUitkomst[]> {
    // Rows are locked and written in one order (by jongereId) so overlapping bulk requests cannot deadlock.
    const ordered = [...prepared].sort((x, y) => (x.jongereId < y.jongereId ? -1 : x.jongereId > y.jongereId ? 1 : 0));
    const existing = await this.lockExisting(manager, ordered);
    const now = this.clock.now();
    const results: DossierUitkomst[] = [];
    const inserts: DossierRij[] = [];
    const updates: DossierRij[] = [];
    for (const row of ordered) {
      const current = existing.get(this.key(row));
      if (current && current.vestiging !== row.input.school.vestiging) {
        // Another vestiging holds this student's dossier: a transfer request, answered without a word about the holder.
        const overdrachtId = await this.dossiers.vraagOverdrachtAan(manager, {
          id: randomUUID(),
          dossierId: current.id,
          naarBrin: row.input.school.brin,
          naarVestiging: row.input.school.vestiging,
          inhoud: row.inhoud,
          inhoudHash: row.hash,
          persoonsnummerVersleuteld: this.persoonsnummers.versleutel(row.input.leerling.persoonsnummer, row.jongereId),
          aangevraagdDoor: actor.sub,
          aangevraagdOp: now,
        });
        results.push({ index: row.index, dossierId: null, versie: null, status: 'overdracht-aangevraagd', overdrachtId });
        continue;
      }
      if (current && current.inhoudHash === row.hash) {
        results.push({ index: row.index, dossierId: current.id, versie: current.versie, status: 'ongewijzigd' });
        continue;
      }
      const dossier = this.toDossier(row, current, now);
      (current ? updates : inserts).push(dossier);
      results.push({ index: row.index, dossierId: dossier.id, versie: dossier.versie, status: current ? 'bijgewerkt' : 'aangemaakt' });
    }
    results.sort((x, y) => x.index - y.index);
    await this.schrijf(manager, inserts, updates, actor.sub, correlationId, now);
    return results;
  }

  /**
   * A released transfer (ADR 0020): the dossier moves to the requesting vestiging with the content it submitted, as a
   * new version submitted by the requester, published and evaluated like any new version.
   */
  async neemOver(manager: EntityManager, overdracht: OverdrachtMetDossier, correlationId: string): Promise<{ dossierId: string; versie: number }> {
    const now = this.clock.now();
    const inhoud = overdracht.inhoud as unknown as Omit<DossierInvoer, 'leerling'> & { leerling: { woongemeente: string } };
    const dossier: DossierRij = {
      id: overdracht.dossier.id,
      jongereId: overdracht.dossier.jongereId,
      schooljaar: overdracht.dossier.schooljaar,
      brin: overdracht.naarBrin,
      vestiging: overdracht.naarVestiging,
      woongemeente: inhoud.leerling.woongemeente,
      rmcRegio: rmcRegioVanGemeente(inhoud.leerling.woongemeente)?.code ?? null,
      versie: overdracht.dossier.versie + 1,
      persoonsnummerVersleuteld: overdracht.persoonsnummerVersleuteld,
      inhoud: overdracht.inhoud,
      inhoudJson: canonicalJson(overdracht.inhoud),
      inhoudHash: overdracht.inhoudHash,
      ingediendOp: overdracht.dossier.ingediendOp,
      bijgewerktOp: now,
    };
    await this.schrijf(manager, [], [dossier], overdracht.aangevraagdDoor, correlationId, now);
    return { dossierId: dossier.id, versie: dossier.versie };
  }

  private async schrijf(
    manager: EntityManager,
    inserts: DossierRij[],
    updates: DossierRij[],
    ingediendDoor: string,
    correlationId: string,
    now: Date,
  ): Promise<void> {
    const changed = [...inserts, ...updates];
    if (changed.length === 0) return;
    await this.dossiers.insert(manager, inserts);
    await this.dossiers.update(manager, updates);
    await this.dossiers.insertVersies(
      manager,
      changed.map((dossier) => ({
        dossierId: dossier.id,
        versie: dossier.versie,
        inhoudJson: dossier.inhoudJson,
        inhoudHash: dossier.inhoudHash,
        ingediendDoor,
        ingediendOp: now,
      })),
    );
    await this.outbox.append(
      manager,
      changed.map((dossier) => this.toEvent(dossier, correlationId)),
    );
    await this.planDeadlines.execute({ input: { schooljaren: changed.map((dossier) => dossier.schooljaar) } }, manager);
    // A dossier that arrives (or turns to the mbo) after a deadline fired is evaluated against it now (issue 10).
    await this.evalueerLateFeiten.execute(
      { input: { jongeren: changed.map((dossier) => ({ jongereId: dossier.jongereId, schooljaar: dossier.schooljaar })), op: now }, correlationId },
      manager,
    );
  }

  private async lockExisting(manager: EntityManager, prepared: Prepared[]): Promise<Map<string, BestaandDossier>> {
    const bySchooljaar = new Map<string, string[]>();
    for (const row of prepared) {
      const ids = bySchooljaar.get(row.input.schooljaar);
      if (ids) ids.push(row.jongereId);
      else bySchooljaar.set(row.input.schooljaar, [row.jongereId]);
    }
    const found = new Map<string, BestaandDossier>();
    for (const [schooljaar, ids] of bySchooljaar) {
      for (const dossier of await this.dossiers.lockBestaande(manager, schooljaar, ids))
        found.set(`${dossier.jongereId}|${dossier.schooljaar}`, dossier);
    }
    return found;
  }

  private toDossier(row: Prepared, current: BestaandDossier | undefined, now: Date): DossierRij {
    return {
      id: current?.id ?? randomUUID(),
      jongereId: row.jongereId,
      schooljaar: row.input.schooljaar,
      brin: row.input.school.brin,
      vestiging: row.input.school.vestiging,
      woongemeente: row.input.leerling.woongemeente,
      rmcRegio: rmcRegioVanGemeente(row.input.leerling.woongemeente)?.code ?? null,
      versie: (current?.versie ?? 0) + 1,
      persoonsnummerVersleuteld: this.persoonsnummers.versleutel(row.input.leerling.persoonsnummer, row.jongereId),
      inhoud: row.inhoud,
      inhoudJson: row.inhoudJson,
      inhoudHash: row.hash,
      ingediendOp: current?.ingediendOp ?? now,
      bijgewerktOp: now,
    };
  }

  private toEvent(dossier: DossierRij, correlationId: string): NewEvent<'overstap.dossier.ingediend'> {
    const inhoud = dossier.inhoud as unknown as Omit<DossierInvoer, 'leerling'> & { leerling?: { geboortedatum?: string } };
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
        onderwijstype: inhoud.opleiding.onderwijstype,
        leerjaar: inhoud.opleiding.leerjaar,
        bestemming: inhoud.keuze.bestemming,
        ingediendOp: dossier.bijgewerktOp.toISOString(),
        // The age fact of statistical VSV, never the date of birth itself (ADR 0023).
        ...leeftijdsfeit(inhoud.leerling?.geboortedatum),
      },
    };
  }

  private key(row: Prepared): string {
    return `${row.jongereId}|${row.input.schooljaar}`;
  }
}
