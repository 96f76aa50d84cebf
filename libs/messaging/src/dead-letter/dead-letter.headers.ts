/** Headers a dead letter carries beside the original key and value. */
export const DEAD_LETTER_HEADERS = {
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  consumer: 'x-consumer',
  error: 'x-error',
  errorCode: 'x-error-code',
  attempts: 'x-attempts',
  failedAt: 'x-failed-at',
  eventId: 'x-event-id',
  eventType: 'x-event-type',
  replayOf: 'x-replay-of',
} as const;
