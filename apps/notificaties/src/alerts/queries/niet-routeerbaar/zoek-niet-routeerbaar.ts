import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NietRouteerbaarLijst, NietRouteerbaarQuery } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { NietRouteerbaarRepository } from '../../database/niet-routeerbaar.repository';
import { nietRouteerbaarInzage } from '../../domain/niet-routeerbaar';

export type ZoekNietRouteerbaarCommand = Command<NietRouteerbaarQuery>;

/**
 * Use case: the "niet te routeren" list, newest first. An RMC coordinator sees each signal whole (to find out where the
 * student lives); ops sees type, reason, codes and times — not the student's pseudonym nor the signal's content.
 */
@Injectable()
export class ZoekNietRouteerbaar {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nietRouteerbaar: NietRouteerbaarRepository,
  ) {}

  async execute({ input, actor }: ZoekNietRouteerbaarCommand): Promise<NietRouteerbaarLijst> {
    const inzage = nietRouteerbaarInzage(actor);
    const { totaal, signalen } = await this.nietRouteerbaar.zoek(this.dataSource, input.status);
    return {
      totaal,
      signalen: signalen.map((rij) => ({
        id: rij.id,
        signaalType: rij.signaalType,
        signaalEventId: rij.signaalEventId,
        jongereId: inzage === 'volledig' ? rij.jongereId : null,
        reden: rij.reden,
        context: rij.event.context,
        signaal: inzage === 'volledig' ? (rij.event.payload as Record<string, unknown>) : {},
        ontvangenOp: rij.ontvangenOp.toISOString(),
        gerouteerdOp: rij.gerouteerdOp?.toISOString() ?? null,
        woongemeente: rij.woongemeente,
        gerouteerdDoor: inzage === 'volledig' ? rij.gerouteerdDoor : (rij.gerouteerdDoor?.replace(/^gebruiker:.*/, 'gebruiker') ?? null),
      })),
    };
  }
}
