// Traps beside the rows the seventeenth session's known pass added (data/long-tail-c17-known.ts): the big platforms
// whose AI products the pass looked for and did not claim, the brief's names left out for want of a vendor page, pages
// the pass read on shared hosts, a CDN and a staging host, and sites whose names match the new rows. None of them may
// classify; every host a new row claims must classify to that row.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC17KnownTools } from './data/long-tail-c17-known';

const GENERAL_SITES = [
  'https://www.figma.com/', // Figma's design tool, beside Figma Weave on weavy.ai
  'https://www.norton.com/', // Norton's security products, beside the Neo browser
  'https://ya.ru/', // Yandex's search home; its Neuro answers were left out
  'https://clickup.com/', // project management; only clickup.com/ai is an entry
  'https://monday.com/', // work management; no vendor page named an AI path
  'https://www.workday.com/', // HR software; no vendor page named an AI path
  'https://www.servicenow.com/', // IT workflows; only the vibe-coding page is an entry
  'https://www.hostinger.com/', // web hosting; only the Horizons API is an entry
  'https://graphite.dev/', // stacked pull requests with an AI reviewer, judged general software
  'https://www.graphite.com/',
  'https://www.baidu.com/', // Baidu search, beside the Miaoda builder left out
  'https://www.xiaohongshu.com/', // RedNote, beside its Diandian assistant left out
  'https://www.instagram.com/', // beside Meta AI Studio, left out
  'https://www.capcut.com/', // a video editor, beside the AI video rows
  'https://www.lightricks.com/', // a photo and video app maker whose terms the pass read
];

const LEFT_OUT = [
  'https://www.bing.com/copilotsearch', // news only
  'https://vids.google.com/', // third-party pages only
  'https://q.aws.amazon.com/', // no AWS page names this host
  'https://www.opera.com/neon', // Opera Neon is the operaneon.com entry
  'https://weave.figma.com/', // no Figma page names this host
  'https://miaoda.baidu.com/', // Chinese blogs only
  'https://aistudio.instagram.com/', // no Meta page found
  'https://odyssey.world/', // news only
  'https://lf16-beecdn.ibytedtos.com/obj/ies-fe-bee-alisg/bee_prod/biz_376/bee_prod_376_bee_publish_10620.html', // Hypic's privacy policy on a ByteDance CDN
  'https://rentlivecdclaws.pages.dev/128256.html', // a pages.dev copy of Hostinger's hosting agreement
  'https://idigi.vercel.app/terms', // an AI service on vercel.app
  'https://babechat.vercel.app/policy/privacy-policy', // a companion app on vercel.app
  'https://frank-communication-170289.framer.app/legal/terms', // terms on framer.app
  'https://weav-api.webflow.io/terms-of-service', // terms on webflow.io
  'https://staging.yappery.ai/terms', // a staging host
];

const NAMESAKES = [
  'https://www.weavy.com/', // Weavy the chat and files SDK, beside Weavy the AI design tool
  'https://omli.in/privacy-policy/index.html', // Omli's voice toys, beside Omi
  'https://omi.com/', // beside Omi
  'https://www.yapper.com/', // beside Yapper
  'https://yepp.pe/terms', // Yepp's entertainment apps, beside Yapper
  'https://www.captions.com/', // beside Mirage, the maker of Captions
  'https://www.verdicter.dev/', // beside Verdent
  'https://www.charliehr.com/', // HR software, beside Charlie the coding agent
  'https://www.edison.com/', // a power utility, beside Edison Scientific
  'https://spiraldb.com/', // a database, beside Every's Spiral (an entry already)
];

describe('seventeenth-session known traps', () => {
  it('adds 11 rows, each with one domain and no prefix', () => {
    expect(longTailC17KnownTools.length).toBe(11);
    expect(longTailC17KnownTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC17KnownTools), { api: true });
  });

  it('classifies the vendor pages the rows cite and the subdomains they live on', () => {
    expectEachClassifiedAs(
      {
        'https://content.weavy.ai/Weavy-Terms-of-Service-13d355cab8da80deaa68c3dcb9ff9a7f': 'figma-weave',
        'https://help.omi.me/en/articles/13162549-omi-privacy-policy': 'omi',
        'https://docs.verdent.ai/verdent-for-vscode/help-support/faqs': 'verdent',
        'https://api.mirage.app/v1/videos': 'mirage-studio',
        'https://www.digen.ai/privacy': 'digen',
        'https://docs.charlielabs.ai/security': 'charlie-labs',
      },
      { api: true },
    );
  });

  it('leaves general sites, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...NAMESAKES]);
  });
});
