import type { Request } from 'express';

/** Who is acting, for the audit log. Local mode has one user; authentication replaces this. */
export type ActorOf = (req: Request) => string;

export const localActor: ActorOf = () => 'local';
