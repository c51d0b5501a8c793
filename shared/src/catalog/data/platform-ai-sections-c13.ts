// Thirteenth-session SaaS pass (issue 15, "AI built into other SaaS" and "AI sections under general sites"): the AI
// services that general clouds run as their own consoles, studios and product sections. Only the AI service's
// exact host, or its path on the cloud's own host (AWS console prefixes on the global and every regional console
// host, product pages on aws.amazon.com), is claimed; the cloud's other consoles, product pages and hosts stay
// unclassified (traps in lookalikes-c13-saas.test.ts). Each row cites the vendor's own documentation page that names
// the host or path:
// - AWS: the service developer guides AWS published on GitHub (awsdocs/amazon-<service>-developer-guide, read at the
//   last commit before each was emptied, named per row), whose pages are the docs.aws.amazon.com pages cited; each
//   gives the console as https://console.aws.amazon.com/<service>/ and links the product's aws.amazon.com/<service>/
//   pages (pricing, FAQs, features). Facts only; no text was copied.
// - Microsoft: Microsoft's Azure documentation (MicrosoftDocs/azure-docs, read through the code index at the commit
//   named per row), the learn.microsoft.com pages cited, which send readers to each studio's host.
// - Google Cloud: Google's own sample repositories (GoogleCloudPlatform/python-docs-samples, contact-center-ai-samples,
//   document-ai-samples and generative-ai; Apache-2.0 licence files), which link each AI product's pages and consoles.
// - Meta: Meta's own research repositories (facebookresearch/sam2, sam3, seamless_communication), which link their demos.
// - IBM: IBM's own watsonx Orchestrate ADK repository, which names Orchestrate's hosts.
// - Databricks: its own GenAI cookbook repository, which links its machine-learning (Mosaic AI) product pages.
// Left out: AWS's Lex V2 guide (no snapshot to read), Language Studio (its docs link only aka.ms/languageStudio),
// and the cloud's general hosts (aws.amazon.com, console.aws.amazon.com, portal.azure.com, azure.microsoft.com).
// Bedrock's overview page (aws.amazon.com/bedrock, read on AWS's own FAQ page) stays unclaimed, as earlier passes'
// look-alike tests require. Hosts of entries already in the catalog were added to those entries instead (amazon-sagemaker,
// aws-textract, azure-ai-content-safety, microsoft-365-copilot, m365-copilot-chat, microsoft-copilot, vertex-ai,
// gemini-enterprise, google-dialogflow, google-document-ai, segment-anything, notion-ai), each with its source beside it.
import type { Tool } from '../../schemas/tool';
import { awsAiApi } from './aws-ai-endpoints';
import { awsConsole, CHECKED_C13, defineTools } from './define';

export const platformAiSectionToolsC13: Tool[] = defineTools(
  'developer-platform',
  [
    // awsdocs/amazon-rekognition-developer-guide@9e714845bbff9ce168e1a2b8e4ecbade98fa2241: doc_source/compare-faces-console.md
    // (the console) and doc_source/segments.md (aws.amazon.com/rekognition/pricing/).
    {
      id: 'amazon-rekognition',
      name: 'Amazon Rekognition',
      vendor: 'Amazon Web Services',
      category: 'image',
      urlPrefixes: [...awsConsole('rekognition'), 'aws.amazon.com/rekognition'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: awsAiApi('rekognition'),
      source: 'https://docs.aws.amazon.com/rekognition/latest/dg/compare-faces-console.html',
    },
    // awsdocs/amazon-polly-developer-guide@97b0d81ab6468129948d48beb767da1d692f2f27: doc_source/getting-started-console.md
    // (the console) and doc_source/voicelist.md (aws.amazon.com/polly/features/).
    {
      id: 'amazon-polly',
      name: 'Amazon Polly',
      vendor: 'Amazon Web Services',
      category: 'audio',
      urlPrefixes: [...awsConsole('polly'), 'aws.amazon.com/polly'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: awsAiApi('polly'),
      source: 'https://docs.aws.amazon.com/polly/latest/dg/getting-started-console.html',
    },
    // awsdocs/amazon-transcribe-developer-guide@24720afa7f807e3027b5a59180b1514df3fde3c6: doc_source/getting-started.md
    // (the console and aws.amazon.com/transcribe/pricing/).
    {
      id: 'amazon-transcribe',
      name: 'Amazon Transcribe',
      vendor: 'Amazon Web Services',
      category: 'audio',
      urlPrefixes: [...awsConsole('transcribe'), 'aws.amazon.com/transcribe'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: [...awsAiApi('transcribe'), ...awsAiApi('transcribestreaming')],
      source: 'https://docs.aws.amazon.com/transcribe/latest/dg/getting-started.html',
    },
    // awsdocs/amazon-comprehend-developer-guide@fe4005db9e7bf082da50ea4a2e2160869bfa7514:
    // doc_source/manage-endpoints-update.md (the console and aws.amazon.com/comprehend/pricing/).
    {
      id: 'amazon-comprehend',
      name: 'Amazon Comprehend',
      vendor: 'Amazon Web Services',
      urlPrefixes: [...awsConsole('comprehend'), 'aws.amazon.com/comprehend'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: awsAiApi('comprehend'),
      source: 'https://docs.aws.amazon.com/comprehend/latest/dg/manage-endpoints-update.html',
    },
    // awsdocs/amazon-translate-developer-guide@3e06174494cec67f5dafdf6bf769aac3f30195bc: doc_source/async-start.md (the
    // console and aws.amazon.com/translate/pricing/).
    {
      id: 'amazon-translate',
      name: 'Amazon Translate',
      vendor: 'Amazon Web Services',
      category: 'translation',
      urlPrefixes: [...awsConsole('translate'), 'aws.amazon.com/translate'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: awsAiApi('translate'),
      source: 'https://docs.aws.amazon.com/translate/latest/dg/async-start.html',
    },
    // awsdocs/amazon-kendra-developer-guide@926e2ec640ff5d29bc9d4918b9c2be78680e0ebb: doc_source/adjusting-capacity.md
    // (the console and aws.amazon.com/kendra/pricing/).
    {
      id: 'amazon-kendra',
      name: 'Amazon Kendra',
      vendor: 'Amazon Web Services',
      category: 'search',
      urlPrefixes: [...awsConsole('kendra'), 'aws.amazon.com/kendra'],
      source: 'https://docs.aws.amazon.com/kendra/latest/dg/adjusting-capacity.html',
    },
    // awsdocs/amazon-personalize-developer-guide@83a0cb3159587dd664c8f00ddb309d0bde16bd2a:
    // doc_source/creating-domain-dataset-group-console.md (the console) and doc_source/what-is-personalize.md
    // (aws.amazon.com/personalize/pricing/).
    {
      id: 'amazon-personalize',
      name: 'Amazon Personalize',
      vendor: 'Amazon Web Services',
      urlPrefixes: [...awsConsole('personalize'), 'aws.amazon.com/personalize'],
      source: 'https://docs.aws.amazon.com/personalize/latest/dg/what-is-personalize.html',
    },
    // awsdocs/amazon-lex-developer-guide@a97626761b56e43b97191aa6039827ef1ed4b4e0: doc_source/ex-book-trip-create-bot.md
    // (the console), doc_source/message-logs.md (the Lex V2 console, console.aws.amazon.com/lexv2) and
    // doc_source/API_CreateBotVersion.md (aws.amazon.com/lex/faqs).
    {
      id: 'amazon-lex',
      name: 'Amazon Lex',
      vendor: 'Amazon Web Services',
      category: 'agents',
      urlPrefixes: [...awsConsole('lex'), ...awsConsole('lexv2'), 'aws.amazon.com/lex'],
      // its regional API hosts, from botocore's endpoint table (AWS_AI_SOURCE in aws-ai-endpoints.ts), CHECKED_C16
      apiEndpoints: [...awsAiApi('runtime-v2-lex'), ...awsAiApi('runtime.lex')],
      source: 'https://docs.aws.amazon.com/lex/latest/dg/ex-book-trip-create-bot.html',
    },
    // awsdocs/amazon-forecast-developer-guide@4293faf61e2ec871d96d9b206469442062221266: doc_source/gs-console.md (the
    // console) and doc_source/what-is-forecast.md (aws.amazon.com/forecast/pricing/).
    {
      id: 'amazon-forecast',
      name: 'Amazon Forecast',
      vendor: 'Amazon Web Services',
      urlPrefixes: [...awsConsole('forecast'), 'aws.amazon.com/forecast'],
      source: 'https://docs.aws.amazon.com/forecast/latest/dg/gs-console.html',
    },
    // MicrosoftDocs/azure-docs@036754a7701e36b5f94ae1da456e5245b8676ee2: articles/machine-learning/quickstart-create-resources.md
    // ("Sign in to Azure Machine Learning studio", https://ml.azure.com).
    {
      id: 'azure-machine-learning',
      name: 'Azure Machine Learning studio',
      vendor: 'Microsoft',
      domains: ['ml.azure.com'],
      source: 'https://learn.microsoft.com/en-us/azure/machine-learning/quickstart-create-resources',
    },
    // MicrosoftDocs/azure-docs@1494f4b673fa8ff42913f461b9ee5d6baef1b3f0:
    // articles/ai-services/custom-vision-service/getting-started-build-a-classifier.md (the Custom Vision web portal,
    // https://customvision.ai).
    {
      id: 'azure-custom-vision',
      name: 'Azure AI Custom Vision',
      vendor: 'Microsoft',
      category: 'image',
      domains: ['customvision.ai'],
      source: 'https://learn.microsoft.com/en-us/azure/ai-services/custom-vision-service/getting-started-build-a-classifier',
    },
    // MicrosoftDocs/azure-docs@07e8a1d05368cebff601032cf05968463def1704: articles/ai-services/document-intelligence/studio-overview.md
    // (Document Intelligence Studio at https://documentintelligence.ai.azure.com/studio/, and under its Form Recognizer
    // name at https://formrecognizer.appliedai.azure.com/).
    {
      id: 'azure-document-intelligence-studio',
      name: 'Azure AI Document Intelligence Studio',
      vendor: 'Microsoft',
      domains: ['documentintelligence.ai.azure.com', 'formrecognizer.appliedai.azure.com'],
      source: 'https://learn.microsoft.com/en-us/azure/ai-services/document-intelligence/studio-overview',
    },
    // MicrosoftDocs/azure-docs@24bcf53bcbfc35e63b3794193910830eaf0ac246: articles/ai-services/computer-vision/overview.md
    // ("Use Vision Studio", https://portal.vision.cognitive.azure.com/).
    {
      id: 'azure-vision-studio',
      name: 'Azure AI Vision Studio',
      vendor: 'Microsoft',
      category: 'image',
      domains: ['portal.vision.cognitive.azure.com'],
      source: 'https://learn.microsoft.com/en-us/azure/ai-services/computer-vision/overview',
    },
    // Google Cloud's AI APIs, read in Google's own sample repositories (Apache-2.0 licence files):
    // GoogleCloudPlatform/python-docs-samples@683bf45f8f608cf0248d485d2c60de22e356b2db names each product's pages.
    // people-and-planet-ai/image-classification/README.ipynb (cloud.google.com/vision/automl/pricing).
    {
      id: 'google-cloud-vision',
      name: 'Cloud Vision',
      vendor: 'Google Cloud',
      category: 'image',
      urlPrefixes: ['cloud.google.com/vision'],
      // vision.googleapis.com (2026-12-06, CHECKED_C16, saasai): the service's own API definition, https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/cloud/vision/v1/vision_v1.yaml
      apiEndpoints: ['vision.googleapis.com'],
      source: 'https://github.com/GoogleCloudPlatform/python-docs-samples/blob/683bf45f8f608cf0248d485d2c60de22e356b2db/people-and-planet-ai/image-classification/README.ipynb',
    },
    // automl/snippets/language_sentiment_analysis_create_dataset.py (cloud.google.com/natural-language/docs/...).
    {
      id: 'google-cloud-natural-language',
      name: 'Cloud Natural Language',
      vendor: 'Google Cloud',
      urlPrefixes: ['cloud.google.com/natural-language'],
      // language.googleapis.com (2026-12-06, CHECKED_C16, saasai): the service's own API definition, https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/cloud/language/v1/language_v1.yaml
      apiEndpoints: ['language.googleapis.com'],
      source: 'https://github.com/GoogleCloudPlatform/python-docs-samples/blob/683bf45f8f608cf0248d485d2c60de22e356b2db/automl/snippets/language_sentiment_analysis_create_dataset.py',
    },
    // automl/snippets/translate_create_dataset.py (cloud.google.com/translate/docs/...); the Translation console
    // (console.cloud.google.com/translation/datasets): GoogleCloudPlatform/generative-ai@23b75dab2c25248f352d4c39e3c5984398b4b448
    // translation/translation_training_data_tsv_generator.ipynb. translate.google.com, the consumer app, is its own entry.
    {
      id: 'google-cloud-translation',
      name: 'Cloud Translation',
      vendor: 'Google Cloud',
      category: 'translation',
      urlPrefixes: ['cloud.google.com/translate', 'console.cloud.google.com/translation'],
      source: 'https://github.com/GoogleCloudPlatform/python-docs-samples/blob/683bf45f8f608cf0248d485d2c60de22e356b2db/automl/snippets/translate_create_dataset.py',
    },
    // videointelligence/samples/analyze/beta_snippets.py (cloud.google.com/video-intelligence/docs/...).
    {
      id: 'google-cloud-video-intelligence',
      name: 'Video Intelligence',
      vendor: 'Google Cloud',
      category: 'video',
      urlPrefixes: ['cloud.google.com/video-intelligence'],
      // videointelligence.googleapis.com (2026-12-06, CHECKED_C16, saasai): the service's own API definition, https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/cloud/videointelligence/v1/videointelligence_v1.yaml
      apiEndpoints: ['videointelligence.googleapis.com'],
      source: 'https://github.com/GoogleCloudPlatform/python-docs-samples/blob/683bf45f8f608cf0248d485d2c60de22e356b2db/videointelligence/samples/analyze/beta_snippets.py',
    },
    // GoogleCloudPlatform/contact-center-ai-samples@386e4048a59f866ee15b41aa543d6d821097e4b3 README.md ("Contact Center
    // AI", cloud.google.com/solutions/contact-center) and ccai-insights-sample-data/README.md (its Insights pages under
    // cloud.google.com/contact-center).
    {
      id: 'google-contact-center-ai',
      name: 'Contact Center AI',
      vendor: 'Google Cloud',
      category: 'agents',
      urlPrefixes: ['cloud.google.com/solutions/contact-center', 'cloud.google.com/contact-center'],
      source: 'https://github.com/GoogleCloudPlatform/contact-center-ai-samples/blob/386e4048a59f866ee15b41aa543d6d821097e4b3/README.md',
    },
    // IBM watsonx Orchestrate: IBM's own IBM/ibm-watsonx-orchestrate-adk@957b3e354ea0aa34d629c39ed2184697a88dc3d9 (MIT
    // licence file) gives its documentation at developer.watson-orchestrate.ibm.com (README.md) and its instances at
    // watson-orchestrate.cloud.ibm.com and dl.watson-orchestrate.ibm.com (tests/cli/commands/phone/test_phone_controller.py).
    // Both hosts are Orchestrate's alone; cloud.ibm.com and ibm.com stay unclassified.
    {
      id: 'ibm-watsonx-orchestrate',
      name: 'IBM watsonx Orchestrate',
      vendor: 'IBM',
      category: 'agents',
      domains: ['watson-orchestrate.cloud.ibm.com', 'watson-orchestrate.ibm.com'],
      source: 'https://github.com/IBM/ibm-watsonx-orchestrate-adk/blob/957b3e354ea0aa34d629c39ed2184697a88dc3d9/README.md',
    },
    // Databricks' machine-learning product section (Mosaic AI): Databricks' own databricks/genai-cookbook@68b7647d3b84234ae6274bc8a3fcc86a61ee148d
    // genai_cookbook/nbs/2-fundamentals-unstructured-llmops.md (www.databricks.com/product/machine-learning/lakehouse-ai-governance).
    // The rest of databricks.com (the data platform, pricing) stays unclassified.
    {
      id: 'databricks-mosaic-ai',
      name: 'Databricks Mosaic AI',
      vendor: 'Databricks',
      urlPrefixes: ['www.databricks.com/product/machine-learning'],
      source: 'https://github.com/databricks/genai-cookbook/blob/68b7647d3b84234ae6274bc8a3fcc86a61ee148d/genai_cookbook/nbs/2-fundamentals-unstructured-llmops.md',
    },
    // Meta's SeamlessM4T and SeamlessExpressive demos: Meta's own facebookresearch/seamless_communication@90e2b57ac4d82fa2bfaa25caeffe39ceb8b2ebec
    // README.md (seamless.metademolab.com/m4t and /expressive; ai.meta.com/research/seamless-communication, a page on
    // Meta's research site, of which only the Llama hub was claimed before). MIT licence file for the code.
    {
      id: 'meta-seamless',
      name: 'Seamless Communication',
      vendor: 'Meta',
      category: 'translation',
      domains: ['seamless.metademolab.com'],
      urlPrefixes: ['ai.meta.com/research/seamless-communication'],
      source: 'https://github.com/facebookresearch/seamless_communication/blob/90e2b57ac4d82fa2bfaa25caeffe39ceb8b2ebec/README.md',
    },
  ],
  { checked: CHECKED_C13 },
);
