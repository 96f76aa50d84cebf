import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { AbsentieImportView } from '@sluitend/contracts';
import { SCHOLEN } from '../../../shared/scholen';
import { AbsentieImportsRepository } from '../../database/absentie-imports.repository';
import { AbsentieFout } from '../../domain/registratie.errors';

/** Query: one absence import job of the caller's school — progress, counts and the report by line (no personal data). */
@Injectable()
export class LeesAbsentieImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: AbsentieImportsRepository,
  ) {}

  async execute({ input, actor }: { input: { jobId: string }; actor: Claims }): Promise<AbsentieImportView> {
    assertOrgType(actor, SCHOLEN);
    const job = await this.imports.lees(this.dataSource, input.jobId, actor.org.code);
    if (!job) throw AbsentieFout.importOnbekend();
    return job;
  }
}
