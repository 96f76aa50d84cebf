import { csvBodyMiddleware } from '@sluitend/platform';

/** Reads overstap's CSV uploads: fits 50,000 rows of a school administration's export with every column filled, with room to spare. */
export const CsvBodyMiddleware = csvBodyMiddleware('60mb');
