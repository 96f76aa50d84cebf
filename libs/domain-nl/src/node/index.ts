// @sluitend/domain-nl/node: the parts of the domain library that need Node (crypto for pseudonyms and BSN
// encryption, the file system for the libraries' data files). Everything in @sluitend/domain-nl itself is
// browser-safe; the lint config keeps it so.
export { DATA_DIR_ENV, resolveLibDataFile } from './data-file';
export * from './pseudonym';
