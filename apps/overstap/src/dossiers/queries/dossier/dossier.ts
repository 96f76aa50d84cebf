import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { DossierInzage } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DossiersRepository } from '../../database/dossiers.repository';
import { DossierFout } from '../../domain/dossiers.errors';

export type BekijkDossierQuery = { input: { dossierId: string }; actor: Claims };

/**
 * Reading a dossier: the VO school that submitted it, or an mbo institution the student applied to (warme
 * overdracht; the support details only when the student consented). Anyone else finds nothing. Every read is
 * recorded in the inzage log: who, for which organisation, which dossier, why, when. The BSN is never returned.
 */
@Injectable()
export class BekijkDossier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: BekijkDossierQuery): Promise<DossierInzage> {
    // Another kind of organisation never reads a dossier: 403 as on every personal-data route, before any lookup.
    assertOrgType(actor, ['vo-school', 'mbo-instelling']);
    return this.dataSource.transaction(async (manager) => {
      const dossier = await this.dossiers.voorInzage(manager, input.dossierId, actor.org.code);
      const eigenSchool = dossier !== undefined && actor.org.type === 'vo-school' && dossier.brin === actor.org.code;
      const mboVanAanmelding = dossier !== undefined && actor.org.type === 'mbo-instelling' && dossier.aangemeldBijMbo;
      if (!dossier || (!eigenSchool && !mboVanAanmelding)) throw DossierFout.nietGevonden(input.dossierId, `${actor.org.type} ${actor.org.code}`);
      const inhoud = structuredClone(dossier.inhoud);
      const ondersteuningGedeeld = eigenSchool || inhoud.ondersteuning.toestemmingDelen;
      if (!ondersteuningGedeeld) inhoud.ondersteuning = { nodig: inhoud.ondersteuning.nodig, toestemmingDelen: false };
      await this.dossiers.registreerInzage(manager, {
        gebruiker: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        dossierId: input.dossierId,
        reden: eigenSchool ? 'eigen-leerling' : 'warme-overdracht',
        op: this.clock.now(),
      });
      return { dossierId: dossier.id, versie: dossier.versie, schooljaar: dossier.schooljaar, inhoud, ondersteuningGedeeld };
    });
  }
}
