// Traps beside the rows the nineteenth session's leads pass added (data/long-tail-c19-leads.ts): the ordinary sites next
// to each kind of tool (3D and CAD software beside the AI renderers, office software beside the document editor, baby-name
// lists beside the name generator), the hosts of left-out leads the pass read (third parties' copies of terms, a general
// product with an AI feature, a foundation's general site, pages that never say AI), the shared-platform copies it met, and
// sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { longTailC19LeadsTools } from './data/long-tail-c19-leads';

const GENERAL_SITES = [
  'https://www.sketchup.com/', // 3D modelling, beside the AI architectural renderers
  'https://www.autodesk.com/', // CAD software, beside the AI renderers and ArchiGen
  'https://www.microsoft.com/', // office software, beside Docmods
  'https://www.babynames.com/', // a list of names, beside the AI name generator
];

const LEFT_OUT = [
  'https://youyaku3.com/ja/legal/terms', // terms that never say the service uses AI
  'https://www.supered.io/privacy/', // a policy that never says the product uses AI
  'https://help.bun-ken.net/terms-ai-assist', // an AI feature of a proofreading product
  'https://netscape.co.jp/post/justyai_tos', // a third party's copy of ジャスティ・アイ's terms
  'https://setunet.com/ai-kiyaku/', // a reseller's copy of うちのAI's terms
  'https://www.thinkchan.com/terms', // PhotoMe.kr's terms on another host
  'https://digitalgreen.org/terms', // a foundation's general site, whose terms cover FarmerChat
  'https://blog.vora.im/2f0270ba-ff57-815d-b264-c60bc5542f32', // a policy on a blog host naming no product
  'https://sellerchat.ai/?p=1624', // terms reachable only at a ?p= address
  'https://jewelerstudio.ai/?p=4923', // a policy reachable only at a ?p= address
  'https://myeonginai.kr/blog/general/ai-naming-accuracy', // seen only on its blog
  'https://booktranslator.ai/blog/ai-book-translation', // seen only on its blog
  'https://laotaotie.com/s/kejian365-aippt', // a skill directory's page for 课件帮
  'https://longxiaskill.com/skill/12250/acedatacloud-acedatacloud-api/', // a skill directory's page for Ace Data Cloud
];

const SHARED_PLATFORMS = [
  'https://totono.pages.dev/terms', // a voice-diary app on pages.dev
  'https://babechat.vercel.app/policy/privacy-policy', // a companion app on vercel.app
  'https://reroom.netlify.app/privacy', // an interior-design app on netlify.app
  'https://saypophome.pages.dev/sayflow/terms/', // a chat client on pages.dev
  'https://inb0x-website.pages.dev/privacy', // an email assistant on pages.dev
  'https://aidocweb.pages.dev/en/privacy', // a Word add-in on pages.dev
  'https://stage-ai-three.vercel.app/privacy', // a virtual-staging app on vercel.app
];

const NAMESAKES = [
  'https://www.summet.com/', // beside Summet (summetai.com)
  'https://www.acedata.com/', // beside Ace Data Cloud (acedata.cloud)
  'https://www.rndrs.com/', // beside RNDRS (rndrs.ai)
  'https://www.rendervi.net/', // beside Rendervi (rendervi.com)
  'https://www.archfine.net/', // beside ArchFine (archfine.com)
  'https://www.archigen.com/', // beside ArchiGen (archigen.io)
  'https://archigenai.com/', // ArchigenAI, another product, read by the spaces pass
  'https://www.codepup.com/', // beside CodePup AI (codepup.ai)
  'https://www.docmods.net/', // beside Docmods (docmods.com)
  'https://www.whatisyourname.com/', // beside What is your name? (whatisyourname.net)
];

describe('nineteenth-session leads traps', () => {
  it('adds 9 rows, each with one domain and no prefix', () => {
    expect(longTailC19LeadsTools.length).toBe(9);
    expect(longTailC19LeadsTools.every((t) => t.domains.length === 1 && t.urlPrefixes.length === 0)).toBe(
      true,
    );
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(longTailC19LeadsTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://docs.acedata.cloud/en/tutorials/aichat/curl': 'ace-data-cloud',
      'https://platform.acedata.cloud/': 'ace-data-cloud',
      'https://www.summetai.com/terms/': 'summet',
      'https://www.archigen.io/privacy': 'archigen-io',
      'https://www.whatisyourname.net/privacy/en': 'whatisyourname-net',
    });
  });

  it('leaves general sites, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
