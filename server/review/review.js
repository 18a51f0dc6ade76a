// The review page's behaviour: plain browser JavaScript, served as is (nothing to build, nothing
// from a CDN). It talks to the service's own GraphQL endpoint with the editor key typed in:
// Mutation.extractArticle makes a matched draft (schema/extraction.graphql), the editor decides on
// each statement, and Mutation.importArticle takes the result with `review` set, which marks its
// machine statements as reviewed by the person named on the page.

const TYPES = ['SAID', 'REPORTED', 'DENIED', 'CONFIRMED', 'RETRACTED'];
const $ = (id) => document.getElementById(id);

let draft = null; // { document, matches, warnings, text (what the evidence offsets point into) }
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

const EXTRACT = `mutation Extract($input: ArticleInput!) {
  extractArticle(input: $input) {
    text
    document
    matches { kind draftId existingId existingText score by reused }
    warnings { path message }
  }
}`;

$('extract').addEventListener('click', async () => {
  const raw = $('text').value;
  const html = looksLikeHtml(raw);
  const input = { [html ? 'html' : 'text']: raw };
  for (const name of ['url', 'publishedAt', 'title', 'outlet']) {
    const value = $(name).value.trim();
    if (value) input[name] = value;
  }
  status('Extracting…');
  try {
    const { extractArticle: result } = await graphql(EXTRACT, { input });
    draft = {
      document: result.document,
      matches: result.matches,
      warnings: result.warnings,
      // Evidence offsets point into the text the extractor read: the pasted text, or for a
      // page the main text Readability took from it.
      text: result.text,
    };
    const claims = new Map((draft.document.claims ?? []).map((c) => [c.id, c.text]));
    for (const m of draft.matches)
      if (m.kind === 'CLAIM' && m.reused) claims.set(m.existingId, m.existingText);
    rows = draft.document.statements.map((s) => ({
      accepted: true,
      type: s.type,
      source: s.source,
    }));
    // A claim the draft reuses from the graph keeps its graph text: an edit would rewrite it for
    // every article that states it, so only the draft's own claims are editable.
    claimEdits = new Map(
      [...claims].map(([id, text]) => [
        id,
        { text, match: '', inGraph: !draft.document.claims?.some((c) => c.id === id) },
      ]),
    );
    status(`${rows.length} statement${rows.length === 1 ? '' : 's'} found. Check each one.`);
    render();
  } catch (e) {
    status(String(e.message ?? e), true);
  }
});

/** Every source a statement may name: the draft's own, and those it found in the graph. */
function sources() {
  const d = draft.document;
  const list = [
    ...(d.outlets ?? []).map((o) => ({ id: o.id, label: `${o.name} (outlet)` })),
    ...(d.actors ?? []).map((a) => ({ id: a.id, label: a.name })),
    ...(d.anonymousSources ?? []).map((a) => ({ id: a.id, label: `${a.description} (anonymous)` })),
    ...draft.matches
      .filter((m) => m.kind !== 'CLAIM' && m.reused)
      .map((m) => ({ id: m.existingId, label: `${m.existingText} (in the graph)` })),
  ];
  const seen = new Set();
  return list.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

const sourceLabel = (id) => sources().find((s) => s.id === id)?.label ?? id;

// ---- the draft over the text -----------------------------------------------------------
function renderArticle() {
  const target = $('article');
  target.textContent = '';
  const text = draft.text;
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

function select(className, options, value, onChange) {
  const s = document.createElement('select');
  s.className = className;
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
    accept.addEventListener('change', () => {
      row.accepted = accept.checked;
      render();
    });
    card.append(field('Accept', accept));
    const types = TYPES.map((t) => ({ value: t, label: t }));
    card.append(
      field(
        'Type',
        select('type', types, row.type, (v) => {
          row.type = v;
          render();
        }),
      ),
    );
    card.append(
      field(
        'Source',
        select('source', sourceOptions, row.source, (v) => {
          row.source = v;
          renderChains();
        }),
      ),
    );
    if (s.citing?.length) {
      const citing = document.createElement('div');
      citing.textContent = s.citing.map(sourceLabel).join(', ');
      card.append(field('Citing', citing));
    }
    const edit = claimEdits.get(s.claim);
    const claim = document.createElement('textarea');
    claim.className = 'claim-text';
    claim.dataset.claim = s.claim;
    claim.rows = 2;
    // A chosen match stands for the graph's claim: its text is what the import will link to.
    claim.value = edit.match
      ? (draft.matches.find((m) => m.existingId === edit.match)?.existingText ?? edit.text)
      : edit.text;
    claim.readOnly = edit.inGraph || edit.match !== '';
    // The text is the claim's: every statement about it shows the edit.
    claim.addEventListener('input', () => {
      edit.text = claim.value;
      for (const other of box.querySelectorAll('textarea.claim-text')) {
        if (other !== claim && other.dataset.claim === s.claim) other.value = claim.value;
      }
    });
    card.append(field(edit.inGraph ? 'Claim (in the graph)' : 'Claim', claim));
    const proposals = draft.matches.filter(
      (m) => m.kind === 'CLAIM' && !m.reused && m.draftId === s.claim,
    );
    if (proposals.length) {
      const options = [
        { value: '', label: `none: a new claim (${s.claim})` },
        ...proposals.map((m) => ({
          value: m.existingId,
          label: `${m.existingText} (${m.by}, ${Number(m.score).toFixed(2)})`,
        })),
      ];
      card.append(
        field(
          'Same as',
          select('match', options, edit.match, (v) => {
            edit.match = v;
            render();
          }),
        ),
      );
    }
    const ev = document.createElement('div');
    ev.className = 'evidence';
    ev.textContent = `“${s.evidence.sentence}” — confidence ${Number(s.evidence.confidence).toFixed(2)}, ${s.evidence.method}`;
    card.append(ev);
    box.append(card);
  });
  $('import').disabled = !rows.some((r) => r.accepted);
}

/** The accepted statements' chains as the import will write them: source → cited → claim. */
function renderChains() {
  const box = $('draft-chains');
  box.textContent = '';
  const doc = reviewedDocument();
  const claimText = (id) =>
    doc.claims.find((c) => c.id === id)?.text ?? claimEdits.get(id)?.text ?? id;
  for (const s of doc.statements) {
    const chain = document.createElement('div');
    chain.className = `chain ${s.type}`;
    const hops = [sourceLabel(s.source), ...(s.citing ?? []).map(sourceLabel)];
    for (const [k, hop] of hops.entries()) {
      const node = document.createElement('span');
      node.className = 'node';
      node.textContent = hop;
      const arrow = document.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = k + 1 < hops.length ? ' → cites → ' : ` → ${s.type} → `;
      chain.append(node, arrow);
    }
    const claim = document.createElement('span');
    claim.className = 'node claim';
    claim.textContent = claimText(s.claim);
    chain.append(claim);
    box.append(chain);
  }
}

function render() {
  const warnings = $('warnings');
  warnings.textContent = '';
  for (const w of draft.warnings) {
    const li = document.createElement('li');
    li.textContent = `${w.path} ${w.message}`;
    warnings.append(li);
  }
  renderArticle();
  renderStatements();
  renderChains();
}

// ---- import what was accepted, then draw it ---------------------------------------------
/**
 * The draft as reviewed: accepted statements with their edits and chosen matches; what no kept
 * statement refers to (claims, anonymous sources, actors, outlets) left out, so that rejecting a
 * statement writes nothing of it.
 */
function reviewedDocument() {
  const d = structuredClone(draft.document);
  const statements = [];
  d.statements.forEach((s, i) => {
    const row = rows[i];
    if (!row.accepted) return;
    statements.push({
      ...s,
      type: row.type,
      source: row.source,
      claim: claimEdits.get(s.claim)?.match || s.claim,
    });
  });
  const claims = (d.claims ?? []).map((c) => ({ ...c, text: claimEdits.get(c.id)?.text.trim() }));
  const stated = new Set(statements.flatMap((s) => [s.source, ...(s.citing ?? []), s.claim]));
  const anonymousSources = (d.anonymousSources ?? []).filter((a) => stated.has(a.id));
  const referenced = new Set([
    ...stated,
    d.article.outlet,
    ...anonymousSources.flatMap((a) => [a.citedBy, a.affiliation]),
  ]);
  return {
    ...d,
    actors: (d.actors ?? []).filter((a) => referenced.has(a.id)),
    outlets: (d.outlets ?? []).filter((o) => referenced.has(o.id)),
    anonymousSources,
    claims: claims.filter((c) => stated.has(c.id)),
    statements,
  };
}

const nameInput = $('reviewer');
nameInput.value = localStorage.getItem('review-name') ?? '';
nameInput.addEventListener('change', () => {
  localStorage.setItem('review-name', nameInput.value);
  nameInput.dataset.fromKey = '';
});

// The key's name is the reviewer's, unless the person typed another one: Query.viewer tells
// who the key belongs to (never the key itself).
async function showViewer() {
  $('viewer').textContent = '';
  if (!keyInput.value.trim()) return;
  try {
    const { viewer } = await graphql('{ viewer { name role } }');
    if (!viewer.name) return;
    $('viewer').textContent = `key of ${viewer.name} (${viewer.role.toLowerCase()})`;
    if (!nameInput.value.trim() || nameInput.dataset.fromKey) {
      nameInput.value = viewer.name;
      nameInput.dataset.fromKey = 'yes';
    }
  } catch (e) {
    $('viewer').textContent = String(e.message ?? e);
  }
}
keyInput.addEventListener('change', showViewer);
showViewer();

const IMPORT = `mutation Import($input: JSON!) {
  importArticle(input: $input) { articleIds created { claims statements } }
}`;

$('import').addEventListener('click', async () => {
  const reviewedBy = nameInput.value.trim();
  if (!reviewedBy) {
    status('Type your name: the import records who reviewed these statements.', true);
    nameInput.focus();
    return;
  }
  const doc = reviewedDocument();
  const blank = doc.claims.find((c) => !c.text);
  if (blank) {
    status(`The claim ${blank.id} has no text: write it, or reject its statements.`, true);
    return;
  }
  doc.review = { reviewedBy, reviewedAt: new Date().toISOString() };
  status('Importing…');
  try {
    const { importArticle: r } = await graphql(IMPORT, { input: doc });
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
