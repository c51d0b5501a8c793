import { main } from '../src/main';

// Entry for scripts/start.mjs: argv[2] is the built extension's folder, when there is one.
await main({ extensionDir: process.argv[2] });
