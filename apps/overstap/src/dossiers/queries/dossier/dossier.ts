import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { DienDossierIn } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';

type DossierInhoud = Omit<DienDossierIn, 'leerling'> & { leerling: Omit<DienDossierIn['leerling'], 'persoonsnummer'> };

export type DossierInzage = {
  dossierId: string;
  versie: number;
  schooljaar: string;
  inhoud: DossierInhoud;
  /** Support information travels to the mbo only with the student's consent (warme overdracht). */
  ondersteuningGedeeld: boolean;
};

/**
 * Reading a dossier: the VO school that submitted it, or an mbo institution the student applied to (warme
 * overdracht; the support details only when the student consented). Anyone else finds nothing (404). Every read is
 * recorded in the inzage log: who, for which organisation, which dossier, why, when. The BSN is never returned.
 */
@Injectable()
export class DossierInzienService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(dossierId: string, user: Claims): Promise<DossierInzage> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: Array<{ id: string; versie: number; schooljaar: string; brin: string; inhoud: DossierInhoud; aangemeld_bij_mbo: boolean }> =
        await manager.query(
          `SELECT d.id, d.versie, d.schooljaar, d.brin, d.inhoud,
                  EXISTS (SELECT 1 FROM aanmelding a WHERE a.jongere_id = d.jongere_id AND a.schooljaar = d.schooljaar AND a.mbo_brin = $2)
                    AS aangemeld_bij_mbo
           FROM dossier d WHERE d.id = $1`,
          [dossierId, user.org.code],
        );
      const eigenSchool = row && user.org.type === 'vo-school' && row.brin === user.org.code;
      const mboVanAanmelding = row && user.org.type === 'mbo-instelling' && row.aangemeld_bij_mbo;
      if (!row || (!eigenSchool && !mboVanAanmelding)) {
        throw new NotFoundException({ code: 'dossier.niet-gevonden', detail: `geen dossier ${dossierId} voor ${user.org.type} ${user.org.code}` });
      }
      const inhoud = structuredClone(row.inhoud);
      const ondersteuningGedeeld = eigenSchool || inhoud.ondersteuning.toestemmingDelen;
      if (!ondersteuningGedeeld) inhoud.ondersteuning = { nodig: inhoud.ondersteuning.nodig, toestemmingDelen: false };
      await manager.query(
        'INSERT INTO inzage (gebruiker, organisatie, dossier_id, reden, op) VALUES ($1, $2, $3, $4, $5)',
        [user.sub, `${user.org.type}:${user.org.code}`, dossierId, eigenSchool ? 'eigen-leerling' : 'warme-overdracht', this.clock.now()],
      );
      return { dossierId: row.id, versie: row.versie, schooljaar: row.schooljaar, inhoud, ondersteuningGedeeld };
    });
  }
}
