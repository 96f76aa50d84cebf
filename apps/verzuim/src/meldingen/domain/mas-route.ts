import { MasFase } from './mas-fase';

/** The four routes of the MAS: light where possible, heavy where needed. */
export type MasRoute = 'vrijwillige-hulp' | 'halt' | 'verplicht-kader' | 'proces-verbaal';

/**
 * Routes, from the start (`null`) any of the four; then heavier when the lighter one does not work, and back to
 * voluntary help after Halt. Proces-verbaal (criminal law) can run beside a youth-care order, so both lead to
 * each other. Our reading of "licht waar het kan, zwaar waar het moet".
 */
export const MAS_ROUTE_OVERGANGEN: Readonly<Record<MasRoute | 'start', readonly MasRoute[]>> = {
  start: ['vrijwillige-hulp', 'halt', 'verplicht-kader', 'proces-verbaal'],
  'vrijwillige-hulp': ['halt', 'verplicht-kader', 'proces-verbaal'],
  halt: ['vrijwillige-hulp', 'verplicht-kader', 'proces-verbaal'],
  'verplicht-kader': ['proces-verbaal'],
  'proces-verbaal': ['verplicht-kader'],
};

export const volgendeRoutes = (route: MasRoute | null): readonly MasRoute[] => MAS_ROUTE_OVERGANGEN[route ?? 'start'];

/** A route is chosen while planning or acting, never before the analysis. */
export const ROUTE_KIEZEN_IN: readonly MasFase[] = ['plannen', 'handelen'];
