import { werkdagenNa } from '@sluitend/domain-nl';
import { EscalatieTermijn } from '../../config/notificaties-env';

/** When an alert raised at `aangemaakt` escalates if nobody picked it up: N Dutch working days later, or a plain duration. */
export function escalatieMoment(aangemaakt: Date, termijn: EscalatieTermijn): Date {
  return termijn.soort === 'werkdagen' ? werkdagenNa(aangemaakt, termijn.werkdagen) : new Date(aangemaakt.getTime() + termijn.ms);
}
