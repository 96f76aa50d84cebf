import type { Provider } from '@nestjs/common';
import { onthullingsbeleid } from '../onthulling/domain/onthullingsbeleid';
import { RAPPORTAGE_ENV, RapportageEnv } from './rapportage-env';

/** The small-cell policy of every report, from the service's settings (`ONTHULLING_DREMPEL`), checked once at boot. */
export const ONTHULLINGSBELEID = Symbol('ONTHULLINGSBELEID');

export const onthullingsbeleidProvider: Provider = {
  provide: ONTHULLINGSBELEID,
  useFactory: (env: RapportageEnv) => onthullingsbeleid({ drempel: env.ONTHULLING_DREMPEL }),
  inject: [RAPPORTAGE_ENV],
};
