// Fourth pass over the pinned lists (CHECKED_3): hosts those lists name that no entry claimed yet, kept only when the
// site is itself an AI product (directories, articles, courses, general SaaS and dead demos were left out).
// Each row cites the list file that names its host.
import type { Tool } from '../../schemas/tool';
import { CHECKED_3, defineTools, listed } from './define';

const steven = (file: string) => listed('steven2358', file);
const filipe = listed('filipecalegario');
const eudk = listed('eudk');
const yousef = listed('yousefebrahimi0');

export const listsC4PicksTools: Tool[] = defineTools('productivity', [
  // steven2358/awesome-generative-ai
  { id: 'pagelines', name: 'PageLines', vendor: 'PageLines', category: 'agents', domains: ['pagelines.com'], source: steven('DISCOVERIES.md') },
  { id: 'qualitati', name: 'Qualitati', vendor: 'MimiTalk', domains: ['mimitalk.app'], source: steven('DISCOVERIES.md') },
  { id: 'bgpt', name: 'BGPT', vendor: 'BGPT', category: 'search', domains: ['bgpt.pro'], source: steven('DISCOVERIES.md') },
  { id: 'never-jobless', name: 'Never Jobless', vendor: 'Never Jobless', category: 'writing', domains: ['neverjobless.com'], source: steven('DISCOVERIES.md') },
  { id: 'brainsoup', name: 'BrainSoup', vendor: 'Nurgo Software', category: 'chat', urlPrefixes: ['www.nurgo-software.com/products/brainsoup', 'nurgo-software.com/products/brainsoup'], source: steven('DISCOVERIES.md') },
  { id: 'aispect', name: 'Aispect', vendor: 'Aispect', category: 'image', domains: ['aispect.io'], source: steven('DISCOVERIES.md') },
  { id: 'huntr-ai-resume', name: 'Huntr AI Resume Builder', vendor: 'Huntr', category: 'writing', urlPrefixes: ['huntr.co/product/ai-resume-builder'], source: steven('DISCOVERIES.md') },
  { id: 'geoscore-ai', name: 'GEOScore AI', vendor: 'GEOScore AI', category: 'writing', domains: ['geoscoreai.com'], source: steven('DISCOVERIES.md') },
  { id: 'alphaxiv', name: 'alphaXiv', vendor: 'alphaXiv', category: 'search', domains: ['alphaxiv.org'], source: steven('README.md') },
  { id: 'asreview', name: 'ASReview', vendor: 'ASReview', domains: ['asreview.nl'], source: steven('README.md'), region: 'europe' },
  { id: 'imgsys', name: 'imgsys', vendor: 'fal', category: 'image', domains: ['imgsys.org'], source: steven('README.md') },
  { id: 'manifest-build', name: 'Manifest', vendor: 'Manifest', category: 'developer-platform', domains: ['manifest.build'], source: steven('README.md') },
  // filipecalegario/awesome-generative-ai
  { id: 'quickchat-ai', name: 'Quickchat AI', vendor: 'Quickchat', category: 'agents', domains: ['quickchat.ai'], source: listed('filipecalegario', 'ARCHIVE.md'), region: 'europe' },
  { id: 'lunroo', name: 'Lunroo', vendor: 'Lunroo', category: 'writing', domains: ['lunroo.com'], source: filipe },
  { id: 'competitor-research', name: 'Competitor Research', vendor: 'Competitor Research', domains: ['competitoresearch.com'], source: filipe },
  { id: 'tailor-podcast', name: 'Tailor', vendor: 'Tailor', category: 'audio', domains: ['usetailor.com'], source: filipe },
  { id: 'animalai', name: 'AnimalAI', vendor: 'AnimalAI', category: 'image', domains: ['animalai.co'], source: filipe },
  { id: 'archie-8base', name: 'Archie', vendor: '8base', category: 'coding', domains: ['archie.8base.com'], source: filipe },
  { id: 'nested-knowledge', name: 'Nested Knowledge', vendor: 'Nested Knowledge', category: 'search', domains: ['nested-knowledge.com'], source: filipe },
  // coval.ai: the host listed('kostja94') gives for Coval.
  { id: 'coval', name: 'Coval', vendor: 'Coval', category: 'developer-platform', domains: ['coval.dev', 'coval.ai'], source: filipe },
  { id: 'muckbrass', name: 'MuckBrass', vendor: 'MuckBrass', domains: ['muckbrass.com'], source: filipe },
  { id: 'owlbot', name: 'Owlbot', vendor: 'Owlbot', category: 'agents', domains: ['owlbot.ai'], source: filipe },
  { id: 'linkactions', name: 'LinkActions', vendor: 'LinkActions', category: 'writing', domains: ['linkactions.com'], source: filipe },
  // eudk/awesome-ai-tools
  { id: 'localepack', name: 'LocalePack', vendor: 'LocalePack', category: 'translation', domains: ['localepack.app'], source: eudk },
  { id: 'learnclash', name: 'LearnClash', vendor: 'LearnClash', domains: ['learnclash.com'], source: eudk },
  { id: 'aurcue', name: 'Aurcue', vendor: 'Aurcue', category: 'image', domains: ['aurcue.com'], source: eudk },
  { id: 'letterfork', name: 'Letterfork', vendor: 'Letterfork', category: 'writing', domains: ['letterfork.com'], source: eudk },
  { id: 'paperspace', name: 'Paperspace', vendor: 'DigitalOcean', category: 'developer-platform', domains: ['paperspace.com'], source: eudk },
  { id: 'coreweave', name: 'CoreWeave', vendor: 'CoreWeave', category: 'developer-platform', domains: ['coreweave.com'], source: eudk },
  { id: 'lambda-cloud', name: 'Lambda Cloud', vendor: 'Lambda', category: 'developer-platform', domains: ['lambdalabs.com', 'lambda.ai'], source: eudk },
  { id: 'caricature-maker', name: 'Caricature Maker', vendor: 'Caricature Maker', category: 'image', domains: ['caricaturemaker.net'], source: eudk },
  { id: 'shortodella', name: 'Shortodella', vendor: 'Shortodella', category: 'image', domains: ['shortodella.com'], source: eudk },
  { id: 'skillboss', name: 'SkillBoss', vendor: 'SkillBoss', category: 'developer-platform', domains: ['skillboss.co'], source: eudk },
  { id: 'appdeploy', name: 'AppDeploy', vendor: 'AppDeploy', category: 'coding', domains: ['appdeploy.ai'], source: eudk },
  { id: 'gestell', name: 'Gestell', vendor: 'Gestell', category: 'developer-platform', domains: ['gestell.ai'], source: eudk },
  { id: 'slate-learning', name: 'Slate', vendor: 'Slate', domains: ['slateup.ai'], source: eudk },
  { id: 'threedee-ai-3d', name: 'ThreeDee AI 3D Generator', vendor: 'ThreeDee', category: 'image', urlPrefixes: ['www.threedee.design/products/ai-3d-generator', 'threedee.design/products/ai-3d-generator'], source: eudk, region: 'europe' },
  { id: 'new-website', name: 'new.website', vendor: 'new.website', category: 'coding', domains: ['new.website'], source: eudk },
  { id: 'scribe-how', name: 'Scribe', vendor: 'Scribe', domains: ['scribehow.com'], source: eudk },
  { id: 'brightbot', name: 'BrightBot', vendor: 'BrightBot', category: 'agents', domains: ['brightbot.com'], source: eudk },
  { id: 'waldium', name: 'Waldium', vendor: 'Waldium', category: 'writing', domains: ['waldium.com'], source: eudk },
  { id: 'rankingrider', name: 'RankingRider', vendor: 'RankingRider', category: 'writing', domains: ['rankingrider.com'], source: eudk },
  { id: 'evaligo', name: 'Evaligo', vendor: 'Evaligo', category: 'agents', domains: ['evaligo.com'], source: eudk },
  { id: 'doacam', name: 'DoaCam', vendor: 'DoaCam', category: 'chat', domains: ['doacam.com'], source: eudk },
  { id: 'anyslide', name: 'AnySlide', vendor: 'AnySlide', category: 'presentation', domains: ['anyslide.app'], source: eudk },
  // mahseema/awesome-ai-tools, sindresorhus/awesome-chatgpt, slavakurilyak/awesome-ai-agents
  { id: 'comet-opik', name: 'Opik', vendor: 'Comet', category: 'developer-platform', urlPrefixes: ['www.comet.com/site/products/opik', 'comet.com/site/products/opik', 'www.comet.com/opik'], source: listed('mahseema') }, // www.comet.com/opik (2026-12-05): Opik Cloud's app and API, the SDK's default OPIK_URL_CLOUD (comet-ml/opik@077c5117de42a39ce01c27ee532acd12dde2e85d sdks/python/src/opik/config.py, Apache-2.0)
  { id: 'screensnap-ai', name: 'ScreenSnapAI', vendor: 'ScreenSnapAI', category: 'chat', domains: ['screensnap.ai'], source: listed('sindresorhus', 'readme.md') },
  { id: 'wielded', name: 'Wielded', vendor: 'Wielded', category: 'chat', domains: ['wielded.com'], source: listed('sindresorhus', 'readme.md') },
  { id: 'chaindesk', name: 'Chaindesk', vendor: 'Chaindesk', category: 'agents', domains: ['chaindesk.ai', 'databerry.ai'], source: listed('slavakurilyak', 'TODO.md') }, // databerry.ai (2026-12-06): the product's earlier name and host, listed('alternbits', 'data/databerry.yml')
  { id: 'threado', name: 'Threado AI', vendor: 'Threado', category: 'agents', domains: ['threado.com'], source: listed('slavakurilyak', 'TODO.md') },
  { id: 'b2b-rocket', name: 'B2B Rocket', vendor: 'B2B Rocket', category: 'agents', domains: ['b2brocket.ai'], source: listed('slavakurilyak', 'TODO.md') },
  // yousefebrahimi0/1000-AI-collection-tools
  { id: 'dreamup', name: 'DreamUp', vendor: 'DeviantArt', category: 'image', domains: ['dreamup.com'], source: yousef },
  { id: 'botify-ai', name: 'Botify AI', vendor: 'Ex-Human', category: 'chat', domains: ['botif.ai'], source: yousef },
  { id: 'echowin', name: 'Echowin', vendor: 'Echowin', category: 'agents', domains: ['echo.win'], source: yousef },
  { id: 'voicemod', name: 'Voicemod', vendor: 'Voicemod', category: 'audio', domains: ['voicemod.net'], source: yousef, region: 'europe' },
  { id: 'copymonkey-amazon', name: 'CopyMonkey', vendor: 'CopyMonkey', category: 'writing', domains: ['copymonkey.ai'], source: yousef },
  { id: 'ellie-ai', name: 'Ellie', vendor: 'Ellie', category: 'writing', domains: ['ellieai.com'], source: yousef },
  { id: 'avc-ai', name: 'AVC.AI', vendor: 'AVC.AI', category: 'image', domains: ['avc.ai'], source: yousef },
  { id: 'portraitlabs', name: 'PortraitLabs', vendor: 'PortraitLabs', category: 'image', domains: ['portraitlabs.ai'], source: yousef },
  { id: 'poly-textures', name: 'Poly', vendor: 'Poly', category: 'image', domains: ['withpoly.com'], source: yousef },
  { id: 'phygital-plus', name: 'Phygital+', vendor: 'Phygital', category: 'image', domains: ['phygital.plus'], source: yousef },
  // lihongzhai/awesome-china-ai-tools
  { id: 'aibang', name: 'AI帮个忙', vendor: 'AIbang', category: 'chat', domains: ['aibang.run'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
  { id: 'hysli', name: 'Hysli', vendor: 'Hysli', category: 'image', domains: ['hysli.io'], source: listed('lihongzhai', 'ai_tools.md'), region: 'china' },
], { checked: CHECKED_3 });
