export * from './types';
export { luhnValid, mod97 } from './checksums';
export { countSecrets, entropy, looksRandom } from './secrets';
export { countCards, countIbans, isCardNumber, isIban } from './payments';
export { BULK, countEmails, countPhones } from './contacts';
export { countNationalIds } from './national-ids';
export { countCodeLines } from './source-code';
export { CHUNK_CHARS, chunkEnds, classifyChunked, classifyText, disallowedClasses } from './classify';
