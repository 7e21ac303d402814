import { openConnect } from '/sdk/index.js';

const $ = (id) => document.getElementById(id);
let flow;

function log(event) {
  const item = document.createElement('li');
  item.textContent = JSON.stringify(event);
  $('events').append(item);
}

async function showConnections() {
  const response = await fetch('/api/connections');
  const body = await response.json();
  const list = $('connections');
  list.replaceChildren();
  for (const connection of body.items ?? []) {
    const item = document.createElement('li');
    item.textContent = `${connection.providerName} (${connection.environment}) · ${connection.id} · end user ${connection.endUser?.id}`;
    list.append(item);
  }
  if (list.children.length === 0) list.innerHTML = '<li>None yet.</li>';
}

/** Asks this platform's server for a connect session; the server holds the API key. */
async function sessionUrl() {
  const response = await fetch('/api/connect-session', { method: 'POST' });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body.url;
}

function onEvent(event) {
  log(event);
  if (event.type === 'connected') {
    $('notice').hidden = false;
    $('notice').textContent = `Connected: ${event.connectionId}`;
    void showConnections();
  }
  if (event.type === 'closed') flow = undefined;
}

for (const mode of ['popup', 'iframe']) {
  $(mode).addEventListener('click', async () => {
    flow?.close();
    // Browsers let a page open a popup for a few seconds after a click, so the session can be
    // fetched first; a slow server could create it before the click instead.
    const url = await sessionUrl();
    flow = openConnect({ url, mode, container: $('frame'), onEvent });
  });
}

$('redirect').addEventListener('click', async () => {
  window.location.assign(await sessionUrl());
});

const returned = new URLSearchParams(window.location.search).get('connectionId');
if (returned) {
  $('notice').hidden = false;
  $('notice').textContent = `Connected: ${returned}`;
  history.replaceState(null, '', '/');
}
void showConnections();
