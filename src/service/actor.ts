import type { Request } from 'express';

/** Who is acting, for the audit log. */
export type ActorOf = (req: Request) => string;
