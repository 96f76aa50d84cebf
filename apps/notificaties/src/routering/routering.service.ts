import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertActsFor, Claims } from '@sluitend/auth';
import { RegioRoutering, SIGNAAL_TYPES, STANDAARD_ROUTERING } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { RegioRegelsBron } from './regio-regels';
import { regioRegelSleutel } from './ontvangers';

/**
 * Routing rules per RMC-regio: what a region set itself, else the default, per signal type. An RMC-regio reads its own
 * rules; its coordinator or beheerder changes them (the whole set at once: types left out return to the default).
 */
@Injectable()
export class RouteringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regioRegels: RegioRegelsBron,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lees(rmcRegio: string, user: Claims) {
    if (user.org.type !== 'ops') assertActsFor(user, 'rmc-regio', rmcRegio);
    const regels = await this.regioRegels.regels(this.dataSource.manager);
    return {
      rmcRegio,
      regels: SIGNAAL_TYPES.map((signaalType) => {
        const eigen = regels.get(regioRegelSleutel(rmcRegio, signaalType));
        return { signaalType, ontvangers: eigen ?? STANDAARD_ROUTERING[signaalType], bron: eigen ? 'regio' : 'standaard' };
      }),
    };
  }

  async zet(rmcRegio: string, routering: RegioRoutering, user: Claims) {
    assertActsFor(user, 'rmc-regio', rmcRegio, ['rmc-coordinator', 'beheerder']);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM regio_routering WHERE rmc_regio = $1', [rmcRegio]);
      for (const regel of routering.regels) {
        await manager.query(
          'INSERT INTO regio_routering (rmc_regio, signaal_type, ontvangers, gewijzigd_door, gewijzigd_op) VALUES ($1, $2, $3, $4, $5)',
          [rmcRegio, regel.signaalType, [...new Set(regel.ontvangers)], user.sub, this.clock.now()],
        );
      }
    });
    this.regioRegels.vergeet();
    return this.lees(rmcRegio, user);
  }

}
