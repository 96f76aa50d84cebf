import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { KoppelingenRepository } from '../../database/koppelingen.repository';

export type JongereIdsQuery = { input: { jongereIds: readonly string[] } };

/**
 * The jongereId a new fact is recorded under: an onderwijsnummer's pseudonym that DUO's koppeling linked to a BSN is
 * the BSN's pseudonym from then on (ADR 0018), so a dossier, aanmelding or inschrijving that still comes by
 * onderwijsnummer joins the merged person instead of splitting them again. Answers, per id given, the id to use.
 */
@Injectable()
export class BepaalJongereIds {
  constructor(
    private readonly dataSource: DataSource,
    private readonly koppelingen: KoppelingenRepository,
  ) {}

  async execute({ input }: JongereIdsQuery, tx?: EntityManager): Promise<Map<string, string>> {
    const gekoppeld = await this.koppelingen.gekoppeld(tx ?? this.dataSource, [...new Set(input.jongereIds)]);
    return new Map(input.jongereIds.map((id) => [id, gekoppeld.get(id) ?? id]));
  }

  /** One id. */
  async een(jongereId: string, tx?: EntityManager): Promise<string> {
    return (await this.execute({ input: { jongereIds: [jongereId] } }, tx)).get(jongereId) as string;
  }
}
