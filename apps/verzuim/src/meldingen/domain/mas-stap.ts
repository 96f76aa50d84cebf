import { VerzuimFout } from '../../shared/verzuim-fout';
import { MasFase, volgendeFasen } from './mas-fase';
import { MasRoute, ROUTE_KIEZEN_IN, volgendeRoutes } from './mas-route';

/** A MAS step as the service records it: what, by whom (the behandelaar's organisation and role), when. */
export interface MasStap {
  readonly fase?: MasFase;
  readonly route?: MasRoute;
  readonly door: string;
  readonly op: Date;
}

/** Throws `OVERGANG_NIET_TOEGESTAAN` when a step does not follow from the current phase and route. */
export function controleerMasStap(huidig: { fase: MasFase | null; route: MasRoute | null }, stap: Pick<MasStap, 'fase' | 'route'>): void {
  if (stap.fase !== undefined && !volgendeFasen(huidig.fase).includes(stap.fase)) {
    throw new VerzuimFout('OVERGANG_NIET_TOEGESTAAN', `Na ${huidig.fase ?? 'het begin'} komt geen fase ${stap.fase}`, 'fase');
  }
  if (stap.route !== undefined) {
    const fase = stap.fase ?? huidig.fase;
    if (fase === null || !ROUTE_KIEZEN_IN.includes(fase)) {
      throw new VerzuimFout('OVERGANG_NIET_TOEGESTAAN', 'Een route kies je in de fase plannen of handelen', 'route');
    }
    if (!volgendeRoutes(huidig.route).includes(stap.route)) {
      throw new VerzuimFout('OVERGANG_NIET_TOEGESTAAN', `Van route ${huidig.route ?? 'geen'} gaat het niet naar ${stap.route}`, 'route');
    }
  }
}
