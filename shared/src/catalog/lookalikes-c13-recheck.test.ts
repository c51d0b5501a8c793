// The thirteenth-session re-check (issue 15): rows re-sourced to a specific page or list line keep classifying to
// their own entry, the retired Otto (ottogrid.ai, inactive since 2026-02-23 per the pinned web-agents list's archive)
// no longer classifies, and the general sites and sibling paths beside the re-sourced hosts stay unclassified.
import { describe, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified } from '../../testing/lookalikes';

const RESOURCED: Record<string, string> = {
  'https://www.gupshup.io/': 'gupshup',
  'https://inceptionai.ai/': 'inception-jais',
  'https://jais-v2-web-inference-dev.inceptionai.ai/v1': 'inception-jais',
  'https://bhashini.gov.in/': 'bhashini',
  'https://dhruva-api.bhashini.gov.in/services/inference/pipeline': 'bhashini',
  'https://www.figma.com/make/new': 'figma-make',
  'https://www.humanizeai.pro/': 'humanize-ai-pro',
  'http://www.msxiaoice.com/': 'xiaoice',
  'https://moonvalley.ai/': 'moonvalley',
  'https://www.vidnoz.com/': 'vidnoz',
  'https://papago.naver.com/': 'papago',
  'https://translate.yandex.com/': 'yandex-translate',
  'https://gen-api.ru/': 'gen-api',
  'https://api.gen-api.ru/api/v1/networks': 'gen-api',
  'https://app.devnagri.com/': 'devnagri',
  'https://tbox.cn/open': 'alipay-tbox',
  'https://chatslide.ai/': 'chatslide',
  'https://svgai.org/animate': 'svgai',
  'https://help.letterly.app/': 'letterly',
  'https://nexo.luzia.com/': 'luzia',
  'https://www.youware.com/': 'youware',
  // re-sourced to the YC directory entries of the lists-a pass's pinned list (c13ayc)
  'https://revisiondojo.com/': 'revisiondojo',
  'https://www.studdy.ai/': 'studdy',
  'https://www.unriddle.ai/': 'unriddle',
  'https://www.persana.ai/': 'persana',
  'https://univerbal.app/': 'univerbal',
  'https://getalai.com/': 'alai',
  'https://a0.dev/': 'a0-dev',
  'https://info.mathos.ai/': 'mathos',
  'https://drlambda.ai/dashboard': 'chatslide',
};

const UNCLASSIFIED = [
  'https://ottogrid.ai/',
  'https://www.figma.com/',
  'https://www.figma.com/design/abc/file',
  'https://www.figma.com/makers',
  'https://www.naver.com/',
  'https://yandex.com/',
  'https://gov.in/',
  'https://www.meity.gov.in/',
  'https://humanize.pro/',
  'https://vidnoz.net/',
  'https://tbox.com/',
  'https://www.alipay.com/',
  'https://gen-api.com/',
  'https://drlambda.com/',
  'https://chatslides.com/',
  'https://luzia.dev/',
  'https://mcp.luzia.dev/mcp',
];

describe('thirteenth-session re-check', () => {
  it('re-sourced hosts classify to their own entries', () => {
    expectEachClassifiedAs(RESOURCED, { api: true });
  });

  it('the retired host and the general sites beside the re-sourced ones stay unclassified', () => {
    expectNoneClassified(UNCLASSIFIED);
  });
});
