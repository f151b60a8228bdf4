/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * A plain news-article page around a text whose first paragraph is its headline (the conflict-dev
 * layout: paragraphs separated by a blank line), with the metadata news sites publish.
 */
export function articlePage(
  text: string,
  options: { lang: "en" | "ar"; publisher: string },
): string {
  const [headline = "", ...body] = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
  const dir = options.lang === "ar" ? "rtl" : "ltr";
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    inLanguage: options.lang,
    publisher: { "@type": "Organization", name: options.publisher },
  }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${options.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)} – ${escapeHtml(options.publisher)}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${escapeHtml(options.publisher)}">
<meta property="og:title" content="${escapeHtml(headline)}">
<script type="application/ld+json">${jsonLd}</script>
<style>body{font-family:"Noto Serif","Noto Naskh Arabic",serif;max-width:44rem;margin:0 auto;padding:1rem;line-height:1.7;font-size:18px}</style>
</head>
<body>
<header><div class="logo">${escapeHtml(options.publisher)}</div></header>
<main><article>
<h1>${escapeHtml(headline)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article></main>
</body>
</html>
`;
}
