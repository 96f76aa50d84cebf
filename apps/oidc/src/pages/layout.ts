import { createHash } from 'node:crypto';

/** Text made safe to place in HTML (element content and quoted attribute values). */
export function html(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Plain, readable and keyboard-friendly: system font, high contrast, a visible focus ring, large click targets.
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f3f4f6}
main{max-width:44rem;margin:2rem auto;padding:2rem;background:#fff;border:1px solid #d1d5db;border-radius:.5rem}
h1{font-size:1.75rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
p{margin:.5rem 0}.uitleg{color:#374151}
fieldset{border:1px solid #d1d5db;border-radius:.375rem;margin:1rem 0;padding:.5rem 1rem 1rem}
legend{font-weight:600;padding:0 .25rem}
.keuze{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem 0}
.keuze input{width:1.25rem;height:1.25rem;margin-top:.2rem;flex:none}
.keuze label{cursor:pointer}.omschrijving{display:block;color:#374151;font-size:.95rem}
label.veld{display:block;font-weight:600;margin-top:1rem}
input[type=text],select{width:100%;padding:.5rem;font:inherit;border:2px solid #4b5563;border-radius:.25rem}
[aria-invalid=true]{border-color:#b91c1c}
button{font:inherit;font-weight:600;margin-top:1rem;padding:.625rem 1.25rem;border-radius:.25rem;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button.secundair{background:#fff;color:#1d4ed8}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.fout{border-left:.375rem solid #b91c1c;background:#fef2f2;padding:.75rem 1rem;margin:1rem 0}
.acties{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
`;

/** The Content-Security-Policy of every page: nothing but this one stylesheet; forms post to this origin. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; base-uri 'none'; frame-ancestors 'none'`;

/** A whole page in Dutch: one h1 (the title), the content, the stylesheet inline (allowed by its hash). */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(title)} – Sluitend</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${html(title)}</h1>
${body}
</main>
</body>
</html>`;
}
