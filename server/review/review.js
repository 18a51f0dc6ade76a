// The review page's behaviour: plain browser JavaScript, served as is (nothing to build, nothing
// from a CDN). It talks to the service's own GraphQL endpoint with the editor key typed in.
//
// The contract it is written against (Mutation.extractArticle, issue 17 item 3):
//   extractArticle(input: { url, publishedAt, title?, outlet?, text | html })
//     -> { document: JSON (import format v1, statements carrying `evidence` with [start, end)
//          spans into the article text), matches: JSON, warnings }
// `matches` proposes existing graph nodes for the draft's ones; each entry is read as
// { draft, existing, label?, score? } (with draftId / existingId accepted too).

const TYPES = ['SAID', 'REPORTED', 'DENIED', 'CONFIRMED', 'RETRACTED'];
const $ = (id) => document.getElementById(id);

let draft = null; // { document, matches, warnings, text, html }
let rows = []; // one per draft statement: { accepted, type, source }
// One per draft claim, shared by every statement about it: { text, match (an existing claim id or '') }
let claimEdits = new Map();

const keyInput = $('key');
keyInput.value = sessionStorage.getItem('review-key') ?? '';
keyInput.addEventListener('change', () => sessionStorage.setItem('review-key', keyInput.value));

function status(message, isError = false) {
  $('status').textContent = message;
  $('status').className = isError ? 'error' : '';
}

async function graphql(query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (keyInput.value.trim()) headers.authorization = `Bearer ${keyInput.value.trim()}`;
  const res = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) {
    const e = body.errors[0];
    const problems = (e.extensions?.problems ?? []).map((p) => `\n  ${p.path}: ${p.message}`);
    throw new Error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}${problems.join('')}`);
  }
  return body.data;
}

// A GraphQL input object literal: JSON strings are valid GraphQL strings, and a literal spares
// naming the input type.
const literal = (obj) =>
  `{ ${Object.entries(obj)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')} }`;

// ---- input: paste or drop --------------------------------------------------------------
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  $('text').value = await file.text();
  status(`Loaded ${file.name} (${file.size} bytes).`);
});

const looksLikeHtml = (s) =>
  /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(s);

$('extract').addEventListener('click', async () => {
  const raw = $('text').value;
  const html = looksLikeHtml(raw);
  const input = {
    url: $('url').value.trim(),
    publishedAt: $('publishedAt').value.trim(),
    title: $('title').value.trim(),
    outlet: $('outlet').value.trim(),
    [html ? 'html' : 'text']: raw,
  };
  status('Extracting…');
  try {
    const data = await graphql(
      `mutation { extractArticle(input: ${literal(input)}) { document matches warnings } }`,
    );
    const result = data.extractArticle;
    draft = {
      document: result.document,
      matches: normalizeMatches(result.matches),
      warnings: result.warnings ?? [],
      // Evidence offsets point into the text the extractor read: the pasted text, or (for a
      // page) the text the draft hands back, if it does.
      text: html ? (result.text ?? result.document?.article?.text ?? null) : raw,
    };
    rows = draft.document.statements.map((s) => ({
      accepted: true,
      type: s.type,
      source: s.source,
    }));
    claimEdits = new Map(
      draft.document.claims.map((c) => [
        c.id,
        { text: c.text, match: draft.matches.find((m) => m.draft === c.id)?.existing ?? '' },
      ]),
    );
    status(`${rows.length} statement${rows.length === 1 ? '' : 's'} found. Check each one.`);
    render();
  } catch (e) {
    status(String(e.message ?? e), true);
  }
});

function normalizeMatches(matches) {
  const list = Array.isArray(matches) ? matches : Object.values(matches ?? {}).flat();
  return list
    .map((m) => ({
      draft: m.draft ?? m.draftId,
      existing: m.existing ?? m.existingId,
      label: m.label ?? m.text ?? m.name ?? '',
      score: m.score,
    }))
    .filter((m) => m.draft && m.existing);
}

function sources() {
  const d = draft.document;
  return [
    ...d.outlets.map((o) => ({ id: o.id, label: `${o.name} (outlet)` })),
    ...d.actors.map((a) => ({ id: a.id, label: a.name })),
    ...d.anonymousSources.map((a) => ({ id: a.id, label: `${a.description} (anonymous)` })),
  ];
}

// ---- the draft over the text -----------------------------------------------------------
function renderArticle() {
  const target = $('article');
  target.textContent = '';
  const text = draft.text;
  if (text == null) {
    target.textContent =
      'The extractor read this page’s own text; each statement shows its sentence on the right.';
    return;
  }
  const spans = [];
  draft.document.statements.forEach((s, i) => {
    const ev = s.evidence;
    if (!ev) return;
    for (const role of ['content', 'source', 'cue']) {
      const span = ev[role];
      if (Array.isArray(span) && span[1] > span[0])
        spans.push({ start: span[0], end: span[1], role, i });
    }
  });
  // Cut the text at every span edge; each piece takes the innermost (shortest) span over it.
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    const piece = text.slice(from, to);
    const over = spans
      .filter((s) => s.start <= from && s.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (!over) {
      target.append(piece);
      continue;
    }
    const mark = document.createElement('mark');
    const row = rows[over.i];
    mark.className = `${row.type} ${over.role}${row.accepted ? '' : ' rejected'}`;
    mark.dataset.statement = String(over.i);
    mark.title = `${row.type} · ${over.role}`;
    mark.textContent = piece;
    mark.addEventListener('click', () =>
      document.getElementById(`statement-${over.i}`)?.scrollIntoView({ block: 'center' }),
    );
    target.append(mark);
  }
}

// ---- one card per statement: accept, reject, edit ---------------------------------------
function field(label, control) {
  const row = document.createElement('div');
  row.className = 'row';
  const l = document.createElement('label');
  l.textContent = label;
  row.append(l, control);
  return row;
}

function select(options, value, onChange) {
  const s = document.createElement('select');
  for (const o of options) {
    const opt = document.createElement('option');
    opt.value = o.value;
    opt.textContent = o.label;
    s.append(opt);
  }
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function renderStatements() {
  const box = $('statements');
  box.textContent = '';
  const sourceOptions = sources().map((s) => ({ value: s.id, label: s.label }));
  draft.document.statements.forEach((s, i) => {
    const row = rows[i];
    const card = document.createElement('div');
    card.id = `statement-${i}`;
    card.className = `statement ${row.type}${row.accepted ? '' : ' rejected'}`;
    card.dataset.statement = String(i);
    card.dataset.claim = s.claim;

    const accept = document.createElement('input');
    accept.type = 'checkbox';
    accept.checked = row.accepted;
    accept.className = 'accept';
    accept.style.width = 'auto';
    accept.addEventListener('change', () => {
      row.accepted = accept.checked;
      render();
    });
    card.append(field('Accept', accept));
    card.append(
      field(
        'Type',
        select(
          TYPES.map((t) => ({ value: t, label: t })),
          row.type,
          (v) => {
            row.type = v;
            render();
          },
        ),
      ),
    );
    card.append(
      field(
        'Source',
        select(sourceOptions, row.source, (v) => (row.source = v)),
      ),
    );
    const edit = claimEdits.get(s.claim) ?? { text: '', match: '' };
    const claim = document.createElement('textarea');
    claim.className = 'claim-text';
    claim.dataset.claim = s.claim;
    claim.rows = 2;
    claim.value = edit.text;
    // The text is the claim's: every statement about it shows the edit.
    claim.addEventListener('input', () => {
      edit.text = claim.value;
      for (const other of box.querySelectorAll('textarea.claim-text')) {
        if (other !== claim && other.dataset.claim === s.claim) other.value = claim.value;
      }
    });
    card.append(field('Claim', claim));
    const proposals = draft.matches.filter((m) => m.draft === s.claim);
    card.append(
      field(
        'Existing claim',
        select(
          [
            { value: '', label: `none: a new claim (${s.claim})` },
            ...proposals.map((m) => ({
              value: m.existing,
              label: `${m.label || m.existing}${m.score != null ? ` (${Number(m.score).toFixed(2)})` : ''}`,
            })),
          ],
          edit.match,
          (v) => {
            edit.match = v;
            render();
          },
        ),
      ),
    );
    if (s.evidence) {
      const ev = document.createElement('div');
      ev.className = 'evidence';
      ev.textContent = `“${s.evidence.sentence}” — confidence ${Number(s.evidence.confidence).toFixed(2)}, ${s.evidence.method}`;
      card.append(ev);
    }
    box.append(card);
  });
  $('import').disabled = !rows.some((r) => r.accepted);
}

function render() {
  const warnings = $('warnings');
  warnings.textContent = '';
  for (const w of draft.warnings) {
    const li = document.createElement('li');
    li.textContent =
      typeof w === 'string' ? w : `${w.path ?? ''} ${w.message ?? JSON.stringify(w)}`;
    warnings.append(li);
  }
  renderArticle();
  renderStatements();
}

// ---- import what was accepted, then draw it ---------------------------------------------
/** The draft as reviewed: accepted statements with their edits; claims nobody states dropped. */
function reviewedDocument() {
  const d = structuredClone(draft.document);
  const claims = new Map(d.claims.map((c) => [c.id, c]));
  const statements = [];
  d.statements.forEach((s, i) => {
    const row = rows[i];
    if (!row.accepted) return;
    const claim = claims.get(s.claim);
    const edit = claimEdits.get(s.claim);
    if (claim && edit?.text.trim()) claim.text = edit.text.trim();
    statements.push({ ...s, type: row.type, source: row.source, claim: edit?.match || s.claim });
  });
  const used = new Set(statements.map((s) => s.claim));
  const cited = new Set(statements.flatMap((s) => [s.source, ...(s.citing ?? [])]));
  return {
    ...d,
    claims: d.claims.filter((c) => used.has(c.id)),
    anonymousSources: d.anonymousSources.filter((a) => cited.has(a.id)),
    statements,
  };
}

$('import').addEventListener('click', async () => {
  const doc = reviewedDocument();
  status('Importing…');
  try {
    const data = await graphql(
      'mutation Import($input: JSON!) { importArticle(input: $input) { articleIds created { claims statements } } }',
      { input: doc },
    );
    const r = data.importArticle;
    $('result').dataset.article = r.articleIds[0] ?? '';
    $('result').textContent =
      `Imported: article ${r.articleIds.join(', ')}, ${r.created.statements} new statements, ${r.created.claims} new claims.`;
    status('Imported.');
    await drawChains([...new Set(doc.statements.map((s) => s.claim))]);
  } catch (e) {
    status(String(e.message ?? e), true);
  }
});

async function drawChains(claimIds) {
  const box = $('pictures');
  box.textContent = '';
  for (const id of claimIds) {
    const headers = keyInput.value.trim()
      ? { authorization: `Bearer ${keyInput.value.trim()}` }
      : {};
    const res = await fetch(`/claims/${encodeURIComponent(id)}/provenance.svg`, { headers });
    if (!res.ok) continue;
    const img = document.createElement('img');
    img.alt = `Provenance of ${id}`;
    img.dataset.claim = id;
    img.src = URL.createObjectURL(await res.blob());
    box.append(img);
  }
}
