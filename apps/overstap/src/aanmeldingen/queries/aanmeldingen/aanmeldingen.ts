import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { Aanmeldingen, AanmeldingenQuery } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { AanmeldingenRepository, AanmeldingenZicht } from '../../database/aanmeldingen.repository';
import { AanmeldingFout } from '../../domain/aanmeldingen.errors';
import { toegestaneOvergangen } from '../../domain/aanmelding-status';

export type ZoekAanmeldingenQuery = { input: AanmeldingenQuery; actor: Claims };

/**
 * Aanmeldingen the caller may see: an mbo its own applicants, a VO school its own students' (live status, via their
 * dossiers), an RMC the residents of its region. No persoonsnummers; the dossier id links to the student. Every
 * page read is recorded in the inzage log, one row per aanmelding on it. Each row carries the statuses it may move to.
 */
@Injectable()
export class ZoekAanmeldingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly aanmeldingen: AanmeldingenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ input, actor }: ZoekAanmeldingenQuery): Promise<Aanmeldingen> {
    const zicht = zichtVan(actor);
    return this.dataSource.transaction(async (manager) => {
      const pagina = await this.aanmeldingen.lijst(manager, zicht, input.schooljaar, input.limit, input.offset);
      await this.aanmeldingen.registreerInzage(manager, {
        gebruiker: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        aanmeldingen: pagina.items.map((item) => ({ id: item.aanmeldingId, dossierId: item.dossierId })),
        reden: 'aanmeldingen-volgen',
        op: this.clock.now(),
      });
      // With each row the statuses it may move to next (the transition table), so a client offers only those.
      return { totaal: pagina.totaal, items: pagina.items.map((item) => ({ ...item, toegestaan: [...toegestaneOvergangen(item.status)] })) };
    });
  }
}

function zichtVan(actor: Claims): AanmeldingenZicht {
  switch (actor.org.type) {
    case 'mbo-instelling':
    case 'vo-school':
    case 'rmc-regio':
      return { soort: actor.org.type, code: actor.org.code };
    case 'gemeente':
    case 'ggd':
    case 'partner':
    case 'ops':
      throw AanmeldingFout.nietVoorOrganisatie(actor.org.type);
  }
}
