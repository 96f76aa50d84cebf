import { Melding } from '../../components/status';
import { formatDatum } from '../../teksten';

/** The figures' peildatum is still to come (the API's `voorlopig`): what that means for who is counted. */
export function Voorlopig({ peildatum, gevolg }: { peildatum: string; gevolg: string }) {
  return (
    <Melding soort="warning" titel="Voorlopige cijfers">
      <p className="utrecht-paragraph">
        {formatDatum(peildatum)} is nog niet geweest: {gevolg}
      </p>
    </Melding>
  );
}
