// Sixth regional pass (CHECKED_3): the AI APIs of regional platforms, each host read on the vendor's own API
// reference in the stored `docs` corpus (the page that gives the request domain or service URL), diffed against the
// catalog first. Hosts of an API gateway that also serves non-AI products (NAVER Cloud's naveropenapi.apigw.ntruss.com,
// Infomaniak's api.infomaniak.com) stay out: only a host that serves the AI product alone is claimed.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools } from './define';

export const regionalC6ApiTools: Tool[] = defineTools('developer-platform', [
  // Russia: Yandex Cloud's translation and OCR APIs (the reference pages give each "Service URL").
  { id: 'yandex-translate-api', name: 'Yandex Translate API', vendor: 'Yandex Cloud', category: 'translation', apiEndpoints: ['translate.api.cloud.yandex.net'], source: 'https://yandex.cloud/en-ru/docs/translate/api-ref/grpc', region: 'russia' },
  { id: 'yandex-vision-ocr', name: 'Yandex Vision OCR API', vendor: 'Yandex Cloud', apiEndpoints: ['ocr.api.cloud.yandex.net', 'vision.api.cloud.yandex.net'], source: 'https://yandex.cloud/en/docs/vision/ocr/api-ref', region: 'russia' },
  // Russia: Sber's SaluteSpeech recognition and synthesis API (REST reference; the service host smartspeech.sber.ru).
  { id: 'sber-salutespeech-api', name: 'SaluteSpeech API', vendor: 'Sber', category: 'audio', apiEndpoints: ['smartspeech.sber.ru'], source: 'https://developers.sber.ru/docs/ru/salutespeech/rest/salutespeech-rest-api', region: 'russia' },
  // Korea: NAVER Cloud's Papago Translation API (its own gateway hosts, public and government cloud).
  { id: 'naver-papago-translation-api', name: 'Papago Translation API (NAVER Cloud)', vendor: 'NAVER Cloud', category: 'translation', apiEndpoints: ['papago.apigw.ntruss.com', 'papago.apigw.gov-ntruss.com'], source: 'https://api.ncloud-docs.com/docs/en/ai-naver-papagonmt', region: 'korea' },
  // China: speech and translation APIs of Alibaba Cloud, Tencent Cloud and Volcano Engine.
  // Intelligent Speech Interaction: its REST reference gives the gateway; its token guide (help.aliyun.com/zh/isi/
  // obtain-an-access-token-based-on-alibaba-cloud-aliyun-openapi-php-sdk) the token service nls-meta.cn-shanghai.
  { id: 'alibaba-speech-interaction', name: 'Alibaba Cloud Intelligent Speech Interaction', vendor: 'Alibaba Cloud', category: 'audio', apiEndpoints: ['nls-gateway-ap-southeast-1.aliyuncs.com', 'nls-meta.cn-shanghai.aliyuncs.com'], source: 'https://www.alibabacloud.com/help/tc/isi/user-guide/restful-api-2', region: 'china' },
  { id: 'alibaba-machine-translation', name: 'Alibaba Cloud Machine Translation', vendor: 'Alibaba Cloud', category: 'translation', apiEndpoints: ['mt.cn-hangzhou.aliyuncs.com'], source: 'https://help.aliyun.com/en/machine-translation/developer-reference/using-rest-api', region: 'china' },
  { id: 'tencent-tmt', name: 'Tencent Machine Translation (TMT)', vendor: 'Tencent Cloud', category: 'translation', apiEndpoints: ['tmt.tencentcloudapi.com'], source: 'https://www.tencentcloud.com/document/product/1161/50435', region: 'china' },
  // Tencent Cloud's speech APIs: the request domain on each API page (cloud.tencent.com), the international
  // "nearby region" host on the tencentcloud.com request-structure pages (document/product/1118/66917, 1154/48909).
  { id: 'tencent-asr', name: 'Tencent Cloud Speech Recognition (ASR)', vendor: 'Tencent Cloud', category: 'audio', apiEndpoints: ['asr.tencentcloudapi.com', 'asr.intl.tencentcloudapi.com'], source: 'https://cloud.tencent.com/document/api/441/17370', region: 'china' },
  { id: 'tencent-tts', name: 'Tencent Cloud Text to Speech (TTS)', vendor: 'Tencent Cloud', category: 'audio', apiEndpoints: ['tts.tencentcloudapi.com', 'tts.intl.tencentcloudapi.com'], source: 'https://cloud.tencent.com/document/product/441/8217', region: 'china' },
  // Baidu's speech REST APIs: TTS on its AI-platform reference (ai-doc/SPEECH/mlbxh7xie), ASR on the Baidu Cloud
  // product overview (cloud.baidu.com/article/2013496) that gives "短语音识别请求地址".
  { id: 'baidu-speech-api', name: 'Baidu Speech (ASR and TTS REST APIs)', vendor: 'Baidu', category: 'audio', apiEndpoints: ['tsn.baidu.com', 'vop.baidu.com'], source: 'https://ai.baidu.com/ai-doc/SPEECH/mlbxh7xie', region: 'china' },
  // Tencent Hunyuan Image: the request domain of its API 3.0 interfaces and the base URL of its OpenAI-compatible one
  // (cloud.tencent.com/document/product/1668/129429).
  { id: 'tencent-hunyuan-image', name: 'Tencent Hunyuan Image (混元生图)', vendor: 'Tencent Cloud', category: 'image', apiEndpoints: ['aiart.tencentcloudapi.com', 'api.cloudai.tencent.com'], source: 'https://cloud.tencent.com/document/product/1668/124632', region: 'china' },
  { id: 'volcengine-machine-translation', name: 'Volcano Engine Machine Translation', vendor: 'ByteDance (Volcano Engine)', category: 'translation', apiEndpoints: ['translate.volcengineapi.com'], source: 'https://www.volcengine.com/docs/4640/65067', region: 'china' },
  { id: 'doubao-speech', name: 'Doubao Speech (Volcano Engine)', vendor: 'ByteDance (Volcano Engine)', category: 'audio', apiEndpoints: ['openspeech.bytedance.com'], source: 'https://www.volcengine.com/docs/6561/79820', region: 'china' },
], { checked: CHECKED_3 });
