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
  // Korea: NAVER Cloud's Papago Translation API (its own gateway hosts, public and government cloud).
  { id: 'naver-papago-translation-api', name: 'Papago Translation API (NAVER Cloud)', vendor: 'NAVER Cloud', category: 'translation', apiEndpoints: ['papago.apigw.ntruss.com', 'papago.apigw.gov-ntruss.com'], source: 'https://api.ncloud-docs.com/docs/en/ai-naver-papagonmt', region: 'korea' },
  // China: speech and translation APIs of Alibaba Cloud, Tencent Cloud and Volcano Engine.
  { id: 'alibaba-speech-interaction', name: 'Alibaba Cloud Intelligent Speech Interaction', vendor: 'Alibaba Cloud', category: 'audio', apiEndpoints: ['nls-gateway-ap-southeast-1.aliyuncs.com'], source: 'https://www.alibabacloud.com/help/tc/isi/user-guide/restful-api-2', region: 'china' },
  { id: 'tencent-tmt', name: 'Tencent Machine Translation (TMT)', vendor: 'Tencent Cloud', category: 'translation', apiEndpoints: ['tmt.tencentcloudapi.com'], source: 'https://www.tencentcloud.com/document/product/1161/50435', region: 'china' },
  { id: 'tencent-asr', name: 'Tencent Cloud Speech Recognition (ASR)', vendor: 'Tencent Cloud', category: 'audio', apiEndpoints: ['asr.tencentcloudapi.com', 'asr.intl.tencentcloudapi.com'], source: 'https://www.tencentcloud.com/zh/document/product/1118/66917', region: 'china' },
  { id: 'doubao-speech', name: 'Doubao Speech (Volcano Engine)', vendor: 'ByteDance (Volcano Engine)', category: 'audio', apiEndpoints: ['openspeech.bytedance.com'], source: 'https://www.volcengine.com/docs/6561/79820', region: 'china' },
], { checked: CHECKED_3 });
