export { parseCsv, parseCsvRecords } from './parse-csv';
export { CSV_KOP_MAX_TEKENS, scheidingstekenVanKop, type Scheidingsteken } from './scheidingsteken';
