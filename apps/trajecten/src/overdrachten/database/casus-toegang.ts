import { Injectable } from '@nestjs/common';
import type { Claims } from '@sluitend/auth';
import { Runner } from '@sluitend/persistence';
import { isOpen } from '../../casussen/domain/casus-status';
import type { CasusStatus } from '../../casussen/domain/casus-status';
import { eisCasusToegang } from '../../toegang/domain/casus-toegang';
import { CasusHandeling } from '../../toegang/domain/toegangsregels';
import { casusToegangFeiten } from '../domain/toegang-feiten';
import { OverdrachtenRepository } from './overdrachten.repository';

/**
 * Access to a case by toegang's table, with its handovers read: the region's RMC staff, and a partner only while it
 * holds the case (an accepted handover not handed back). For the use cases of capabilities above overdrachten.
 */
@Injectable()
export class CasusToegang {
  constructor(private readonly overdrachten: OverdrachtenRepository) {}

  async eis(
    runner: Runner,
    actor: Pick<Claims, 'org' | 'roles'>,
    casus: { readonly id: string; readonly rmcRegio: string; readonly status: CasusStatus },
    handeling: CasusHandeling,
  ): Promise<void> {
    // The region's own staff need no handover rows to decide (the table's first rule); everyone else does.
    const overdrachten =
      actor.org.type === 'rmc-regio' && actor.org.code === casus.rmcRegio ? [] : await this.overdrachten.vanCasus(runner, casus.id);
    eisCasusToegang(actor, casusToegangFeiten({ rmcRegio: casus.rmcRegio, open: isOpen(casus.status) }, overdrachten), handeling);
  }
}
