import type { DossierIngediendPayload } from '@sluitend/contracts';

/** The newest version of each dossier among submissions (one batch of events may hold several versions of one dossier). */
export function nieuwsteVersiePerDossier(ingediend: readonly DossierIngediendPayload[]): DossierIngediendPayload[] {
  const nieuwste = new Map<string, DossierIngediendPayload>();
  for (const dossier of ingediend) {
    const huidige = nieuwste.get(dossier.dossierId);
    if (!huidige || huidige.versie < dossier.versie) nieuwste.set(dossier.dossierId, dossier);
  }
  return [...nieuwste.values()];
}
