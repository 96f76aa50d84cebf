/** The queries a live stream refreshes: the inbox's counts and pages, the monitor's pages. */
export const LIVE_QUERIES_INBOX = [['tellingen'], ['inbox']] as const;
export const LIVE_QUERIES_MONITOR = [['monitor']] as const;

/** Whether the page updates itself live or looks again every 15 seconds (a quiet line, no announcement). */
export function LiveStatus({ live }: { live: boolean }) {
  return (
    <p className="utrecht-paragraph sluitend-bijschrift" data-live={live ? 'ja' : 'nee'}>
      {live ? 'Live: nieuwe gegevens verschijnen vanzelf.' : 'Wordt elke 15 seconden bijgewerkt.'}
    </p>
  );
}
