// Maps the tsconfig "paths" (@sluitend/<lib>, and subpath entries such as @sluitend/domain-nl/node) to jest's
// moduleNameMapper, so there is one list of aliases. Each alias matches exactly: @sluitend/domain-nl never swallows
// @sluitend/domain-nl/node.
const tsconfig = require('../tsconfig.base.json');

function pathsToModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = `<rootDir>/${target}`;
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
