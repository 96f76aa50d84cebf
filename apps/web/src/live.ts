import { QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { data, notificaties, overstap } from './api/client';
import { useAuth } from './auth';

/** The live streams of the services (ADR 0021): where to get a ticket, and the stream's path. */
const STROMEN = {
  alerts: {
    ticket: () => data(notificaties.POST('/api/notificaties/live/alerts/ticket')),
    pad: '/api/notificaties/live/alerts',
  },
  monitor: {
    ticket: () => data(overstap.POST('/api/overstap/live/monitor/ticket')),
    pad: '/api/overstap/live/monitor',
  },
} as const;
export type Stroom = keyof typeof STROMEN;

/** How often a page without a live stream looks again (the fallback). */
export const POLL_MS = 15_000;

/**
 * Follows a service's live stream while the page is open: each change the service committed for the user's
 * organisation makes the given queries fetch again (through the API, scoped and audited as always; the stream itself
 * carries only a count). EventSource cannot send the bearer token, so each connection first gets a one-time ticket
 * with an authenticated POST; when the stream breaks or ends (after 15 minutes) a new ticket is fetched, with a
 * growing pause after failures. Answers whether the stream is open: the pages poll every 15 s while it is not.
 */
export function useLive(stroom: Stroom, queryKeys: readonly QueryKey[]): boolean {
  const client = useQueryClient();
  const { gebruiker } = useAuth();
  const [verbonden, setVerbonden] = useState(false);
  const sleutel = JSON.stringify(queryKeys);

  useEffect(() => {
    if (!gebruiker || typeof EventSource === 'undefined') return;
    const keys = JSON.parse(sleutel) as QueryKey[];
    const ververs = () => Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    let bron: EventSource | undefined;
    let wacht: ReturnType<typeof setTimeout> | undefined;
    let mislukt = 0;
    let gestopt = false;

    const opnieuw = () => {
      bron?.close();
      bron = undefined;
      setVerbonden(false);
      if (gestopt) return;
      const pauze = Math.min(30_000, 1_000 * 2 ** mislukt);
      mislukt += 1;
      wacht = setTimeout(() => void verbind(), pauze);
    };
    const verbind = async () => {
      try {
        const { ticket } = await STROMEN[stroom].ticket();
        if (gestopt) return;
        bron = new EventSource(`${STROMEN[stroom].pad}?${new URLSearchParams({ ticket }).toString()}`);
        bron.addEventListener('verbonden', () => {
          mislukt = 0;
          setVerbonden(true);
          // What changed while there was no stream.
          void ververs();
        });
        bron.addEventListener(stroom, () => void ververs());
        bron.addEventListener('einde', () => {
          mislukt = 0;
          opnieuw();
        });
        // The ticket was used once: the browser's own reconnect cannot work, so a new ticket it is.
        bron.onerror = () => opnieuw();
      } catch {
        opnieuw();
      }
    };
    void verbind();
    return () => {
      gestopt = true;
      clearTimeout(wacht);
      bron?.close();
    };
  }, [stroom, sleutel, client, gebruiker]);

  return verbonden;
}
