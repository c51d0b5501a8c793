import { z } from 'zod';

/** Server-side paging for every list that can grow with the organisation. */
export const PageSchema = {
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(10_000_000).default(0),
};

/** Sort direction of a paged list. */
export const OrderSchema = z.enum(['asc', 'desc']);
