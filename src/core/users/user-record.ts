/**
 * A desk user as stored (never with its password hash), declared once here so the store that
 * writes it and the use cases that read it share one shape and one name.
 */

/** In rising order: each role may do what the roles before it may do. */
export const ROLES = ['viewer', 'officer', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UserRecord {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}
