import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { Aanmeldingen, AanmeldingenQuery } from '@sluitend/contracts';
import { AanmeldingenRepository, AanmeldingenZicht } from '../../database/aanmeldingen.repository';
import { AanmeldingFout } from '../../domain/aanmeldingen.errors';

export type ZoekAanmeldingenQuery = { input: AanmeldingenQuery; actor: Claims };

/**
 * Aanmeldingen the caller may see: an mbo its own applicants, a VO school its own students' (live status, via their
 * dossiers), an RMC the residents of its region. No persoonsnummers; the dossier id links to the student.
 */
@Injectable()
export class ZoekAanmeldingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly aanmeldingen: AanmeldingenRepository,
  ) {}

  execute({ input, actor }: ZoekAanmeldingenQuery): Promise<Aanmeldingen> {
    return this.aanmeldingen.lijst(this.dataSource, zichtVan(actor), input.schooljaar, input.limit, input.offset);
  }
}

function zichtVan(actor: Claims): AanmeldingenZicht {
  switch (actor.org.type) {
    case 'mbo-instelling':
    case 'vo-school':
    case 'rmc-regio':
      return { soort: actor.org.type, code: actor.org.code };
    case 'gemeente':
    case 'partner':
    case 'ops':
      throw AanmeldingFout.nietVoorOrganisatie(actor.org.type);
  }
}
