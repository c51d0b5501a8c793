export * from './match';
export * from './due';
export * from './content-hash';
