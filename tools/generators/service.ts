import { Tree } from '@nx/devkit';
import { addImport, append, asArray, asObject, initializerOf, parse } from './lib/source-edit';
import { writeTemplates } from './lib/templates';
import { addService, GeneratorError, namesOf, PORT_BASE, ports, read, reservedPorts, SCRIPT, services } from './lib/workspace';

export type ServiceOptions = { name: string; port?: number; description?: string };

const SERVICE_NAME = /^[a-z]{3,20}$/;

/** The port asked for, or the lowest free one; within base + 1…99. */
function choosePort(tree: Tree, name: string, asked?: number): number {
  const used = ports(tree);
  const taken = reservedPorts(tree);
  const port = asked ?? Array.from({ length: 99 }, (_, index) => PORT_BASE + 1 + index).find((candidate) => !taken.has(candidate)) ?? PORT_BASE + 100;
  if (!Number.isInteger(port) || port <= PORT_BASE || port >= PORT_BASE + 100) {
    throw new GeneratorError(`--port ${port}: a service port is ${PORT_BASE + 1}…${PORT_BASE + 99} (SLUITEND_PORT_BASE + 1…99)`);
  }
  const holder = [...used].find(([, value]) => value === port)?.[0];
  if (holder) throw new GeneratorError(`--port ${port} is ${holder}'s`);
  if (taken.has(port)) throw new GeneratorError(`--port ${port} is taken in ${SCRIPT} (base + ${port - PORT_BASE})`);
  if (used.has(name)) throw new GeneratorError(`${SCRIPT} already has a port for ${name}`);
  return port;
}

/** The `sluitend` script: SERVICES (started, stopped, waited for) and PORTS (base + offset). */
function wireScript(tree: Tree, name: string, port: number): void {
  let script = read(tree, SCRIPT);
  script = script.replace(/^SERVICES=\((.*)\)$/m, (_line, list: string) => `SERVICES=(${list} ${name})`);
  script = script.replace(/^(\s*declare -gA PORTS=\(.*)\)$/m, (_line, list: string) => `${list} [${name}]=$((base + ${port - PORT_BASE})))`);
  if (!script.includes(` ${name})`) || !script.includes(`[${name}]=`)) throw new GeneratorError(`${SCRIPT}: SERVICES=(…) or PORTS=(…) not found`);
  tree.write(SCRIPT, script);
}

/** eslint.config.mjs: the scope:<service> constraint is made per entry of its SERVICES. */
function wireLint(tree: Tree, name: string): void {
  const path = 'eslint.config.mjs';
  const source = parse(path, read(tree, path));
  tree.write(path, append(source, asArray(source, initializerOf(source, 'SERVICES'), 'SERVICES'), `'${name}'`));
}

/** The service's part of the event catalog, merged with the others in libs/contracts/src/event-catalog.ts. */
function wireEventCatalog(tree: Tree, name: string, constant: string): void {
  const path = 'libs/contracts/src/event-catalog.ts';
  let source = parse(path, read(tree, path));
  source = parse(path, addImport(source, [`${constant}_EVENTS`], `./events/${name}/catalog`));
  tree.write(path, append(source, asObject(source, initializerOf(source, 'EVENT_CATALOG'), 'EVENT_CATALOG'), `...${constant}_EVENTS`));
}

function wireInfra(tree: Tree, name: string, port: number): void {
  const kustomization = 'infra/k8s/kustomization.yaml';
  const resources = read(tree, kustomization);
  const last = [...resources.matchAll(/^ {2}- [a-z-]+\.yaml$/gm)].pop();
  if (!last || last.index === undefined) throw new GeneratorError(`${kustomization}: no resources list`);
  const at = last.index + last[0].length;
  tree.write(kustomization, `${resources.slice(0, at)}\n  - ${name}.yaml${resources.slice(at)}`);

  const secrets = 'infra/k8s/secrets.example.yaml';
  tree.write(
    secrets,
    `${read(tree, secrets).replace(/\n*$/, '\n')}---
apiVersion: v1
kind: Secret
metadata:
  name: sluitend-${name}
  namespace: sluitend
type: Opaque
stringData:
  DATABASE_URL: postgres://${name}:CHANGE_ME@pg-${name}.example:5432/${name}?sslmode=require
`,
  );

  // Compose: the services run in the OpenID provider's network namespace, which publishes their ports.
  const compose = 'docker-compose.yml';
  let text = read(tree, compose);
  const published = /^( {2}oidc:\n(?: {4}.*\n)*? {4}ports: \[)(.*)\]$/m.exec(text);
  if (!published) throw new GeneratorError(`${compose}: no \`ports: [...]\` on the oidc service (the services' network namespace)`);
  text = text.replace(published[0], `${published[1]}${published[2]}, "${port}:${port}"]`);
  const volumes = text.search(/\n+volumes:\n/);
  if (volumes < 0) throw new GeneratorError(`${compose}: no top-level volumes: after the services`);
  const block = `\n  ${name}:\n    <<: *service\n    build: { context: ., dockerfile: infra/docker/Dockerfile, args: { APP: ${name} } }\n    environment: { <<: *service-env, PORT: "${port}" }`;
  tree.write(compose, `${text.slice(0, volumes)}${block}${text.slice(volumes)}`);
}

/**
 * A new service in the template of docs/architecture.md: apps/<name> (main, app module, env schema, migrations),
 * known everywhere a service must be: libs/contracts (SERVICES, its part of the event catalog), the `sluitend`
 * script (started by `up`, its port), lint's scopes, Kubernetes and docker compose. docs/openapi/<name>.json is
 * written by `./sluitend generate` after the build.
 */
export function serviceGenerator(tree: Tree, options: ServiceOptions): string[] {
  const { name } = options;
  if (!SERVICE_NAME.test(name)) throw new GeneratorError(`service name "${name}": 3–20 lower-case letters (it is the first part of its event types)`);
  if (services(tree).includes(name) || tree.exists(`apps/${name}`)) throw new GeneratorError(`service ${name} exists; nothing was written`);
  const port = choosePort(tree, name, options.port);
  const { className, propertyName, constantName } = namesOf(name);
  const description = (options.description ?? 'Een nieuwe Sluitend-service.').replace(/'/g, '’');
  const substitutions = { name, port, className, propertyName, constantName, description };
  writeTemplates(tree, 'service', `apps/${name}`, substitutions);
  writeTemplates(tree, 'service-events', `libs/contracts/src/events/${name}`, substitutions);
  writeTemplates(tree, 'service-k8s', 'infra/k8s', substitutions);
  addService(tree, name);
  wireEventCatalog(tree, name, constantName);
  wireScript(tree, name, port);
  wireLint(tree, name);
  wireInfra(tree, name, port);
  return [`service ${name} on port ${port}`];
}
