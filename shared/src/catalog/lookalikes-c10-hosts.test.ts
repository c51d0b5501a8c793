// The second-hosts pass of session 11 (issue 15) gave existing entries more of the hosts people and clients reach a
// known tool on: chat and API hosts, other regions' API hosts, product pages beside an already claimed page. Each must
// classify to its own entry, and the general sites, parents and sibling paths around them must stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const ADDED: Record<string, string> = {
  'wss://sydney.bing.com/sydney/ChatHub': 'microsoft-copilot',
  'https://bedrock.us-east-1.amazonaws.com/foundation-models': 'amazon-bedrock',
  'https://bedrock-agent-runtime.eu-west-1.amazonaws.com/knowledgebases/KB1/retrieve': 'amazon-bedrock',
  'https://eu-gb.ml.cloud.ibm.com/ml/v1/text/generation': 'ibm-watsonx',
  'https://jp-tok.ml.cloud.ibm.com/ml/v1/text/chat': 'ibm-watsonx',
  'https://au-syd.ml.cloud.ibm.com/ml/v1/text/chat': 'ibm-watsonx',
  'https://ca-tor.ml.cloud.ibm.com/ml/v1/text/chat': 'ibm-watsonx',
  'https://ap-south-1.aws.wxai.ibm.com/ml/v1/text/chat': 'ibm-watsonx',
  'https://api.au-syd.dai.cloud.ibm.com/wx/v1/projects': 'ibm-watsonx',
  'https://www.ibm.com/watsonx': 'ibm-watsonx',
  'https://cloud.qdrant.io/accounts': 'qdrant',
  'https://www.alibabacloud.com/en/product/modelstudio': 'alibaba-model-studio',
  'https://www.volcengine.com/experience/ark?model=doubao': 'volcengine-ark',
  'https://cloud.baidu.com/product/wenxinworkshop': 'baidu-qianfan-cloud',
  'https://www.jetbrains.com/junie/': 'jetbrains-junie',
  'https://www.canva.com/magic-studio/': 'canva-magic-studio',
  'https://bing.com/translator': 'microsoft-translator',
  'https://www.microsoft.com/en-us/translator/': 'microsoft-translator',
  'https://cloud.google.com/text-to-speech': 'google-cloud-text-to-speech',
  'https://www.myheritage.com/deep-nostalgia': 'deep-nostalgia',
  'https://jules.googleapis.com/v1alpha/sessions': 'jules',
  'https://firebasevertexai.googleapis.com/v1beta/projects/p/models/gemini:generateContent': 'vertex-ai',
  'https://firefly-api.adobe.io/v3/images/generate': 'adobe-firefly',
  'https://api.botpress.cloud/v1/chat/conversations': 'botpress',
  'https://westeurope.api.cognitive.microsoft.com/contentmoderator/moderate/v1.0/ProcessText/Screen':
    'azure-ai-foundry',
  'https://console.cloud.tencent.com/hunyuan/start': 'tencent-hunyuan-cloud',
};

const STAY_UNCLASSIFIED = [
  'https://www.bing.com/', // Bing search; only its chat, image creator and translator are claimed
  'https://www.bing.com/search?q=translator',
  'https://bing.com/translatorx', // a sibling path, not a whole segment
  'https://www.microsoft.com/en-us/microsoft-365',
  'https://www.microsoft.com/en-us/translator-apps', // a sibling path
  'https://s3.us-east-1.amazonaws.com/', // AWS's other services in the same regions
  'https://ec2.eu-west-1.amazonaws.com/',
  'https://bedrockx.us-east-1.amazonaws.com/', // label boundaries: not Bedrock's host
  'https://aws.amazon.com/bedrock/', // Bedrock's overview page stays unclaimed, as before
  'https://cloud.ibm.com/', // IBM Cloud itself
  'https://eu-gb.cloud.ibm.com/', // a regional IBM Cloud host that is not watsonx.ai's
  'https://www.ibm.com/products/db2',
  'https://www.ibm.com/watsonxfans', // a sibling path
  'https://qdrant.io/', // not Qdrant's site (qdrant.tech); only its cloud console host is claimed
  'https://www.alibabacloud.com/en/product/ecs',
  'https://www.volcengine.com/product/ecs',
  'https://www.volcengine.com/experience', // Volcano Engine's experience-centre index
  'https://cloud.baidu.com/product/bcc.html',
  'https://www.jetbrains.com/idea/',
  'https://www.canva.com/templates/',
  'https://cloud.google.com/compute',
  'https://www.myheritage.com/', // the genealogy site itself
  'https://firebase.googleapis.com/v1beta1/projects', // Firebase's other APIs
  'https://firestore.googleapis.com/v1/projects',
  'https://googleapis.com/', // the parent of every Google API host
  'https://ims-na1.adobelogin.com/ims/token/v3', // Adobe's sign-in, shared by all its APIs
  'https://image.adobe.io/', // Adobe's Photoshop and Lightroom APIs
  'https://botpress.cloud/', // only the API host is claimed beside botpress.com
  'https://cognitive.microsoft.com/', // the parent of the Azure AI services' regional hosts
  'https://api.cognitive.microsoft.com.example.net/', // the host as a label of someone else's domain
  'https://console.cloud.tencent.com/cvm', // Tencent Cloud's console for its other products
  'https://console.cloud.tencent.com/hunyuanx', // a sibling path
];

describe('second hosts of well-known tools (session 11)', () => {
  it('classifies every added host or page to its own entry', () => {
    expectEachClassifiedAs(ADDED, { api: true });
  });

  it('leaves the general sites, parents and sibling paths around them unclassified', () => {
    expectNoneClassified(STAY_UNCLASSIFIED);
  });
});
