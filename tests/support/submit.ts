import { Claims } from '@sluitend/auth';
import { DienDossierIn } from '@sluitend/contracts';

export type BulkRequest = { brin: string; token: string; body: string; count: number };

/** Mints a token for an organisation and roles (a test run's or benchmark's token issuer). */
export type TokenFor = (org: Claims['org'], roles?: Claims['roles']) => Promise<string>;

/** Bulk requests as VO schools send them: one school (and its token) per request, at most `chunk` dossiers each. */
export async function bulkRequests(dossiers: DienDossierIn[], token: TokenFor, chunk = 2000): Promise<BulkRequest[]> {
  const byBrin = new Map<string, DienDossierIn[]>();
  for (const dossier of dossiers) byBrin.set(dossier.school.brin, [...(byBrin.get(dossier.school.brin) ?? []), dossier]);
  const requests: BulkRequest[] = [];
  for (const [brin, rows] of byBrin) {
    const bearer = await token({ type: 'vo-school', code: brin }, ['schooladministratie']);
    for (let start = 0; start < rows.length; start += chunk) {
      const part = rows.slice(start, start + chunk);
      requests.push({ brin, token: bearer, body: JSON.stringify({ dossiers: part }), count: part.length });
    }
  }
  return requests;
}

/**
 * Sends the requests to overstap, `concurrency` at a time; fails on the first non-2xx answer. With several replicas'
 * URLs, each request goes to the replica that was sent the fewest dossiers so far (round robin weighted by request
 * size: a school's bulk request holds anything from a few to `chunk` dossiers). Returns the dossiers sent to each URL.
 */
export async function sendBulk(overstapUrl: string | string[], requests: BulkRequest[], concurrency = 2): Promise<number[]> {
  const urls = typeof overstapUrl === 'string' ? [overstapUrl] : overstapUrl;
  const sent = urls.map(() => 0);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        const target = sent.indexOf(Math.min(...sent));
        sent[target] += request.count;
        const response = await fetch(`${urls[target]}/api/overstap/dossiers/bulk`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
          body: request.body,
        });
        if (!response.ok) throw new Error(`bulk submit failed: ${response.status} ${await response.text()}`);
      }
    }),
  );
  return sent;
}
