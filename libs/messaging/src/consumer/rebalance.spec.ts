import { isRebalanceError } from './rebalance';

const kafkaError = (type: string) => Object.assign(new Error(type), { name: 'KafkaJSProtocolError', type });

describe('isRebalanceError', () => {
  it('recognises a rebalance and a member the group dropped, also wrapped', () => {
    for (const type of ['REBALANCE_IN_PROGRESS', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID', 'NOT_COORDINATOR_FOR_GROUP']) {
      expect(isRebalanceError(kafkaError(type))).toBe(true);
    }
    expect(isRebalanceError(Object.assign(new Error('retries exceeded'), { originalError: kafkaError('REBALANCE_IN_PROGRESS') }))).toBe(true);
  });

  it('leaves network trouble and everything else alone', () => {
    expect(isRebalanceError(kafkaError('REQUEST_TIMED_OUT'))).toBe(false);
    expect(isRebalanceError(new Error('Connection error: ECONNREFUSED'))).toBe(false);
    expect(isRebalanceError(undefined)).toBe(false);
  });
});
