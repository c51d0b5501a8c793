// The eighteenth session's lead hosts: second hosts of products already in the catalog, each named on the vendor's own
// page (FastGPT's overseas edition, Trillet's .ai site, QualGent's .ai site, TesterArmy's .ai site, PlayTurbo's China
// site), the requests Notion's web app makes when someone asks Notion AI, and Copilot's chat hub in Office on the web.
// Each must reach the existing entry; the companies and platforms behind them, and the rest of Notion's app and of
// Office's back end, must stay unclassified.
import { describe, expect, it } from 'vitest';
import { classifyApiRequest, classifyUrl } from './index';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

describe('eighteenth-session lead hosts', () => {
  it('classifies each second host, and the vendor page it was read from, to the existing entry', () => {
    expectEachClassifiedAs({
      'https://tryfastgpt.ai/': 'fastgpt',
      'https://doc.tryfastgpt.ai/docs/intro/': 'fastgpt',
      'https://trillet.ai/': 'trillet',
      'https://app.trillet.ai/': 'trillet',
      'https://www.qualgent.ai/acceptable-use-policy': 'qualgent-link',
      'https://testerarmy.ai/terms': 'testerarmy',
      'https://www.playturbo.cn/': 'playturbo',
      'https://doc.playturbo.cn/shi-pin-gong-ju-shu-zi-ren-shi-pin/shu-zi-ren-shi-pin-shi-yong-zhi-nan':
        'playturbo',
    });
  });

  it('classifies the Notion AI requests of the Notion app as Notion AI, as requests and never as pages', () => {
    for (const url of [
      'https://www.notion.so/api/v3/runInferenceTranscript',
      'https://app.notion.com/api/v3/runInferenceTranscript',
      'https://www.notion.so/api/v3/getCompletion',
    ]) {
      expect(classifyApiRequest(url)?.toolId, url).toBe('notion-ai');
      expect(classifyUrl(url), url).toBeNull();
    }
  });

  it("classifies Copilot's chat hub and file upload, opened from Office on the web, as Microsoft 365 Copilot", () => {
    for (const url of [
      'wss://substrate.office.com/m365Copilot/Chathub/00000000-0000-0000-0000-000000000000@tenant?ConversationId=x',
      'https://substrate.office.com/m365Copilot/UploadFile',
    ]) {
      expect(classifyApiRequest(url)?.toolId, url).toBe('microsoft-365-copilot');
      expect(classifyUrl(url), url).toBeNull();
    }
    expectNoneClassified([
      'https://substrate.office.com/', // Office's general back end (mail, calendar, search) stays unclaimed
      'https://substrate.office.com/search/api/v2/query',
      'https://substrate.office.com/m365copilot/Chathub', // paths match case-sensitively
      'https://outlook.office.com/mail/',
    ]);
  });

  it('leaves the rest of the Notion app unclassified', () => {
    expectNoneClassified([
      'https://www.notion.so/',
      'https://www.notion.so/api/v3/loadPageChunk',
      'https://www.notion.so/api/v3/saveTransactionsFanout',
      'https://app.notion.com/api/v3/getSpaces',
      'https://www.notion.so/api/v3/runInference', // not the AI request's whole path segment
      'https://notion.so/api/v3/runInferenceTranscript', // API prefixes hold on their exact host only
      'https://api.notion.com/v1/pages', // Notion's public API
    ]);
  });

  it('leaves the companies and platforms behind them unclassified', () => {
    expectNoneClassified([
      'https://sealos.io/', // the cloud platform of FastGPT's maker
      'https://www.mintegral.com/', // the ad network behind PlayTurbo
      'https://www.gitbook.com/', // the docs host of PlayTurbo's guides
      'https://www.ycombinator.com/companies/qualgent', // QualGent's accelerator listing
    ]);
  });
});
