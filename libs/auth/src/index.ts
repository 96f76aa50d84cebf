export * from './claims';
export * from './token-verifier';
export * from './token-signer';
export * from './public.decorator';
export * from './jwt-auth.guard';
export * from './current-user.decorator';
export * from './organisation-scope';
