import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { EventContext, KoppelingResultaat } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError, DomainIssue } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { KoppelingenRepository } from '../../database/koppelingen.repository';
import { binnenBestand, Koppeling, koppelBesluit } from '../../domain/koppeling-regel';
import { KoppelingFout } from '../../domain/koppelingen.errors';

/** One line of DUO's koppeling (numbers already validated); `regel` is the file's line number, when from a file. */
export type KoppelRegel = { bsn: string; onderwijsnummer: string; regel?: number };

export type KoppelPersoonCommand = { input: { regels: readonly KoppelRegel[] }; actor: Claims; correlationId: string };

/**
 * Who may link: the RMC coordinator. DUO delivers its koppeling with the region's lists to the RMC, and the file carries
 * BSNs: ops must handle no personal data (ARCHITECTURE §4), and a school knows only its own students.
 */
export function assertMagKoppelen(actor: Claims): void {
  assertOrgType(actor, ['rmc-regio']);
  if (!actor.roles.includes('rmc-coordinator')) throw DomainError.geenToegang('auth.role-missing', 'vereist de rol rmc-coordinator');
}

/**
 * Use case: records DUO's BSN↔onderwijsnummer koppeling (one pair from the API, or every line of a file) as pseudonyms,
 * and per new link merges the person in overstap — the onderwijsnummer pseudonym's dossiers, aanmeldingen,
 * inschrijvingen, signals and deadlines are re-keyed to the BSN pseudonym (ADR 0018), so deadlines and late facts see
 * one person — and appends `overstap.persoon.gekoppeld` (the two pseudonyms; the context routes the merged person).
 * All in one transaction: a conflict anywhere (another BSN for an onderwijsnummer, two dossiers for one schooljaar)
 * stores nothing. A pair already known changes nothing and publishes nothing.
 */
@Injectable()
export class KoppelPersoon {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly koppelingen: KoppelingenRepository,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly routingContext: BepaalRoutingContext,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: KoppelPersoonCommand): Promise<KoppelingResultaat[]> {
    assertMagKoppelen(actor);
    const regels = input.regels.map((regel, index) => ({
      regel: regel.regel ?? index + 1,
      onderwijsnummer: regel.onderwijsnummer,
      koppeling: { van: this.persoonsnummers.jongereId(regel.onderwijsnummer), naar: this.persoonsnummers.jongereId(regel.bsn) },
    }));
    const { uniek, conflicten } = binnenBestand(regels);
    if (conflicten.length > 0) throw conflict(conflicten, input.regels.length === 1);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const bestaand = new Map(
        (
          await this.koppelingen.bestaande(
            manager,
            uniek.map((r) => r.koppeling.van),
          )
        ).map((k) => [k.van, k]),
      );
      const andere = uniek.filter((r) => koppelBesluit(bestaand.get(r.koppeling.van), r.koppeling) === 'ander-bsn').map((r) => r.regel);
      if (andere.length > 0) throw conflict(andere, input.regels.length === 1);
      const resultaten: KoppelingResultaat[] = [];
      for (const { regel, koppeling } of uniek) {
        if (bestaand.has(koppeling.van)) {
          resultaten.push({ ...koppeling, nieuw: false });
          continue;
        }
        const onderwijsnummer = regels.find((r) => r.regel === regel)?.onderwijsnummer as string;
        resultaten.push({ ...koppeling, nieuw: await this.koppel(manager, koppeling, onderwijsnummer, actor, correlationId, now, regel) });
      }
      return resultaten;
    });
  }

  private async koppel(
    manager: EntityManager,
    koppeling: Koppeling,
    onderwijsnummer: string,
    actor: Claims,
    correlationId: string,
    now: Date,
    regel: number,
  ): Promise<boolean> {
    if (!(await this.koppelingen.legVast(manager, koppeling, actor.sub, correlationId, now))) {
      // Recorded by a concurrent request since we looked: the same pair is a no-op, another BSN a conflict.
      const [gelijktijdig] = await this.koppelingen.bestaande(manager, [koppeling.van]);
      if (gelijktijdig?.naar === koppeling.naar) return false;
      throw KoppelingFout.andereBsn(regel);
    }
    const botsend = await this.koppelingen.botsendeDossiers(manager, koppeling);
    if (botsend.length > 0) throw KoppelingFout.dossiersBotsen(botsend);
    const dossiers = await this.koppelingen.dossiersVan(manager, koppeling.van);
    await this.koppelingen.voegSamen(
      manager,
      koppeling,
      dossiers.length > 0 ? this.persoonsnummers.versleutel(onderwijsnummer, koppeling.naar) : null,
    );
    const schooljaar = await this.koppelingen.laatsteSchooljaar(manager, koppeling.naar);
    const context: EventContext = schooljaar
      ? await this.routingContext.execute({ input: { jongereId: koppeling.naar, schooljaar, op: now } }, manager)
      : {};
    await this.outbox.append(manager, [
      { type: 'overstap.persoon.gekoppeld', jongereId: koppeling.naar, aggregateId: koppeling.van, correlationId, context, payload: koppeling },
    ]);
    return true;
  }
}

function conflict(regels: readonly number[], enkel: boolean): DomainError {
  if (enkel) return KoppelingFout.andereBsn();
  const issues: DomainIssue[] = regels.map((row) => ({
    row,
    field: 'ONDERWIJSNUMMER',
    rule: 'een-bsn-per-onderwijsnummer',
    message: 'dit onderwijsnummer is al aan een ander BSN gekoppeld',
  }));
  return new DomainError(
    'conflict',
    'koppeling.ander-bsn',
    `${regels.length} onderwijsnummer(s) zijn al aan een ander BSN gekoppeld; er is niets vastgelegd`,
    {
      issues,
      details: { regels },
    },
  );
}
