// Thirteenth-session dataset pass, helper datasets (2026-12-06, issue 15), second file: AI-first products from two more
// accelerator portfolio datasets scraped by the author of veerdosi/techstars-api (long-tail-c13-ds.ts). Sources read,
// each at the commit pinned in `LISTS`: veerdosi/500co-api (companies/all.json: 2,194 companies of 500 Global's
// portfolio directory with name, website, one-liner, industry and status) and veerdosi/antler-api (companies/all.json:
// 1,095 companies of Antler's portfolio directory with name, website and one-liner); both are MIT by their README
// (badge and License section), with no licence file at the commit. Only facts were taken: the company's name and the
// host of the website the record gives. Read: every record with a website whose one-liner, description, industry or tags
// say AI, artificial intelligence, machine learning, generative, LLM, GPT, copilot, chatbot or agent. Before these rows
// the catalog classified 20 of those 300 500 Global hosts (6.7%) and 16 of those 307 Antler hosts (5.2%). Rows are
// AI-first products a person uses in a browser (assistants, copilots, agent products, AI writing, image, audio, meeting,
// testing and coding tools), one domain each, where the host is named after the product and the whole site is it.
// A second read of the misses whose text says AI without those words took 25 more whose one-liner says what the tool
// makes (course, story, contract, music, meeting-note, research, interview and voice tools).
// Also read: the records with a .ai host whose text names no AI word (125 across these and the Techstars files, 4
// classified); nine of them are products whose one-liner says what the tool makes (UX Magic, Superflex, SynnaAI,
// Twisty AI, Vidavox, PaperLab and Arctiq here, Hipclip and Ecomtent in long-tail-c13-ds.ts).
// Left out: AI used inside lending, insurance, trading, logistics, real-estate, retail, agriculture, manufacturing,
// security, fraud and clinical services (Fairbanc, Gainz, Alphaguard, Fortyx, Spiraldot, Alea Health); general
// software whose record mentions AI (ManyChat, Talkpush, Contactually, Heltar, YOBO); LLM infrastructure (Carbon's
// retrieval engine, FinetuneDB, Evaluable AI, Tagflow, Kariz, Prefactor, Nudge); records whose host is the company's and
// not the product's (Nihin Media for MedGen Japan); closed or old assistants (Incredible Labs' Donna, Obie, Yanzo);
// records too vague to say what the product is (Hexo, Wecommit, SoSha, Lerno); a coding-course site with an AI tutor
// (codedamn); an AI doctor (Esculapio); and hosts that are shared words (trend.io).
import type { Tool } from '../../schemas/tool';
import { CHECKED_C13, defineTools, listed } from './define';

const five = listed('c13ds500global', 'companies/all.json');
const antler = listed('c13dsantler', 'companies/all.json');

export const longTailC13Ds2Tools: Tool[] = defineTools(
  'agents',
  [
    // veerdosi/500co-api
    { id: 'bugster-dev', name: 'Bugster', vendor: 'Bugster', category: 'coding', domains: ['bugster.dev'], source: five },
    { id: 'calificadas-com', name: 'Calificadas', vendor: 'Calificadas', category: 'chat', domains: ['calificadas.com'], source: five },
    { id: 'meetlara-ai', name: 'Lara', vendor: 'Lara', category: 'chat', domains: ['meetlara.ai'], source: five },
    { id: 'lisan-ai', name: 'Lisan', vendor: 'Lisan', category: 'writing', domains: ['lisan.ai'], source: five },
    { id: 'personastudios-ai', name: 'Persona Studios', vendor: 'Persona Studios', category: 'chat', domains: ['personastudios.ai'], source: five },
    { id: 'planby-us', name: 'Planby', vendor: 'Planby', category: 'image', domains: ['planby.us'], source: five },
    { id: 'reelprop-ai', name: 'ReelProp', vendor: 'ReelProp', category: 'image', domains: ['reelprop.ai'], source: five },
    { id: 'ruka-ai', name: 'Ruka', vendor: 'Ruka', category: 'agents', domains: ['ruka.ai'], source: five },
    { id: 'stakpak-dev', name: 'Stakpak', vendor: 'Stakpak', category: 'coding', domains: ['stakpak.dev'], source: five },
    { id: 'sully-ai', name: 'Sully.ai', vendor: 'Sully.ai', category: 'productivity', domains: ['sully.ai'], source: five },
    { id: 'talescreator-com', name: 'Tales', vendor: 'Tales', category: 'writing', domains: ['talescreator.com'], source: five },
    { id: 'yana-ai', name: 'Yana', vendor: 'Yana', category: 'chat', domains: ['yana.ai'], source: five },
    { id: 'uxmagic-ai', name: 'UX Magic', vendor: 'UX Magic', category: 'presentation', domains: ['uxmagic.ai'], source: five },
    { id: 'evolveplatform-ai', name: 'Evolve', vendor: 'Evolve', category: 'productivity', domains: ['evolveplatform.ai'], source: five },
    { id: 'nookly-com', name: 'Nookly', vendor: 'Nookly', category: 'writing', domains: ['nookly.com'], source: five },
    { id: 'nexlaw-ai', name: 'NexLaw', vendor: 'NexLaw', category: 'productivity', domains: ['nexlaw.ai'], source: five },
    { id: 'pacemaker-net', name: 'Pacemaker', vendor: 'Pacemaker', category: 'audio', domains: ['pacemaker.net'], source: five },
    { id: 'storiai-com', name: 'Stori AI', vendor: 'Stori AI', category: 'writing', domains: ['storiai.com'], source: five },
    { id: 'yellowpad-ai', name: 'YellowPad AI', vendor: 'YellowPad AI', category: 'writing', domains: ['yellowpad.ai'], source: five },
    { id: 'wrappup-ai', name: 'Wrappup', vendor: 'Wrappup', category: 'meeting', domains: ['wrappup.ai'], source: five },
    { id: 'uncodie-com', name: 'Uncodie', vendor: 'Uncodie', category: 'coding', domains: ['uncodie.com'], source: five },
    // veerdosi/antler-api
    { id: 'getaiden-com', name: 'Aiden', vendor: 'Aiden', category: 'agents', domains: ['getaiden.com'], source: antler },
    { id: 'askvinny-co-uk', name: 'AskVinny', vendor: 'AskVinny', category: 'agents', domains: ['askvinny.co.uk'], source: antler },
    { id: 'audiomatic-io', name: 'Audiomatic', vendor: 'Audiomatic', category: 'audio', domains: ['audiomatic.io'], source: antler },
    { id: 'bellasales-io', name: 'Bella', vendor: 'Bella', category: 'agents', domains: ['bellasales.io'], source: antler },
    { id: 'cleve-ai', name: 'Cleve', vendor: 'Cleve', category: 'writing', domains: ['cleve.ai'], source: antler },
    { id: 'converta-ai', name: 'Converta', vendor: 'Converta', category: 'agents', domains: ['converta.ai'], source: antler },
    { id: 'deepmodel-ai', name: 'DeepModel', vendor: 'DeepModel', category: 'agents', domains: ['deepmodel.ai'], source: antler },
    { id: 'getdesky-io', name: 'GetDesky', vendor: 'GetDesky', category: 'agents', domains: ['getdesky.io'], source: antler },
    { id: 'onghost-com', name: 'Ghost', vendor: 'Ghost', category: 'agents', domains: ['onghost.com'], source: antler },
    { id: 'kusho-co', name: 'Kusho', vendor: 'Kusho', category: 'coding', domains: ['kusho.co'], source: antler },
    { id: 'meaningfulcx-com', name: 'Meaningful CX', vendor: 'Meaningful CX', category: 'search', domains: ['meaningfulcx.com'], source: antler },
    { id: 'navana-ai', name: 'Navana.ai', vendor: 'Navana.ai', category: 'audio', domains: ['navana.ai'], source: antler },
    { id: 'nuxera-ai', name: 'Nuxera', vendor: 'Nuxera', category: 'meeting', domains: ['nuxera.ai'], source: antler },
    { id: 'papayo-ai', name: 'Papayo.ai', vendor: 'Papayo.ai', category: 'agents', domains: ['papayo.ai'], source: antler },
    { id: 'parb-ai', name: 'Parb AI', vendor: 'Parb AI', category: 'agents', domains: ['parb.ai'], source: antler },
    { id: 'pascalailabs-com', name: 'Pascal', vendor: 'Pascal', category: 'agents', domains: ['pascalailabs.com'], source: antler },
    { id: 'perslyai-com', name: 'Persly', vendor: 'Persly', category: 'chat', domains: ['perslyai.com'], source: antler },
    { id: 'plotch-ai', name: 'Plotch.ai', vendor: 'Plotch.ai', category: 'agents', domains: ['plotch.ai'], source: antler },
    { id: 'pullse-ai', name: 'Pullse', vendor: 'Pullse', category: 'agents', domains: ['pullse.ai'], source: antler },
    { id: 'qaitech-ai', name: 'QAI', vendor: 'QAI', category: 'coding', domains: ['qaitech.ai'], source: antler },
    { id: 'usequid-com', name: 'Quid', vendor: 'Quid', category: 'agents', domains: ['usequid.com'], source: antler },
    { id: 'therayo-com', name: 'RAYO', vendor: 'RAYO', category: 'productivity', domains: ['therayo.com'], source: antler },
    { id: 'rapida-ai', name: 'Rapida.AI', vendor: 'Rapida.AI', category: 'developer-platform', domains: ['rapida.ai'], source: antler },
    { id: 'rebolthq-com', name: 'Rebolt', vendor: 'Rebolt', category: 'writing', domains: ['rebolthq.com'], source: antler },
    { id: 'sammy-club', name: 'SAMMY', vendor: 'SAMMY', category: 'productivity', domains: ['sammy.club'], source: antler },
    { id: 'safelog-ai', name: 'Safelog.AI', vendor: 'Safelog.AI', category: 'agents', domains: ['safelog.ai'], source: antler },
    { id: 'scalemail-ai', name: 'ScaleMail', vendor: 'ScaleMail', category: 'writing', domains: ['scalemail.ai'], source: antler },
    { id: 'sprite-ai', name: 'Sprite AI', vendor: 'Sprite AI', category: 'image', domains: ['sprite.ai'], source: antler },
    { id: 'sqouts-com', name: 'Sqouts', vendor: 'Sqouts', category: 'agents', domains: ['sqouts.com'], source: antler },
    { id: 'trubuild-io', name: 'TruBuild', vendor: 'TruBuild', category: 'writing', domains: ['trubuild.io'], source: antler },
    { id: 'visoid-com', name: 'Visoid', vendor: 'Visoid', category: 'image', domains: ['visoid.com'], source: antler },
    { id: 'quacks-ai', name: 'quacks.ai', vendor: 'quacks.ai', category: 'coding', domains: ['quacks.ai'], source: antler },
    { id: 'datacopilot-co', name: 'Data Copilot', vendor: 'Data Copilot', category: 'coding', domains: ['datacopilot.co'], source: antler },
    { id: 'enegma-in', name: 'Enegma', vendor: 'Enegma', category: 'agents', domains: ['enegma.in'], source: antler },
    { id: 'abodelabs-ai', name: 'Abode Labs', vendor: 'Abode Labs', category: 'agents', domains: ['abodelabs.ai'], source: antler },
    { id: 'getinterface-tech', name: 'Interface', vendor: 'Interface', category: 'agents', domains: ['getinterface.tech'], source: antler },
    { id: 'visioncinex-com', name: 'Vision Cinex', vendor: 'Vision Cinex', category: 'productivity', domains: ['visioncinex.com'], source: antler },
    { id: 'inntelo-com', name: 'Inntelo AI', vendor: 'Inntelo AI', category: 'agents', domains: ['inntelo.com'], source: antler },
    { id: 'hellolang-com', name: 'Hellolang', vendor: 'Hellolang', category: 'coding', domains: ['hellolang.com'], source: antler },
    { id: 'cavos-io', name: 'Cavos', vendor: 'Cavos', category: 'agents', domains: ['cavos.io'], source: antler },
    { id: 'superflex-ai', name: 'Superflex', vendor: 'Superflex', category: 'coding', domains: ['superflex.ai'], source: antler },
    { id: 'synna-ai', name: 'SynnaAI', vendor: 'SynnaAI', category: 'search', domains: ['synna.ai'], source: antler },
    { id: 'twisty-ai', name: 'Twisty AI', vendor: 'Twisty AI', category: 'video', domains: ['twisty.ai'], source: antler },
    { id: 'vidavox-ai', name: 'Vidavox', vendor: 'Vidavox', category: 'video', domains: ['vidavox.ai'], source: antler },
    { id: 'paperlab-ai', name: 'PaperLab', vendor: 'PaperLab', category: 'search', domains: ['paperlab.ai'], source: antler },
    { id: 'arctiq-ai', name: 'Arctiq', vendor: 'Arctiq', category: 'productivity', domains: ['arctiq.ai'], source: antler },
    { id: 'anyreach-ai', name: 'Anyreach', vendor: 'Anyreach', category: 'agents', domains: ['anyreach.ai'], source: antler },
    { id: 'getarki-com', name: 'ARKI', vendor: 'ARKI', category: 'search', domains: ['getarki.com'], source: antler },
    { id: 'assistteacher-com', name: 'AssistTeacher', vendor: 'AssistTeacher', category: 'productivity', domains: ['assistteacher.com'], source: antler },
    { id: 'forelight-ai', name: 'Forelight.ai', vendor: 'Forelight.ai', category: 'search', domains: ['forelight.ai'], source: antler },
    { id: 'licode-ai', name: 'Licode', vendor: 'Licode', category: 'coding', domains: ['licode.ai'], source: antler },
    { id: 'maekersuite-com', name: 'Maekersuite', vendor: 'Maekersuite', category: 'writing', domains: ['maekersuite.com'], source: antler },
    { id: 'newellroad-com', name: 'Newell Road', vendor: 'Newell Road', category: 'search', domains: ['newellroad.com'], source: antler },
    { id: 'screenapp-io', name: 'ScreenApp', vendor: 'ScreenApp', category: 'meeting', domains: ['screenapp.io'], source: antler },
    { id: 'screenify-ai', name: 'Screenify', vendor: 'Screenify', category: 'agents', domains: ['screenify.ai'], source: antler },
    { id: 'shaicreative-ai', name: 'Shai', vendor: 'Shai', category: 'image', domains: ['shaicreative.ai'], source: antler },
    { id: 'symbyai-com', name: 'SymbyAI', vendor: 'SymbyAI', category: 'search', domains: ['symbyai.com'], source: antler },
    { id: 'update-ai', name: 'Update.ai', vendor: 'Update.ai', category: 'meeting', domains: ['update.ai'], source: antler },
    { id: 'joinvalley-co', name: 'Valley', vendor: 'Valley', category: 'agents', domains: ['joinvalley.co'], source: antler },
    { id: 'vocalclarity-ai', name: 'Vocal Clarity', vendor: 'Vocal Clarity', category: 'audio', domains: ['vocalclarity.ai'], source: antler },
    { id: 'whirik-com', name: 'WhiRik AI', vendor: 'WhiRik AI', category: 'audio', domains: ['whirik.com'], source: antler },
    { id: 'wubble-ai', name: 'Wubble.ai', vendor: 'Wubble.ai', category: 'audio', domains: ['wubble.ai'], source: antler },
    { id: 'abivo-ai', name: 'ABIVO', vendor: 'ABIVO', category: 'agents', domains: ['abivo.ai'], source: antler },
  ],
  { checked: CHECKED_C13 },
);
