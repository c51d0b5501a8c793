// Traps beside the sixteenth session's languages pass (data/regional-c16-langs.ts, and smartshoki.com given to
// `smart-shoki`): the general sites the claimed paths and subdomains sit on (SoftCreate, chuanweb, Meltin Bit, eSkilled),
// general software met in the same searches and left out (respond.io, Aurora Inbox, Juslead), shared platforms, and real
// sites that share a name with the new entries. Every trap must stay unclassified; every new host, prefix and endpoint
// must classify to its own entry.
import { describe, expect, it } from 'vitest';
import { expectEachClassifiedAs, expectNoneClassified, ownUrls } from '../../testing/lookalikes';

import { regionalC16LangsTools } from './data/regional-c16-langs';
import { catalogRegion } from './data/regions';

const GENERAL_SITES_AND_SIBLINGS = [
  'https://www.softcreate.co.jp/', // SoftCreate's general site: only its SafeAI section is claimed
  'https://www.softcreate.co.jp/safeaix', // a prefix matches whole path segments only
  'https://www.softcreate.co.jp/product/',
  'https://chuanweb.com/', // a web-design business: only its Openvoice API paths are claimed
  'https://chuanweb.com/wp-json/wp/v2/posts',
  'https://chuan.in/', // the parent of the Openvoice TTS host
  'https://meltinbit.com/', // beside Ambienta's subdomain
  'https://www.meltinbit.com/',
  'https://eskilled.io/', // beside the AI Course Creator subdomain
  'https://www.eskilled.io/',
  'https://respond.io/pt/help/ai-agents/getting-started-with-ai-agents', // general messaging software, left out
  'https://www.aurorainbox.com/',
  'https://ajuda.juslead.com/', // a legal CRM whose WhatsApp chat has an AI option, left out
  'https://www.rvo.nl/onderwerpen/wbso', // the Dutch agency's WBSO page, beside WBSO GenerAItor
];

const SHARED_PLATFORMS = [
  'https://www.whatsapp.com/', // the channel WhatsAuto, Make Talk and LiderHub answer on
  'https://github.com/',
];

const NAMESAKES = [
  'https://www.vox.com/', // beside VoXT's voxt.jp
  'https://www.tifana.com/', // Tifana's corporate site, beside the AI Sakura-san host tifana.ai
  'https://www.heritage.org/', // beside Heritage Pixel
  'https://www.storytel.com/', // audiobooks, beside Storiko
  'https://www.imgur.com/', // beside imgc.vip
  'https://www.apollo.io/', // sales software, beside the board-meeting apollo.ai
  'https://www.wordreference.com/', // beside WordsAI
  'https://www.carat.com/', // the media agency, beside Carat AI's carat.im
  'https://www.merdeka.com/', // an Indonesian news site, beside Merdeka AI
];

describe('sixteenth-session languages traps', () => {
  it('adds 56 rows, all but eighteen with a region', () => {
    expect(regionalC16LangsTools.length).toBe(56);
    expect(regionalC16LangsTools.filter((t) => catalogRegion(t.id) === 'global').map((t) => t.id)).toEqual([
      'seameet',
      'virtualworkforce-ai',
      'imgc-ai',
      'o-translator',
      'brain-pod-ai',
      'eskilled-ai-course-creator',
      'scenestreet',
      'createvision-ai',
      'storiko',
      'talkcut',
      'moleapi',
      'avyra-leximodel',
      'edukalia360',
      'reelmind',
      'inviai',
      'prompts-ai',
      'trash-chat',
      'aidescribepicture-com',
    ]);
  });

  it('classifies every new host, prefix and endpoint to its own entry', () => {
    expectEachClassifiedAs(ownUrls(regionalC16LangsTools), { api: true });
  });

  it('classifies the pages and API hosts the vendors name, and the host given to an existing entry', () => {
    expectEachClassifiedAs(
      {
        'https://support.voxt.jp/provoxt-user/minutes/summary/operation': 'provoxt',
        'https://www.softcreate.co.jp/safeai/ai-tips/1': 'softcreate-safeai',
        'https://softcreate.co.jp/safeai': 'softcreate-safeai',
        'https://docs.liderhub.ai/agentes/qualificacao': 'liderhub',
        'https://docs.maketalk.ai/administradores/flow-builder/criar-agente': 'make-talk',
        'https://help.apollo.ai/de/knowledge-base/board-organizer-finalise-transcript': 'apollo-ai-board',
        'https://api.talkbot.ir/v1/media/text-to-speech/REQ': 'talkbot-ir',
        'https://apiov.chuan.in/api/tts': 'chuanweb-openvoice',
        'https://chuanweb.com/wp-json/openvoice/v1/quota': 'chuanweb-openvoice',
        'https://api.moleapi.com/v1/chat/completions': 'moleapi',
        'https://panel.avyra.uk/api/llm/chat': 'avyra-leximodel',
        'https://aidescribepicture.com/api/api-call/describe-picture': 'aidescribepicture-com',
        'https://docs.talkcut.com/ja/creating/elements-to-video': 'talkcut',
        'https://docs.promte.com/': 'promte',
        'https://help.smartshoki.com/ja/articles/6045879': 'smart-shoki',
      },
      { api: true },
    );
  });

  it('leaves the general sites, siblings, shared platforms and namesakes unclassified', () => {
    expectNoneClassified([...GENERAL_SITES_AND_SIBLINGS, ...SHARED_PLATFORMS, ...NAMESAKES]);
  });
});
