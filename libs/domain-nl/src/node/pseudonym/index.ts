export { decryptBsn, encryptBsn } from './bsn-encryption';
export type { BsnEncryptionOptions } from './bsn-encryption';
export { jongereId } from './jongere-id';
export {
  BSN_ENCRYPTION_KEY_BYTES,
  MIN_PSEUDONYM_KEY_BYTES,
  bsnEncryptionKeySchema,
  encryptionKeyBytes,
  keyBytes,
  pseudonymKeyBytes,
  pseudonymKey,
  bsnEncryptionKey,
  pseudonymKeySchema,
} from './secret-key';
export type { SecretKeyInput } from './secret-key';
