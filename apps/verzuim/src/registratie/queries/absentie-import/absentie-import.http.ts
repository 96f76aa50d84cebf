import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Claims, CurrentUser } from '@sluitend/auth';
import { absentieImportParamsSchema, absentieImportSchema, AbsentieImportView } from '@sluitend/contracts';
import { ApiProblems, zodDto } from '@sluitend/platform';
import { LeesAbsentieImport } from './lees-absentie-import';

class AbsentieImportParamsDto extends zodDto(absentieImportParamsSchema) {}
export class AbsentieImportDto extends zodDto(absentieImportSchema) {}

@ApiTags('absenties')
@ApiBearerAuth()
@Controller('absenties/imports')
export class AbsentieImportHttp {
  constructor(private readonly leesAbsentieImport: LeesAbsentieImport) {}

  @Get(':jobId')
  @ApiOperation({ summary: 'Voortgang en rapport van een absentie-import (school)' })
  @ZodResponse({
    status: 200,
    type: AbsentieImportDto,
    description: 'de job: status, gelezen rijen, beoordeelde leerlingen, meldingen, rapport per regel',
  })
  @ApiProblems(400, 403, 404)
  lees(@Param() params: AbsentieImportParamsDto, @CurrentUser() actor: Claims): Promise<AbsentieImportView> {
    return this.leesAbsentieImport.execute({ input: { jobId: params.jobId }, actor });
  }
}
