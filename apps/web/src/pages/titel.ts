import { useEffect } from 'react';

/** Every page has its own document title (WCAG 2.4.2). */
export function useTitel(titel: string): void {
  useEffect(() => {
    document.title = `${titel} · Sluitend`;
  }, [titel]);
}
