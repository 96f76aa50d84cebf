/** One server-sent event as a test reads it: its name and its JSON data. */
export type LiveEvent = { event: string; data: unknown };
export type GevolgdeStroom = { status: number; contentType: string | null; events: LiveEvent[]; stop: () => void };

/**
 * Opens a live stream (server-sent events, ADR 0021) with fetch and collects its events until `stop()`: the answer's
 * status, and for a 200 each `event:` with its parsed `data:` as it arrives.
 */
export async function volgLiveStroom(url: string): Promise<GevolgdeStroom> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  const events: LiveEvent[] = [];
  if (response.ok && response.body) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      let buffer = '';
      try {
        for (let deel = await reader.read(); !deel.done; deel = await reader.read()) {
          buffer += decoder.decode(deel.value, { stream: true });
          let einde: number;
          while ((einde = buffer.indexOf('\n\n')) >= 0) {
            const blok = buffer.slice(0, einde);
            buffer = buffer.slice(einde + 2);
            const event = /^event: (.*)$/m.exec(blok)?.[1];
            const data = /^data: (.*)$/m.exec(blok)?.[1];
            if (event) events.push({ event, data: data ? (JSON.parse(data) as unknown) : undefined });
          }
        }
      } catch {
        // stopped
      }
    })();
  } else {
    await response.arrayBuffer();
  }
  return { status: response.status, contentType: response.headers.get('content-type'), events, stop: () => abort.abort() };
}
