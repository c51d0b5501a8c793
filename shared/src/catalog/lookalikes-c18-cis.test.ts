// Traps beside the rows the eighteenth session's CIS regional pass added (data/regional-c18-cis.ts): the ordinary
// Russian, Ukrainian and Kazakh sites next to each kind of tool (legal databases, exam portals, marketplaces, job
// boards), the parents of the claimed subdomain and path, the shared-platform pages and left-out hosts the pass read,
// and sites whose names sit close to the new entries. None of them may classify; every new host must reach its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC18CisTools } from './data/regional-c18-cis';

const GENERAL_SITES = [
  'https://www.consultant.ru/', // a legal database, beside FemidaGPT and VerniSvoe.AI
  'https://fipi.ru/', // the official exam-task bank, beside the EGE AI helper
  'https://www.avito.ru/', // classifieds, beside the AI agents for sellers
  'https://www.wildberries.ru/', // a marketplace, beside the Telegram-bot aggregators
  'https://hh.ru/', // a job board, beside the AI career test
  'https://www.mos.ru/', // city services, beside the Russian assistants
  'https://rozetka.com.ua/', // a Ukrainian marketplace, beside the Ukrainian AI platforms
  'https://kaspi.kz/', // a Kazakh marketplace and bank, beside Aspan
  'https://f4z.ru/', // parent of the claimed aiinfo.f4z.ru
  'https://uyatemes.kz/', // the Kazakh education site whose chat-bot path alone is claimed
  'https://uyatemes.kz/privacy-policy-aspan-qaz', // its policy page, outside the claimed /aspan path
  'https://tilda.cc/terms/generative-ai/', // a website builder's AI feature, left out
];

const SHARED_PLATFORMS = [
  'https://deep-assistant.github.io/agreement/en/terms-of-use.html', // a GPT Telegram bot's terms on github.io
  'https://openchat-landing.pages.dev/terms.html', // a Telegram AI assistant on pages.dev
  'https://teletype.in/@bot_doc/arkana_taro_ru_politics', // a tarot bot's agreement on teletype.in
  'https://sites.google.com/view/auto-reply-plus/home/uk', // an auto-reply app on Google Sites
];

const LEFT_OUT = [
  'https://chatgpt.org.ru/privacy.html', // a privacy policy that never says the service uses AI
  'https://gpt-open.ru/', // a personal-data policy only
  'https://neurocontent.ru/page/terms', // terms without an AI claim
  'https://pikdek.com/slides/rules', // PikDek's terms, read only over plain http
  'https://www.ip2.ru/offer.html', // an integrator's AI lead-qualification project offer
  'https://european-coaching.university/oferta_ai_ua', // a coaching university's AI simulation offer
  'https://club.nikexpert.ru/confidentional', // an AI club sold as a course
  'https://iilibrary.ru/privacy', // an AI library sold as a course
  'https://edvise.ru/privacy', // a tutors' CRM with AI credits
  'https://helixpsycho.online/offer.html', // a bot offer without an AI claim
  'https://otvech.ai/en/legal/personal-data', // a data policy without an AI claim
  'https://www.adminai.tech/privacy-policy.html', // an "automated assistant" policy without an AI claim
  'https://redaktorii.com.ua/terms', // a Ukrainian text checker without an AI claim
  'https://cmdf5.ru/manual/chat_ai', // the Chat AI block of an amoCRM widget
  'https://bottax.tech/policy', // a data policy naming chat.gptlegal.pro
];

const NAMESAKES = [
  'https://www.pult.ru/', // an electronics shop, beside PULT-AI
  'https://gearai.com/', // beside GearAI (gearai.ru)
  'https://joytwist.ru/', // beside JoyTwist
  'https://hippocrat.ru/', // beside Hippocrat AI
  'https://polyglot.ru/', // beside PolyglotVoice
  'https://askbox.ru/', // beside askbox (askbox.site)
  'https://vai.by/', // beside VAI (vai-chat.by)
  'https://aiteo.com/', // beside Teo (aiteo.tech)
  'https://femida.ru/', // beside FemidaGPT
  'https://essaynote.org/', // beside EssayNote
];

describe('eighteenth-session CIS regional traps', () => {
  it('adds 25 rows: one path prefix for Aspan, one or two domains for the rest', () => {
    expect(regionalC18CisTools.length).toBe(25);
    const aspan = regionalC18CisTools.filter((t) => t.urlPrefixes.length > 0);
    expect(aspan.map((t) => t.id)).toEqual(['uyatemes-aspan']);
    expect(
      regionalC18CisTools.every((t) =>
        t.id === 'uyatemes-aspan'
          ? t.domains.length === 0
          : t.domains.length >= 1 && t.urlPrefixes.length === 0,
      ),
    ).toBe(true);
  });

  it('classifies every new host to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC18CisTools), { api: true });
  });

  it('classifies the vendor pages the rows cite, on the claimed hosts, subdomains and path', () => {
    expectEachClassifiedAs({
      'https://web.gearai.ru/legal/privacy': 'gearai-ru',
      'https://app.aiassistant.com.ua/en/privacy': 'aiassistant-com-ua',
      'https://uyatemes.kz/aspan': 'uyatemes-aspan',
      'https://app.essaynote.com/': 'essaynote',
      'https://femidagpt.ru/oferta-dogovor': 'femidagpt',
      'https://www.aireceptionist.uz/uz/shartlar': 'aireceptionist-uz',
    });
  });

  it('leaves general sites, shared platforms, left-out hosts and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES, ...SHARED_PLATFORMS, ...LEFT_OUT, ...NAMESAKES]);
  });
});
