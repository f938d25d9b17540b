// The address a person opens to accept an invitation: this app's origin and the path the
// API answered with (`/invite/<token>`).

export function invitationLink(origin: string, path: string): string {
  const base = origin.replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Whether an invitation's link has stopped working. */
export function isExpired(expiresAt: string, now: Date = new Date()): boolean {
  return new Date(expiresAt).getTime() <= now.getTime();
}
