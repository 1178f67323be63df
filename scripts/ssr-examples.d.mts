/** examples/ssr-card.html as the build writes it. */
export function ssrCardPage(): Promise<string>;
