import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { DossierInhoud, DossierInzage } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DossiersRepository } from '../../database/dossiers.repository';
import { DossierFout } from '../../domain/dossiers.errors';

export type BekijkDossierQuery = { input: { dossierId: string }; actor: Claims };

/**
 * Without the student's consent the mbo learns nothing about support: not whether it is needed, not its explanation,
 * and not the advice when a zorgcoördinator wrote it (a mentor's study advice stays).
 */
function zonderOndersteuning(inhoud: DossierInhoud): DossierInzage['inhoud'] {
  const { advies, ondersteuning: _ondersteuning, ...rest } = structuredClone(inhoud);
  return { ...rest, ...(advies && advies.door !== 'zorgcoordinator' ? { advies } : {}), ondersteuning: { toestemmingDelen: false } };
}

/**
 * Reading a dossier: the VO school that submitted it, or an mbo institution the student applied to while that
 * aanmelding lives (warme overdracht; the support details only when the student consented). Anyone else finds nothing. Every read is
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
      const ondersteuningGedeeld = eigenSchool || dossier.inhoud.ondersteuning.toestemmingDelen;
      const inhoud = ondersteuningGedeeld ? structuredClone(dossier.inhoud) : zonderOndersteuning(dossier.inhoud);
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
