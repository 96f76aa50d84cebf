// Shared jest settings: swc transform (with decorator metadata) and the @sluitend/* path aliases.
const { pathsToModuleNameMapper } = require('./tools/jest-paths');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tests', '<rootDir>/tools'],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // jose, openid-client and oauth4webapi ship ES modules only; swc turns them into CommonJS for jest (Node itself loads them with require(esm)).
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi|pg-boss|serialize-error|non-error|rrule-temporal|@js-temporal)/)'],
  moduleNameMapper: pathsToModuleNameMapper(),
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tools/'],
};
