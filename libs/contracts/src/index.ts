export * from './envelope';
export * from './topics';
export * from './event-catalog';
export * from './parse-event';
export * from './events/overstap/dossier-ingediend.event';
export * from './api/overstap/dien-dossier-in.request';
