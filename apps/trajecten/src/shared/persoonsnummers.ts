import { Inject, Injectable } from '@nestjs/common';
import { KeyObject } from 'node:crypto';
import { jongereId, pseudonymKey } from '@sluitend/domain-nl/node';
import { TRAJECTEN_ENV, TrajectenEnv } from '../config/trajecten-env';

/** The platform pseudonym (jongereId) of a BSN or onderwijsnummer; trajecten never stores the number itself. */
@Injectable()
export class Persoonsnummers {
  private readonly sleutel: KeyObject;

  constructor(@Inject(TRAJECTEN_ENV) env: TrajectenEnv) {
    this.sleutel = pseudonymKey(env.PSEUDONYM_KEY);
  }

  jongereId(persoonsnummer: string): string {
    return jongereId(persoonsnummer, this.sleutel);
  }
}
