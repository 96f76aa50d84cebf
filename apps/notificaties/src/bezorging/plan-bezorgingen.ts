import { EntityManager } from 'typeorm';

export type BezorgSoort = 'alert' | 'escalatie';

/**
 * Plans, in the transaction that created the alerts, one delivery per alert and channel the organisation chose: an
 * e-mail when it wants them at once (escalations always at once, to the coordinator's addresses when set), a webhook
 * call when it registered one (parked while the webhook is disabled). Alerts of an organisation that wants a daily
 * digest are marked for it instead. Returns the number of deliveries planned.
 */
export async function planBezorgingen(
  manager: EntityManager,
  alertIds: string[],
  soort: BezorgSoort,
  now: Date,
  emailAan: boolean,
): Promise<number> {
  if (alertIds.length === 0) return 0;
  const emails = soort === 'escalatie' ? "coalesce(nullif(v.coordinator_email_adressen, '{}'), v.email_adressen)" : 'v.email_adressen';
  const direct = soort === 'escalatie' ? 'true' : `v.modus = 'direct'`;
  // One round trip: mark digest alerts (organisations that chose dagelijks), plan the immediate deliveries.
  const rows: unknown[] = await manager.query(
    `WITH digest AS (
       UPDATE alert a SET voor_digest = true FROM organisatie_voorkeur v
       WHERE $2::text = 'alert' AND a.id = ANY($1::uuid[]) AND v.org_type = a.org_type AND v.org_code = a.org_code
         AND v.modus = 'dagelijks' AND cardinality(v.email_adressen) > 0
     )
     INSERT INTO bezorging (id, kanaal, soort, org_type, org_code, alert_ids, status, volgende_poging_op, aangemaakt_op)
     SELECT gen_random_uuid(), 'email', $2::text, a.org_type, a.org_code, ARRAY[a.id], 'wachtend', $3::timestamptz, $3::timestamptz
     FROM alert a JOIN organisatie_voorkeur v ON v.org_type = a.org_type AND v.org_code = a.org_code
     WHERE $4::boolean AND a.id = ANY($1::uuid[]) AND ${direct} AND cardinality(${emails}) > 0
     UNION ALL
     SELECT gen_random_uuid(), 'webhook', $2::text, a.org_type, a.org_code, ARRAY[a.id], CASE WHEN w.actief THEN 'wachtend' ELSE 'opgeschort' END,
            $3::timestamptz, $3::timestamptz
     FROM alert a JOIN webhook w ON w.org_type = a.org_type AND w.org_code = a.org_code
     WHERE a.id = ANY($1::uuid[])
     RETURNING id`,
    [alertIds, soort, now, emailAan],
  );
  return rows.length;
}
