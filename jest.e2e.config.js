module.exports = {
  ...require('./jest.preset'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 180000,
};
