interface Page<N> {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a connection, page after page (the API serves at most 200 a page). */
export async function allPages<N>(page: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const p: Page<N> = await page(after);
    nodes.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor) return nodes;
    after = p.pageInfo.endCursor;
  }
}
