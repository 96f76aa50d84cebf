import { Inject, Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { jongereId, pseudonymKey } from '@sluitend/domain-nl/node';
import { VERZUIM_ENV, VerzuimEnv } from '../config/verzuim-env';

/** The platform pseudonym (jongereId) of a persoonsnummer, as overstap makes it; verzuim never stores the number. */
@Injectable()
export class Persoonsnummers {
  private readonly pseudonymKey: KeyObject;

  constructor(@Inject(VERZUIM_ENV) env: VerzuimEnv) {
    this.pseudonymKey = pseudonymKey(env.PSEUDONYM_KEY);
  }

  jongereId(persoonsnummer: string): string {
    return jongereId(persoonsnummer, this.pseudonymKey);
  }
}
