import { parsedEvent } from '@sluitend/testing';
import { casusrijen } from './casusprojectie';
import { regioEffectrapportage } from './regio-effectrapportage';

const casusId = '0b7c5a52-8a0b-4a59-9d1f-6f0f3b0a1c01';
const geopend = parsedEvent('trajecten.casus.geopend', {
  casusId,
  rmcRegio: 'MC07',
  aanleiding: 'handmatig',
  signaalEventId: null,
  signaalSoort: null,
  geopendOp: '2026-01-05T09:00:00.000Z',
});
const status = (naarStatus: 'in-contact' | 'screening', gewijzigdOp: string) =>
  parsedEvent('trajecten.casus.status-gewijzigd', {
    casusId,
    rmcRegio: 'MC07',
    actie: 'contact-leggen',
    vanStatus: 'aangemeld',
    naarStatus,
    gewijzigdOp,
  });
const afgesloten = parsedEvent('trajecten.casus.afgesloten', {
  casusId,
  rmcRegio: 'MC07',
  vanStatus: 'screening',
  uitkomst: 'overig',
  geopendOp: '2026-01-05T09:00:00.000Z',
  afgeslotenOp: '2026-03-01T09:00:00.000Z',
  tijdigheid: { eersteContact: 'minder-dan-4-weken', intake: 'nog-niet' },
});

describe('casusrijen: the events of one chunk merged per case', () => {
  it('gives the same row whatever the order of the events, the latest status by its own time', () => {
    const events = [geopend, status('in-contact', '2026-01-10T09:00:00.000Z'), status('screening', '2026-01-20T09:00:00.000Z'), afgesloten];
    const vooruit = casusrijen(events);
    expect(casusrijen([...events].reverse())).toEqual(vooruit);
    expect(vooruit).toEqual([
      {
        casusId,
        rmcRegio: 'MC07',
        aanleiding: 'handmatig',
        signaalSoort: null,
        geopendOp: '2026-01-05T09:00:00.000Z',
        status: 'screening',
        statusOp: '2026-01-20T09:00:00.000Z',
        uitkomst: 'overig',
        afgeslotenOp: '2026-03-01T09:00:00.000Z',
        afgeslotenSchooljaar: '2025-2026',
        eersteContact: 'minder-dan-4-weken',
        intake: 'nog-niet',
        samengevoegdIn: null,
      },
    ]);
  });
});

describe('regioEffectrapportage', () => {
  it('adds up counted groups of closed cases per region in the contract order of outcomes and timeliness, asked-for regions included when empty', () => {
    const rapport = regioEffectrapportage(
      [
        { rmcRegio: 'MC08', uitkomst: 'overig', eersteContact: 'nog-niet', intake: 'nog-niet', aantal: 1 },
        { rmcRegio: 'MC08', uitkomst: 'voltijd-onderwijs', eersteContact: 'minder-dan-4-weken', intake: 'meer-dan-6-weken', aantal: 3 },
      ],
      ['MC07'],
    );
    expect(rapport.uitkomsten.rijen).toEqual(['MC07', 'MC08']);
    expect(rapport.uitkomsten.cellen).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 0, 1],
    ]);
    expect(rapport.eersteContact.kolommen).toEqual(['< 4 weken', '4–6 weken', '> 6 weken', 'nog niet']);
    expect(rapport.intake.cellen).toEqual([
      [0, 0, 0, 0],
      [0, 0, 3, 1],
    ]);
  });
});
