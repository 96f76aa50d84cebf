module.exports = {
  ...require('./jest.preset'),
  displayName: 'integration',
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 180000,
};
