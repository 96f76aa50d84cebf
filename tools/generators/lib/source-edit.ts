import * as ts from 'typescript';

/**
 * Small, exact edits of TypeScript (and JavaScript) sources for the generators: find a node with the compiler's parser
 * and insert text beside it, so a file is changed only where a service, capability or use case has to be known.
 */
export type Source = { text: string; file: ts.SourceFile };

export class SourceEditError extends Error {}

export function parse(path: string, text: string): Source {
  const kind = path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return { text, file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind) };
}

/** Every node of the file, depth first. */
function* nodes(node: ts.Node): Generator<ts.Node> {
  yield node;
  for (const child of node.getChildren()) yield* nodes(child);
}

export function find<T extends ts.Node>(source: Source, test: (node: ts.Node) => node is T): T[] {
  return [...nodes(source.file)].filter(test);
}

const nameOf = (node: ts.PropertyAssignment | ts.VariableDeclaration): string => node.name.getText();

/** The array or object a `const NAME = …` holds (through `as const`, `satisfies` and parentheses). */
export function initializerOf(source: Source, variable: string): ts.Expression {
  const declaration = find(source, ts.isVariableDeclaration).find((node) => nameOf(node) === variable);
  if (!declaration?.initializer) throw new SourceEditError(`${source.file.fileName}: no \`const ${variable} = …\``);
  return unwrap(declaration.initializer);
}

export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** The value of `name: …` in an object literal. */
export function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const found = object.properties.find((member): member is ts.PropertyAssignment => ts.isPropertyAssignment(member) && nameOf(member) === name);
  return found ? unwrap(found.initializer) : undefined;
}

export function asArray(source: Source, expression: ts.Expression | undefined, what: string): ts.ArrayLiteralExpression {
  if (!expression || !ts.isArrayLiteralExpression(expression)) throw new SourceEditError(`${source.file.fileName}: ${what} is not an array literal`);
  return expression;
}

export function asObject(source: Source, expression: ts.Expression | undefined, what: string): ts.ObjectLiteralExpression {
  if (!expression || !ts.isObjectLiteralExpression(expression))
    throw new SourceEditError(`${source.file.fileName}: ${what} is not an object literal`);
  return expression;
}

function indentAt(text: string, position: number): string {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/**
 * Appends an element (an array) or a member (an object literal) as the author wrote the others: on one line, or one
 * per line with their indentation and trailing comma.
 */
export function append(source: Source, list: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, item: string): string {
  const { text } = source;
  const items: ts.NodeArray<ts.Node> = ts.isArrayLiteralExpression(list) ? list.elements : list.properties;
  const open = list.getStart();
  const close = list.getEnd() - 1;
  if (items.length === 0) {
    const inner = text.slice(open + 1, close);
    if (inner.includes('\n')) {
      const indent = `${indentAt(text, open)}  `;
      return `${text.slice(0, open + 1)}\n${indent}${item},\n${indentAt(text, open)}${text.slice(close)}`;
    }
    const padding = ts.isObjectLiteralExpression(list) ? ' ' : '';
    return `${text.slice(0, open + 1)}${padding}${item}${padding}${text.slice(close)}`;
  }
  const first = items[0];
  const last = items[items.length - 1];
  const multiline = text.slice(open, first.getStart()).includes('\n');
  if (multiline) {
    const indent = indentAt(text, first.getStart());
    const afterLast = items.hasTrailingComma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
    const insertion = items.hasTrailingComma ? `\n${indent}${item},` : `,\n${indent}${item}`;
    return `${text.slice(0, afterLast)}${insertion}${text.slice(afterLast)}`;
  }
  return `${text.slice(0, last.getEnd())}, ${item}${text.slice(last.getEnd())}`;
}

/** Adds `import { names } from 'module';` after the last import (or at the top). */
export function addImport(source: Source, names: string[], module: string): string {
  const imports = source.file.statements.filter(ts.isImportDeclaration);
  const line = `import { ${names.join(', ')} } from '${module}';`;
  if (imports.length === 0) return `${line}\n${source.text}`;
  const end = imports[imports.length - 1].getEnd();
  return `${source.text.slice(0, end)}\n${line}${source.text.slice(end)}`;
}

/** Makes `names` imported from `module`: added to an existing `import { … } from 'module'`, else a new import. */
export function ensureNamedImports(source: Source, module: string, names: string[]): string {
  const declaration = source.file.statements
    .filter(ts.isImportDeclaration)
    .find(
      (node) =>
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text === module &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings),
    );
  const bindings = declaration?.importClause?.namedBindings as ts.NamedImports | undefined;
  const present = new Set(bindings?.elements.map((element) => element.name.text) ?? []);
  const missing = names.filter((name) => !present.has(name));
  if (missing.length === 0) return source.text;
  if (!bindings || bindings.elements.length === 0) return addImport(source, missing, module);
  const end = bindings.elements[bindings.elements.length - 1].getEnd();
  return `${source.text.slice(0, end)}, ${missing.join(', ')}${source.text.slice(end)}`;
}

/** The `@Module({ … })` object of a Nest module file. */
export function moduleMetadata(source: Source): ts.ObjectLiteralExpression {
  const decorator = find(source, ts.isDecorator).find(
    (node) => ts.isCallExpression(node.expression) && node.expression.expression.getText() === 'Module',
  );
  const call = decorator?.expression as ts.CallExpression | undefined;
  return asObject(source, call?.arguments[0], '@Module(…)');
}

/** The object literal passed to `ServiceKernelModule.forService(…)` in an app module. */
export function kernelOptions(source: Source): ts.ObjectLiteralExpression {
  const call = find(source, ts.isCallExpression).find((node) => node.expression.getText() === 'ServiceKernelModule.forService');
  return asObject(source, call?.arguments[0], 'ServiceKernelModule.forService(…)');
}

/** The `imports: [ServiceKernelModule.forService(…), …]` array of an app module. */
export function appImports(source: Source): ts.ArrayLiteralExpression {
  const array = find(source, ts.isArrayLiteralExpression).find((node) =>
    node.elements.some((element) => ts.isCallExpression(element) && element.expression.getText() === 'ServiceKernelModule.forService'),
  );
  return asArray(source, array, 'the app module imports (with ServiceKernelModule.forService)');
}

/** Whether an array literal already holds an element with this source text. */
export const holds = (array: ts.ArrayLiteralExpression, text: string): boolean => array.elements.some((element) => element.getText() === text);
