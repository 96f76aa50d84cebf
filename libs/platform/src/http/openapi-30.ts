/**
 * The documents say `openapi: 3.0.0` (what @nestjs/swagger writes), but zod's JSON Schema spells a nullable value the
 * 3.1 way, `type: ["string", "null"]`, which a 3.0 reader (and Redocly's `struct` rule) rejects. This rewrites such a
 * type into the 3.0 form, `type: "string", nullable: true`, everywhere in the document. A type list of two or more
 * non-null types has no 3.0 form without `oneOf`, so it becomes a `oneOf` of single types.
 */
export function nullableAs30<T>(document: T): T {
  return rewrite(document) as T;
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = rewrite(value);
  const type = out.type;
  if (Array.isArray(type)) {
    const types = type.filter((t) => t !== 'null');
    const nullable = types.length !== type.length;
    delete out.type;
    if (types.length === 1) out.type = types[0];
    else if (types.length > 1) out.oneOf = types.map((t) => ({ type: t }));
    if (nullable) out.nullable = true;
  }
  return out;
}
