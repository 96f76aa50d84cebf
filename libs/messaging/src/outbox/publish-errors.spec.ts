import { permanentPublishError } from './publish-errors';

const kafkaError = (type: string, retriable = false) =>
  Object.assign(new Error(`kafka says ${type}`), { name: 'KafkaJSProtocolError', type, retriable });

describe('permanentPublishError', () => {
  it('finds errors about the message itself, also when wrapped', () => {
    expect(permanentPublishError(kafkaError('MESSAGE_TOO_LARGE'))?.type).toBe('MESSAGE_TOO_LARGE');
    expect(permanentPublishError(Object.assign(new Error('outer'), { cause: kafkaError('INVALID_RECORD') }))?.type).toBe('INVALID_RECORD');
    expect(permanentPublishError(Object.assign(new Error('many'), { errors: [new Error('x'), kafkaError('RECORD_LIST_TOO_LARGE')] }))?.type).toBe(
      'RECORD_LIST_TOO_LARGE',
    );
  });

  it('leaves outages and moving leaders to be retried', () => {
    expect(permanentPublishError(kafkaError('LEADER_NOT_AVAILABLE', true))).toBeNull();
    expect(permanentPublishError(kafkaError('UNKNOWN_TOPIC_OR_PARTITION', true))).toBeNull();
    expect(permanentPublishError(new Error('connect ECONNREFUSED 127.0.0.1:9092'))).toBeNull();
    expect(permanentPublishError(Object.assign(new Error('KafkaJSNumberOfRetriesExceeded'), { cause: new Error('timeout') }))).toBeNull();
    expect(permanentPublishError(null)).toBeNull();
  });
});
