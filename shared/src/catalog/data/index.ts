// Every catalog file, in one list. Order does not matter: a test proves no two tools claim a hostname,
// prefix, endpoint or extension id.
import type { Tool } from '../../schemas/tool';
import { agentTools } from './agents';
import { audioTools } from './audio';
import { chatTools } from './chat';
import { codingTools } from './coding';
import { developerTools } from './developer';
import { embeddedTools } from './embedded';
import { extensionTools } from './extensions';
import { imageVideoTools } from './image-video';
import { meetingTools } from './meeting';
import { chinaTools } from './regional-china';
import { regionalTools } from './regional';
import { searchTools } from './search';
import { writingTools } from './writing';

export const catalogTools: readonly Tool[] = [
  ...chatTools,
  ...codingTools,
  ...developerTools,
  ...imageVideoTools,
  ...audioTools,
  ...writingTools,
  ...meetingTools,
  ...searchTools,
  ...agentTools,
  ...embeddedTools,
  ...extensionTools,
  ...chinaTools,
  ...regionalTools,
];
