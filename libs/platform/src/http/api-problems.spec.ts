import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc, createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { ApiProblems } from './api-problems';

class AntwoordDto extends createZodDto(z.object({ id: z.string() })) {}

@Controller('iets')
class IetsHttp {
  @Get()
  @ZodResponse({ status: 200, type: AntwoordDto })
  @ApiProblems(400, 404)
  lees() {
    return { id: 'x' };
  }

  @Get('anders')
  @ApiProblems(409)
  anders() {
    return {};
  }
}

@Module({ controllers: [IetsHttp] })
class IetsModule {}

describe('ApiProblems', () => {
  it('documents each status as problem+json with one ProblemDto schema, through nestjs-zod’s cleanup', async () => {
    const app = await NestFactory.create(IetsModule, { logger: false });
    try {
      const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, new DocumentBuilder().build()));
      const responses = document.paths['/iets'].get?.responses ?? {};
      expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '404']);
      expect(responses['404']).toMatchObject({ content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } } });
      expect(document.paths['/iets/anders'].get?.responses?.['409']).toBeDefined();
      expect(document.components?.schemas?.ProblemDto).toMatchObject({ type: 'object', required: ['type', 'title', 'status'] });
      expect(document.components?.schemas?.FieldIssue).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
