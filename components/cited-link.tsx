import { hostOf, isWebUrl } from '@/lib/web-url';

/** The site a figure's sentence links to, as a link named by its host: "pewresearch.org" (#3). */
export function CitedLink({ url }: { url: string | undefined }) {
  if (!isWebUrl(url)) return null;
  const host = hostOf(url) ?? url;
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" aria-label={`Linked source: ${host}`}>
      {host}
    </a>
  );
}
