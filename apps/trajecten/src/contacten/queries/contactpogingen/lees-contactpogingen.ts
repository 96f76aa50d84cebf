import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { contactpogingView } from '../../commands/registreer-contactpoging/registreer-contactpoging';
import { ContactenRepository } from '../../database/contacten.repository';

export type LeesContactpogingenCommand = Command<{ casusId: string }>;

/** Use case: a case's contact attempts, oldest first, for those who may read the case; the read is recorded. */
@Injectable()
export class LeesContactpogingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly contacten: ContactenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesContactpogingenCommand) {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'lezen');
    await this.casussen.registreerInzage(this.dataSource, casus.id, actor, 'contactpogingen', this.clock.now());
    return { contactpogingen: (await this.contacten.vanCasus(this.dataSource, casus.id)).map(contactpogingView) };
  }
}
