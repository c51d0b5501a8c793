export * from './local-state';
export * from './evaluate';
export * from './purpose-review';
export * from './day';
