// Traps around the rows the seventeenth session's Asia pass added (data/regional-c17-asia.ts): the big general
// sites of each country beside the new AI tools (portals, job boards, tutoring and interior sites, messengers), the
// parents of the subdomains the pass claims, pages on shared platforms and other hosts it read and did not cite,
// and sites that share a name with a new entry. None of these may classify; every new host must classify to its
// own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC17AsiaTools } from './data/regional-c17-asia';

const GENERAL_SITES = [
  'https://www.naver.com/', // Korea's portal, beside the Naver Blog drafters
  'https://www.tistory.com/', // the blog host PostDrafter writes for
  'https://ohou.se/', // Korean home-interior shop, beside RoomInCube
  'https://www.saramin.co.kr/', // Korean job board, beside the cover-letter coach
  'https://www.melon.com/', // Korean music store, beside the lyric and music makers
  'https://www.rarejob.com/', // Japanese online English with human tutors, beside the AI English tutors
  'https://www.naukri.com/', // Indian job board, beside the interview coaches
  'https://byjus.com/', // Indian tutoring, beside the AI tutors
  'https://www.whatsapp.com/', // the messenger the WhatsApp AI assistants plug into
  'https://www.line.me/', // the messenger whose bots were left out
  'https://www.tokopedia.com/', // Indonesian marketplace, beside Branding AI
  'https://www.gmo.jp/', // the group behind Your-AI
  'https://www.wipjapan.co.jp/', // WIP Japan's corporate site, beside AI Schliemann
];

const PARENTS_AND_LEFT_OUT = [
  'https://mijims.cn/', // parent of the claimed ai.mijims.cn
  'https://catop.top/', // parent of the claimed tarot.catop.top
  'https://6senai.com/', // parent of the claimed classmate.6senai.com
  'https://genesa.id/', // parent of the claimed branding.genesa.id
  'https://www.tamao.fun/', // parent of an older entry's ppt.tamao.fun, read on a self-hosted port
  'https://tqt.weibo.cn/overall/h5.php?id=621', // a weather app's AI assistant notes, a feature of a general app
  'https://js.588ku.com/ai/agreement2.html', // a stock-image site's AI top-up terms
  'https://corp.obc.co.jp/ai-guideline', // an accounting suite's AI feature guideline
  'https://stores.fun/legal/ai-terms', // a shop builder's AI inquiry feature
  'https://www.restaurant-startup.app/generative-ai-terms', // a restaurant app's generative feature
  'https://www.fukushima-katsuo.shop/', // a dashi maker whose recipe chatbot is one feature
  'https://www.k-intl.co.jp/minna_mt_kiyaku', // a translation agency's machine-translation terms
  'https://www.science.co.jp/nmt/terms.html', // a translation agency's machine-translation terms
  'https://chati.ai/terms', // a WhatsApp marketing suite with chatbots as one feature
  'https://setunet.com/ai-kiyaku/', // a web agency reselling a chatbot builder
  'https://taxpersoft.com/policy/terms.html', // a software shop's blog helper, left out
  'https://www.intumit.com/privacy-policy_th/', // a corporate site, left out before
  'https://www.qingningai.com/privacy-policy.html', // a policy template with the company name left blank
  'https://qxai.app/terms/ja', // a terms template with the company name left blank
  'https://saanvibot.ujss.in/privacy', // a policy template with the owner left blank
  'https://us.airesume.build/privacy.php', // a policy template, left out
  'https://blog.y1yan.com/ai-chat-terms.html', // a personal blog's chat widget
  'https://gijiroku-ai-lab.com/basics', // a guide to AI minute-takers
  'https://cter.tw/blogs/news/ai%E6%9C%8D%E5%8B%99%E9%9A%B1%E7%A7%81%E6%94%BF%E7%AD%96-privacy-policy', // a shop's blog post
];

const SHARED_PLATFORMS = [
  'https://dreamteller-pi.vercel.app/terms', // a storybook maker on vercel.app
  'https://xicon-web.vercel.app/terms', // a content maker on vercel.app
  'https://aiwellflow.pages.dev/terms.html', // a user agreement on pages.dev
  'https://way-app.zeabur.app/static/agreement_1.html', // terms on zeabur.app
  'https://lailaichat.pages.dev/privacy', // a Messenger bot's policy on pages.dev
  'https://policy-lineai.web.app/terms', // a LINE bot's terms on web.app
];

const NAMESAKES = [
  'https://www.penny.de/', // a German discounter, beside Penny
  'https://www.classmates.com/', // an alumni site, beside Classmate AI
  'https://www.ghibli.jp/', // the film studio, beside a Ghibli-style AI studio
  'https://www.eclipse.org/', // the software foundation, beside Eclipse Desires
  'https://siliville.org/', // the same name on another TLD, beside SiliVille
];

describe('seventeenth-session Asia traps', () => {
  it('adds 47 rows, each with domains and no prefix', () => {
    expect(regionalC17AsiaTools.length).toBe(47);
    expect(regionalC17AsiaTools.every((t) => t.domains.length >= 1 && t.urlPrefixes.length === 0)).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC17AsiaTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts and their subdomains', () => {
    expectEachClassifiedAs({
      'https://global.siliville.com/legal/terms': 'siliville',
      'https://app.garudagniai.com/legal/privacy': 'interviewai-coach',
      'https://www.neo-tutor.com/terms': 'neotutor',
      'https://www.roomincube.com/terms': 'roomincube',
      'https://www.hitavu.app/privacy': 'hitavu',
      'https://www.chatzy.ai/platform-guidelines': 'chatzy-ai',
      'https://www.ghibliblog.com/ko/legal/payments-refund': 'ghibliblog-studio',
    });
  });

  it('leaves general sites, parents, left-out hosts, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...PARENTS_AND_LEFT_OUT, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
