import { Kanalen, OrganisatieRef } from '@sluitend/contracts';

type Voorkeur = { email_adressen: string[]; coordinator_email_adressen: string[]; modus: 'direct' | 'dagelijks' };
type Webhook = { url: string; actief: boolean; opeenvolgende_fouten: number; uitgeschakeld_op: Date | null };

/** An organisation's channels as the API shows them: the defaults when it set nothing, the webhook never with its secret. */
export function kanalenView(organisatie: OrganisatieRef, voorkeur: Voorkeur | undefined, webhook: Webhook | undefined): Kanalen {
  return {
    organisatie,
    emailAdressen: voorkeur?.email_adressen ?? [],
    coordinatorEmailAdressen: voorkeur?.coordinator_email_adressen ?? [],
    modus: voorkeur?.modus ?? 'direct',
    webhook: webhook
      ? {
          url: webhook.url,
          actief: webhook.actief,
          opeenvolgendeFouten: webhook.opeenvolgende_fouten,
          uitgeschakeldOp: webhook.uitgeschakeld_op?.toISOString() ?? null,
        }
      : null,
  };
}
