import type { ServerResponse } from 'node:http';

/**
 * Paginates as GitHub does: `per_page` (default 30, at most 100) and `page`, with a `Link` header
 * carrying prev/next/last/first. `pageUrl` is the URL the links point at; GitHub uses
 * `/repositories/{id}/…` there rather than the owner/name path that was asked for.
 */
export function paginate<T>(response: ServerResponse, items: readonly T[], query: Record<string, string>, pageUrl: string): T[] {
  const perPage = Math.min(Number(query.per_page ?? 30), 100);
  const current = Number(query.page ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string) => `<${pageUrl}?${new URLSearchParams({ ...query, page: String(target) }).toString()}>; rel="${rel}"`;
  const links: string[] = [];
  if (current > 1) links.push(link(current - 1, 'prev'));
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
  if (current > 1) links.push(link(1, 'first'));
  if (links.length > 0) response.setHeader('link', links.join(', '));
  return items.slice((current - 1) * perPage, current * perPage);
}
