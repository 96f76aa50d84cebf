/** What the gateway tells the portal at /config.json: where to log in, and whether the demo year page is there. */
export type PortaalConfig = { oidcIssuer: string; clientId: string; demo: boolean };

export async function laadConfig(): Promise<PortaalConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`de instellingen van het portaal zijn niet te laden (HTTP ${response.status})`);
  return (await response.json()) as PortaalConfig;
}
