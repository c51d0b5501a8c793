// Regional API hosts of AWS's AI services, for the "embedded AI" signal (a page that calls Polly, Rekognition or
// Textract from the browser). AWS serves each service at {service}.{region}.amazonaws.com (the `aws` partition's
// default hostname template) in the regions botocore's endpoint table lists for it: boto/botocore (Apache-2.0),
// botocore/data/endpoints.json at commit 0e6e2404b85dc336dd2889814e089bde7d1a4c55 (2026-08-07), pinned as
// `c16botocore`. FIPS and dual-stack variants and the regions marked deprecated are left out. Read on CHECKED_C16.
import { listed } from './define';

export const AWS_AI_SOURCE = listed('c16botocore', 'botocore/data/endpoints.json');

/** Each AI service's endpoint prefix in botocore's table → the regions the table lists for it. */
const REGIONS = {
  'polly': ['af-south-1', 'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'me-south-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  'rekognition': ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'eu-central-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'il-central-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  'transcribe': ['af-south-1', 'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'me-south-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  'transcribestreaming': ['af-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-2'],
  'textract': ['ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  'comprehend': ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'us-east-1', 'us-east-2', 'us-west-2'],
  'runtime-v2-lex': ['af-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'us-east-1', 'us-west-2'],
  'runtime.lex': ['ap-northeast-1', 'ap-southeast-1', 'ap-southeast-2', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'us-east-1', 'us-west-2'],
  'translate': ['ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
} as const;

/** The regional API hosts of one AWS AI service. */
export const awsAiApi = (service: keyof typeof REGIONS): string[] =>
  REGIONS[service].map((region) => `${service}.${region}.amazonaws.com`);
