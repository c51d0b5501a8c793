// The regional API hosts of AWS's AI services (data/aws-ai-endpoints.ts, from botocore's endpoint table): a page
// that calls Polly, Rekognition, Transcribe, Textract, Comprehend, Lex or Translate from the browser is embedded AI,
// while the same region's general AWS services (storage, functions, databases, API Gateway) stay unclassified.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { catalog } from './index';

const AWS_AI_IDS = [
  'amazon-polly',
  'amazon-rekognition',
  'amazon-transcribe',
  'aws-textract',
  'amazon-comprehend',
  'amazon-lex',
  'amazon-translate',
];

describe('AWS AI services: regional API hosts', () => {
  const tools = catalog.filter((t) => AWS_AI_IDS.includes(t.id));

  it('gives each service its regional hosts, and only hosts on amazonaws.com', () => {
    expect(tools.map((t) => t.id).sort()).toEqual([...AWS_AI_IDS].sort());
    for (const tool of tools) {
      expect(tool.apiEndpoints.length, tool.id).toBeGreaterThanOrEqual(8);
      expect(
        tool.apiEndpoints.every((host) => /^[a-z0-9.-]+\.[a-z]{2}-[a-z]+-\d\.amazonaws\.com$/.test(host)),
      ).toBe(true);
    }
  });

  it('classifies every regional host, and the requests SDKs make to them, as the service', () => {
    expectEachClassifiedAs(
      Object.fromEntries(Object.entries(ownUrls(tools)).filter(([url]) => url.includes('amazonaws.com'))),
      { api: true },
    );
    expectEachClassifiedAs(
      {
        'https://polly.eu-west-1.amazonaws.com/v1/speech': 'amazon-polly',
        'https://transcribestreaming.us-east-1.amazonaws.com:8443/stream-transcription-websocket':
          'amazon-transcribe',
        'https://runtime-v2-lex.us-east-1.amazonaws.com/bots/B/botAliases/A/botLocales/en_US/sessions/s/text':
          'amazon-lex',
        'https://textract.us-east-1.amazonaws.com/': 'aws-textract',
      },
      { api: true },
    );
  });

  it('leaves the same regions’ general AWS services and AWS’s own sites unclassified', () => {
    expectNoneClassified([
      'https://s3.us-east-1.amazonaws.com/bucket/key',
      'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions',
      'https://dynamodb.us-west-2.amazonaws.com/',
      'https://abc123.execute-api.us-east-1.amazonaws.com/prod',
      'https://cognito-identity.us-east-1.amazonaws.com/',
      'https://sts.amazonaws.com/',
      'https://aws.amazon.com/',
      'https://github.com/boto/botocore',
    ]);
  });
});
