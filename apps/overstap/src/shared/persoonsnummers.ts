import { Inject, Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { normalisePersoonsnummer } from '@sluitend/domain-nl';
import { bsnEncryptionKey, encryptBsn, jongereId, pseudonymKey } from '@sluitend/domain-nl/node';
import { OVERSTAP_ENV, OverstapEnv } from '../config/overstap-env';

/** overstap's keys for persoonsnummers: the platform pseudonym (jongereId) and encryption at rest. */
@Injectable()
export class Persoonsnummers {
  private readonly pseudonymKey: KeyObject;
  private readonly encryptionKey: KeyObject;

  constructor(@Inject(OVERSTAP_ENV) env: OverstapEnv) {
    this.pseudonymKey = pseudonymKey(env.PSEUDONYM_KEY);
    this.encryptionKey = bsnEncryptionKey(env.BSN_ENCRYPTION_KEY);
  }

  jongereId(persoonsnummer: string): string {
    return jongereId(persoonsnummer, this.pseudonymKey);
  }

  /** Encrypted, bound to the jongereId (additional authenticated data): a ciphertext copied to another row fails. */
  versleutel(persoonsnummer: string, jongere: string): string {
    return encryptBsn(normalisePersoonsnummer(persoonsnummer) as string, this.encryptionKey, { aad: jongere });
  }
}
