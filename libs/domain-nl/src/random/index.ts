export { mulberry32, randomDigits, randomInt } from './mulberry32';
export type { Rng } from './mulberry32';
