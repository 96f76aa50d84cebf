import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { inTransaction } from '@sluitend/persistence';
import { SystemCommand } from '../../../shared/command';
import { NietRouteerbaarRepository, NietRouteerbaarRij } from '../../database/niet-routeerbaar.repository';
import { metWoongemeente } from '../../domain/niet-routeerbaar';
import { SignaalEvent } from '../../domain/signaal-event';
import { MaakAlerts } from '../maak-alerts/maak-alerts';

/**
 * What names a woongemeente: later events about students (`woongemeenten`, per jongereId: every open signal of the
 * student), or a person for one signal in the list (`id`).
 */
export type RouteerNietRouteerbareCommand = SystemCommand<
  ({ woongemeenten: ReadonlyArray<{ jongereId: string; woongemeente: string }> } | { id: string; woongemeente: string }) & { door: string }
>;

/**
 * Use case: signals in the "niet te routeren" list whose woongemeente is now known are routed — their context gets the
 * gemeente and its RMC-regio, MaakAlerts makes the alerts they missed (the alerts they already had, e.g. the mbo's,
 * stay single by their unique key) — and the rows record when, where to and by what. All in the caller's transaction
 * (the inbox's, or the request's). Returns how many signals were routed.
 */
@Injectable()
export class RouteerNietRouteerbare {
  private readonly logger = new Logger(RouteerNietRouteerbare.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
    private readonly maakAlerts: MaakAlerts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: RouteerNietRouteerbareCommand, tx?: EntityManager): Promise<{ gerouteerd: number; alerts: number }> {
    return inTransaction(this.dataSource, tx, (manager) => this.routeer(manager, command));
  }

  private async routeer(
    manager: EntityManager,
    { input, correlationId }: RouteerNietRouteerbareCommand,
  ): Promise<{ gerouteerd: number; alerts: number }> {
    let open: Array<{ rij: NietRouteerbaarRij; woongemeente: string }>;
    if ('id' in input) {
      const rij = await this.nietRouteerbaar.lock(manager, input.id);
      open = rij && !rij.gerouteerdOp ? [{ rij, woongemeente: input.woongemeente }] : [];
    } else {
      if (input.woongemeenten.length === 0) return { gerouteerd: 0, alerts: 0 };
      const per = new Map(input.woongemeenten.map((w) => [w.jongereId, w.woongemeente]));
      open = (await this.nietRouteerbaar.openVanJongeren(manager, [...per.keys()])).map((rij) => ({
        rij,
        woongemeente: per.get(rij.jongereId ?? '') as string,
      }));
    }
    if (open.length === 0) return { gerouteerd: 0, alerts: 0 };
    const signalen: SignaalEvent[] = open.map(({ rij, woongemeente }) => ({
      ...rij.event,
      context: metWoongemeente(rij.event.context, woongemeente),
    }));
    await this.nietRouteerbaar.markeerGerouteerd(
      manager,
      open.map(({ rij, woongemeente }) => ({ id: rij.id, woongemeente })),
      input.door,
      this.clock.now(),
    );
    const alerts = await this.maakAlerts.execute({ input: { signalen }, correlationId }, manager);
    this.logger.log(`${open.length} signal(s) of the niet-te-routeren list routed (${input.door}): ${alerts} alert(s)`);
    return { gerouteerd: open.length, alerts };
  }
}
