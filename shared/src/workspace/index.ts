export * from './vendors';
export * from './validate';
