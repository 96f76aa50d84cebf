import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { MonitorLeerlingen, MonitorQuery } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { MonitorRepository, MonitorZicht } from '../../database/monitor.repository';
import { MonitorFout } from '../../domain/monitor.errors';

export type VolgLeerlingenQuery = { input: MonitorQuery; actor: Claims };

/**
 * The doorstroommonitor for a VO school (its own students), an RMC-regio (residents of its region) or an mbo (its
 * applicants): every student of the schooljaar with their current overstap status, filtered and paged. Names are
 * personal data: each page read is recorded in the inzage log.
 */
@Injectable()
export class VolgLeerlingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitor: MonitorRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: VolgLeerlingenQuery): Promise<MonitorLeerlingen> {
    const zicht = zichtVan(actor);
    return this.dataSource.transaction(async (manager) => {
      const pagina = await this.monitor.leerlingen(manager, zicht, input.schooljaar, input.filter, input.limit, input.offset);
      await this.monitor.registreerInzage(manager, {
        gebruiker: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        dossierIds: pagina.items.map((leerling) => leerling.dossierId),
        op: this.clock.now(),
      });
      return pagina;
    });
  }
}

function zichtVan(actor: Claims): MonitorZicht {
  switch (actor.org.type) {
    case 'vo-school':
    case 'rmc-regio':
    case 'mbo-instelling':
      return { soort: actor.org.type, code: actor.org.code };
    case 'gemeente':
    case 'ggd':
    case 'partner':
    case 'ops':
      throw MonitorFout.nietVoorOrganisatie(actor.org.type);
  }
}
