// The SaaS pass of session 13 (issue 15): AI services that general clouds and suites run as their own consoles,
// studios and product sections (AWS's AI service consoles and product pages, Azure's AI studios, Microsoft 365
// Copilot's pages and hosts, Google Cloud's Agent Builder and Gemini Enterprise consoles, notion.ai). Each added URL
// must reach its own entry; the cloud's and suite's other consoles, product pages, parents and sibling paths must
// stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  // AWS AI services: the global and a regional console, and the product's pages
  'https://console.aws.amazon.com/rekognition/home?region=us-east-1#/': 'amazon-rekognition',
  'https://eu-west-1.console.aws.amazon.com/rekognition/home': 'amazon-rekognition',
  'https://aws.amazon.com/rekognition/': 'amazon-rekognition',
  'https://aws.amazon.com/rekognition/pricing/': 'amazon-rekognition',
  'https://console.aws.amazon.com/polly/home/SynthesizeSpeech': 'amazon-polly',
  'https://us-west-2.console.aws.amazon.com/polly/home': 'amazon-polly',
  'https://aws.amazon.com/polly/features/': 'amazon-polly',
  'https://console.aws.amazon.com/transcribe/home': 'amazon-transcribe',
  'https://ap-south-1.console.aws.amazon.com/transcribe/home': 'amazon-transcribe',
  'https://aws.amazon.com/transcribe/pricing/': 'amazon-transcribe',
  'https://console.aws.amazon.com/comprehend/v2/home': 'amazon-comprehend',
  'https://aws.amazon.com/comprehend/': 'amazon-comprehend',
  'https://console.aws.amazon.com/translate/home': 'amazon-translate',
  'https://aws.amazon.com/translate/faqs/': 'amazon-translate',
  'https://console.aws.amazon.com/kendra/home': 'amazon-kendra',
  'https://aws.amazon.com/kendra/pricing/': 'amazon-kendra',
  'https://console.aws.amazon.com/personalize/home': 'amazon-personalize',
  'https://aws.amazon.com/personalize/': 'amazon-personalize',
  'https://console.aws.amazon.com/lex/home': 'amazon-lex',
  'https://us-east-1.console.aws.amazon.com/lexv2/home': 'amazon-lex',
  'https://aws.amazon.com/lex/faqs/': 'amazon-lex',
  'https://console.aws.amazon.com/forecast/home': 'amazon-forecast',
  'https://aws.amazon.com/forecast/pricing/': 'amazon-forecast',
  'https://console.aws.amazon.com/textract/home': 'aws-textract',
  'https://us-east-2.console.aws.amazon.com/textract/home': 'aws-textract',
  'https://console.aws.amazon.com/codeguru/reviewer/home': 'aws-codeguru',
  'https://aws.amazon.com/sagemaker/': 'amazon-sagemaker',
  'https://aws.amazon.com/sagemaker/pricing/': 'amazon-sagemaker',
  // Azure's AI studios
  'https://ml.azure.com/': 'azure-machine-learning',
  'https://ml.azure.com/home?tid=00000000-0000-0000-0000-000000000000': 'azure-machine-learning',
  'https://customvision.ai/': 'azure-custom-vision',
  'https://www.customvision.ai/projects': 'azure-custom-vision',
  'https://documentintelligence.ai.azure.com/studio/': 'azure-document-intelligence-studio',
  'https://formrecognizer.appliedai.azure.com/studio': 'azure-document-intelligence-studio',
  'https://portal.vision.cognitive.azure.com/': 'azure-vision-studio',
  'https://contentsafety.cognitive.azure.com/': 'azure-ai-content-safety',
  'https://contentsafety.cognitive.azure.com/text': 'azure-ai-content-safety',
  'https://portal.customtranslator.azure.ai/': 'microsoft-translator',
  // Microsoft 365 Copilot and Microsoft Copilot
  'https://www.microsoft.com/microsoft-365/copilot': 'microsoft-365-copilot',
  'https://www.microsoft.com/microsoft-365/copilot/enterprise': 'microsoft-365-copilot',
  'https://m365.cloud.microsoft/cowork/': 'microsoft-365-copilot',
  'https://www.microsoft365.com/copilot': 'm365-copilot-chat',
  'https://microsoft365.com/copilot/': 'm365-copilot-chat',
  'https://www.microsoft.com/copilot-app': 'microsoft-copilot',
  // Google Cloud's Agent Builder and Gemini Enterprise consoles
  'https://console.cloud.google.com/gen-app-builder/data-stores': 'vertex-ai',
  'https://console.cloud.google.com/gen-app-builder/engines': 'vertex-ai',
  'https://console.cloud.google.com/gemini-enterprise/overview': 'gemini-enterprise',
  'https://dialogflow.cloud.google.com/cx/projects': 'google-dialogflow',
  'https://console.cloud.google.com/ai/document-ai/processors': 'google-document-ai',
  // Google Cloud's AI APIs' pages and the Translation console
  'https://cloud.google.com/vision': 'google-cloud-vision',
  'https://cloud.google.com/vision/docs': 'google-cloud-vision',
  'https://cloud.google.com/natural-language': 'google-cloud-natural-language',
  'https://cloud.google.com/translate': 'google-cloud-translation',
  'https://cloud.google.com/translate/docs/languages': 'google-cloud-translation',
  'https://console.cloud.google.com/translation/datasets': 'google-cloud-translation',
  'https://cloud.google.com/video-intelligence': 'google-cloud-video-intelligence',
  'https://cloud.google.com/solutions/contact-center': 'google-contact-center-ai',
  'https://cloud.google.com/contact-center/insights/docs/conversation-data-format':
    'google-contact-center-ai',
  'https://cloud.google.com/generative-ai-app-builder/docs/agent-intro': 'vertex-ai',
  'https://cloud.google.com/ai/generative-ai': 'vertex-ai',
  // Meta's research demos
  'https://sam2.metademolab.com/demo': 'segment-anything',
  'https://ai.meta.com/sam2': 'segment-anything',
  'https://ai.meta.com/sam3': 'segment-anything',
  // IBM watsonx Orchestrate's instances and documentation
  'https://watson-orchestrate.cloud.ibm.com/instances/inst-123/v1/orchestrate': 'ibm-watsonx-orchestrate',
  'https://dl.watson-orchestrate.ibm.com/': 'ibm-watsonx-orchestrate',
  'https://developer.watson-orchestrate.ibm.com/agents/build_agent': 'ibm-watsonx-orchestrate',
  'https://seamless.metademolab.com/m4t': 'meta-seamless',
  'https://ai.meta.com/research/seamless-communication/': 'meta-seamless',
  // Databricks' machine-learning (Mosaic AI) pages
  'https://www.databricks.com/product/machine-learning': 'databricks-mosaic-ai',
  'https://www.databricks.com/product/machine-learning/lakehouse-ai-governance': 'databricks-mosaic-ai',
  // Vercel AI Gateway's page on Vercel's site
  'https://vercel.com/ai-gateway': 'vercel-ai-gateway',
  'https://vercel.com/ai-gateway/models': 'vercel-ai-gateway',
  // Notion AI's own domain
  'https://notion.ai/': 'notion-ai',
};

const STAY_UNCLASSIFIED = [
  // AWS's general site, console home and other services' consoles and pages
  'https://aws.amazon.com/',
  'https://aws.amazon.com/s3/',
  'https://aws.amazon.com/lambda/pricing/',
  'https://aws.amazon.com/products/',
  'https://aws.amazon.com/transfer/', // a sibling of /translate and /transcribe, not the same segment
  'https://aws.amazon.com/lexicon/',
  'https://aws.amazon.com/bedrock/', // Bedrock's overview page stays unclaimed, as the earlier passes decided
  'https://aws.amazon.com/bedrock-partners/',
  'https://aws.amazon.com/sagemakerx/',
  'https://console.aws.amazon.com/',
  'https://console.aws.amazon.com/console/home',
  'https://console.aws.amazon.com/s3/home',
  'https://us-east-1.console.aws.amazon.com/ec2/home',
  'https://eu-west-1.console.aws.amazon.com/iam/home',
  'https://console.aws.amazon.com/pollyx/',
  'https://docs.aws.amazon.com/',
  // Azure's portal, general site and parents of the studio hosts
  'https://portal.azure.com/',
  'https://azure.microsoft.com/',
  'https://azure.microsoft.com/en-us/products/virtual-machines',
  'https://azure.com/',
  'https://cognitive.azure.com/',
  'https://vision.cognitive.azure.com/',
  'https://appliedai.azure.com/',
  'https://azure.ai/',
  'https://customtranslator.azure.ai.example.com/',
  'https://learn.microsoft.com/en-us/azure/',
  'https://customvision.ai.example.com/',
  'https://mycustomvision.ai/',
  // Microsoft's and Microsoft 365's other pages
  'https://www.microsoft.com/',
  'https://www.microsoft.com/microsoft-365',
  'https://www.microsoft.com/microsoft-365/word',
  'https://www.microsoft.com/en-us/microsoft-365/excel',
  'https://www.microsoft.com/copilot-apps', // a sibling path, not the same segment
  'https://www.microsoft365.com/',
  'https://www.microsoft365.com/launch/word',
  'https://microsoft365.com/',
  'https://m365.cloud.microsoft/',
  'https://m365.cloud.microsoft/apps/',
  'https://www.office.com/',
  // Google Cloud's console and its other products
  'https://console.cloud.google.com/',
  'https://console.cloud.google.com/storage/browser',
  'https://console.cloud.google.com/bigquery',
  'https://console.cloud.google.com/apis/library',
  'https://cloud.google.com/',
  'https://cloud.google.com/compute',
  'https://cloud.google.com/solutions/retail',
  'https://cloud.google.com/translations', // a sibling path, not the same segment
  'https://console.cloud.google.com/ai',
  'https://cloud.google.com/ai', // Google Cloud's AI overview stays unclaimed; only its generative AI page is
  'https://cloud.google.com/solutions',
  'https://cloud.google.com.example.com/vision',
  'https://dialogflow.cloud.google.com.example.com/',
  // Meta's research site and demo lab beside the claimed pages
  'https://ai.meta.com/',
  'https://ai.meta.com/research/publications/',
  'https://ai.meta.com/sam2x',
  'https://www.metademolab.com/',
  // IBM's cloud and site beside Orchestrate's hosts
  'https://cloud.ibm.com/',
  'https://www.ibm.com/',
  'https://www.ibm.com/products/db2',
  'https://orchestrate.cloud.ibm.com.example.com/',
  'https://mywatson-orchestrate.ibm.com.example.com/',
  // Databricks' site and other products
  'https://www.databricks.com/',
  'https://www.databricks.com/product/pricing',
  'https://www.databricks.com/product/data-warehousing',
  'https://www.databricks.com/product/machine-learning-runtime', // a sibling path
  // Vercel's site and dashboard
  'https://vercel.com/',
  'https://vercel.com/pricing',
  'https://vercel.com/ai-gateways',
  // Notion itself
  'https://www.notion.so/',
  'https://www.notion.so/my-workspace-page-0123456789abcdef',
  'https://www.notion.com/pricing',
  'https://notion.ai.example.com/',
  'https://mynotion.ai/',
];

describe("general clouds' and suites' AI consoles, studios and sections (session 13)", () => {
  it('classifies every added URL to its own entry', () => {
    expectEachClassifiedAs(ADDED, { api: true });
  });

  it("leaves the clouds' and suites' other consoles, pages, parents and sibling paths unclassified", () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
