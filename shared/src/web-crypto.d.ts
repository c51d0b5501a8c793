// The slice of Web Crypto (and of the URL parser) that shared code uses. It exists in browsers, extension workers and Node ≥ 19,
// so shared/ can use it without importing a platform module.
declare global {
  // eslint-disable-next-line no-var
  var crypto: {
    getRandomValues<T extends Uint8Array>(array: T): T;
    subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  };
  class TextEncoder {
    encode(input: string): Uint8Array;
  }
  // catalog/release/wire.ts reads a release's bytes as the browser received them.
  class TextDecoder {
    constructor(label?: 'utf-8', options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: Uint8Array): string;
  }
  // The WHATWG URL parser (browsers, extension workers, Node): catalog/punycode.ts uses its IDNA.
  class URL {
    constructor(url: string, base?: string);
    readonly hostname: string;
  }
}
export {};
