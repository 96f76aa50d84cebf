import type { Claims } from '@sluitend/auth';
import type { DossierOverdracht } from '@sluitend/contracts';

/** A transfer request and the dossier it concerns, as the rules below need them. */
export type OverdrachtFeiten = {
  id: string;
  status: DossierOverdracht['status'];
  naarBrin: string;
  naarVestiging: string;
  aangevraagdOp: Date;
  beslotenOp: Date | null;
  reden: string | null;
  dossier: { id: string; schooljaar: string; brin: string; vestiging: string; rmcRegio: string | null };
};

/** How the caller stands to a request: holds the dossier, asked for it, is the region's RMC or ops — or none. */
export type OverdrachtPositie = 'houder' | 'aanvrager' | 'rmc' | 'ops' | 'geen';

export function positieBijOverdracht(actor: Claims, overdracht: OverdrachtFeiten): OverdrachtPositie {
  switch (actor.org.type) {
    case 'vo-school':
      if (overdracht.dossier.brin === actor.org.code) return 'houder';
      return overdracht.naarBrin === actor.org.code ? 'aanvrager' : 'geen';
    case 'rmc-regio':
      return overdracht.dossier.rmcRegio === actor.org.code ? 'rmc' : 'geen';
    case 'ops':
      return 'ops';
    case 'mbo-instelling':
    case 'gemeente':
    case 'ggd':
    case 'partner':
      return 'geen';
  }
}

/** Who may release or refuse an open request: the school that holds the dossier and the RMC of its region (ops: override). */
export function magBeslissen(positie: OverdrachtPositie, forceer: boolean): boolean {
  return forceer ? positie === 'ops' : positie === 'houder' || positie === 'rmc';
}

/**
 * A request as its reader sees it: the requesting school learns its request's outcome, not which school holds the
 * student nor the dossier's id (ADR 0020); the holder, the RMC and ops see both sides.
 */
export function overdrachtVoor(positie: OverdrachtPositie, overdracht: OverdrachtFeiten): DossierOverdracht {
  const zietHouder = positie !== 'aanvrager';
  return {
    overdrachtId: overdracht.id,
    status: overdracht.status,
    schooljaar: overdracht.dossier.schooljaar,
    naar: { brin: overdracht.naarBrin, vestiging: overdracht.naarVestiging },
    van: zietHouder ? { brin: overdracht.dossier.brin, vestiging: overdracht.dossier.vestiging } : null,
    dossierId: zietHouder ? overdracht.dossier.id : null,
    aangevraagdOp: overdracht.aangevraagdOp.toISOString(),
    beslotenOp: overdracht.beslotenOp?.toISOString() ?? null,
    reden: overdracht.reden,
  };
}
