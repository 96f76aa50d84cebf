import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { GegenereerdeDocumenten } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { DocumentenRepository } from '../../database/documenten.repository';
import { documentenBereik } from '../../domain/rapportplanning';

/** Use case: the generated documents of the caller's organisation (ops: all), newest first, without their content. */
@Injectable()
export class ZoekDocumenten {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentenRepository,
  ) {}

  async execute(query: { actor: Claims; correlationId: string }): Promise<GegenereerdeDocumenten> {
    const regels = await this.repository.lijst(this.dataSource, documentenBereik(query.actor.org));
    return {
      documenten: regels.map((regel) => ({
        id: regel.id,
        soort: regel.soort,
        schooljaar: regel.schooljaar,
        organisatie: regel.organisatieCode,
        formaat: regel.formaat,
        bestandsnaam: regel.bestandsnaam,
        grootte: regel.grootte,
        gegenereerdOp: regel.gegenereerdOp.toISOString(),
      })),
    };
  }
}

/** Use case: one generated document's file, when it belongs to the caller's organisation (ops: any); otherwise 404. */
@Injectable()
export class LeesDocument {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DocumentenRepository,
  ) {}

  async execute(query: {
    id: string;
    actor: Claims;
    correlationId: string;
  }): Promise<{ bestandsnaam: string; formaat: 'pdf' | 'xlsx'; inhoud: Buffer }> {
    const document = await this.repository.inhoud(this.dataSource, query.id, documentenBereik(query.actor.org));
    if (document === undefined) throw DomainError.nietGevonden('document.niet-gevonden', 'Dit document bestaat niet of is niet van uw organisatie');
    return document;
  }
}
