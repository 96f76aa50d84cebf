module.exports = {
  ...require('./jest.preset'),
  displayName: 'browser',
  testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 120000,
};
