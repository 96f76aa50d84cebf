import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IsoDate, laatsteTeldatumOnder23 } from '@sluitend/domain-nl';
import { RouteringRepository } from '../../database/routering.repository';

export type LeeftijdsfeitQuery = { input: { jongereId: string; schooljaar: string } };

/**
 * The age fact an inschrijving event carries for statistical VSV (ADR 0023): the last teldatum on which the student
 * is younger than 23, from the date of birth in the dossier their VO school submitted; undefined without a dossier.
 * Never the date of birth itself.
 */
@Injectable()
export class BepaalLeeftijdsfeit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routering: RouteringRepository,
  ) {}

  async execute({ input }: LeeftijdsfeitQuery, tx?: EntityManager): Promise<{ laatsteTeldatumOnder23?: IsoDate }> {
    const herkomst = await this.routering.herkomst(tx ?? this.dataSource, input.jongereId, input.schooljaar);
    return herkomst?.geboortedatum ? { laatsteTeldatumOnder23: laatsteTeldatumOnder23(herkomst.geboortedatum) } : {};
  }
}
