import { z } from 'zod';
import { zodDto } from './zod-dto';

type Metadata = Record<string, { type?: unknown; nullable?: boolean; properties?: Record<string, { type?: unknown; nullable?: boolean }> }>;
const metadata = (dto: unknown): Metadata => (dto as { _OPENAPI_METADATA_FACTORY(): Metadata })._OPENAPI_METADATA_FACTORY();

describe('zodDto', () => {
  const schema = z.object({ naam: z.string().nullable(), code: z.string(), binnen: z.object({ regio: z.string().nullable() }) });
  class VoorbeeldDto extends zodDto(schema) {}

  it('documents a bare nullable field as a nullable string, not a list (input and output)', () => {
    for (const velden of [metadata(VoorbeeldDto), metadata(VoorbeeldDto.Output)]) {
      expect(velden.naam).toMatchObject({ type: 'string', nullable: true });
      expect(velden.code).toMatchObject({ type: 'string' });
      expect(velden.binnen.properties?.regio).toMatchObject({ type: 'string', nullable: true });
    }
  });

  it('keeps the output DTO named after its input DTO, as nestjs-zod does', () => {
    expect(VoorbeeldDto.Output.name).toBe('VoorbeeldDto_Output');
  });
});
