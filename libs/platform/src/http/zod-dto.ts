import { createZodDto } from 'nestjs-zod';
import { nullableAs30 } from './openapi-30';

type MetadataFactory = { _OPENAPI_METADATA_FACTORY(): unknown };
type DtoClass = MetadataFactory & { Output: MetadataFactory & { name: string } };

/**
 * `createZodDto`, with nullable fields documented the OpenAPI 3.0 way. zod ≥ 4.5 spells a bare nullable field
 * `type: ["string", "null"]`; nestjs-zod 5.5 hands that to @nestjs/swagger unchanged, and swagger reads a type list as
 * an array, so `z.string().nullable()` was documented as `string[]` (nestjs-zod issues #473/#474). Input and output
 * DTOs both get `type: "string", nullable: true`. Every DTO of every service is made with this.
 */
export const zodDto: typeof createZodDto = ((...args: Parameters<typeof createZodDto>) => {
  const Base = createZodDto(...args) as unknown as DtoClass & (new () => object);
  class Dto extends Base {
    static override _OPENAPI_METADATA_FACTORY(): unknown {
      return nullableAs30(super._OPENAPI_METADATA_FACTORY());
    }

    static override get Output(): MetadataFactory & { name: string } {
      const Output = super.Output as MetadataFactory & { name: string } & (new () => object);
      class Uitvoer extends Output {
        static override _OPENAPI_METADATA_FACTORY(): unknown {
          return nullableAs30(super._OPENAPI_METADATA_FACTORY());
        }
      }
      Object.defineProperty(Uitvoer, 'name', { value: Output.name });
      return Uitvoer;
    }
  }
  return Dto;
}) as unknown as typeof createZodDto;
