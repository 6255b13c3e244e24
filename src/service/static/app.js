/* global window, document, navigator, fetch, DOMParser */
// Rumor Desk: progressive enhancement only. Every page works without this file; it adds copy
// buttons, confirmations for destructive forms, and the triage queue's periodic refresh.
(function () {
  'use strict';

  function announce(button, text) {
    var original = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', original);
    button.textContent = text;
    window.setTimeout(function () { button.textContent = original; }, 2000);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Plain-HTTP pages (a LAN address) have no clipboard API; a hidden selection still copies.
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error('copy failed'));
    });
  }

  function setUpCopyButtons(root) {
    var buttons = root.querySelectorAll('button.copy');
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var source = button.getAttribute('data-copy');
        var text = button.getAttribute('data-copy-text');
        if (text === null && source) {
          var element = document.getElementById(source);
          text = element ? (element.value !== undefined ? element.value : element.textContent) : '';
        }
        copyText(text || '').then(
          function () { announce(button, 'Copied'); },
          function () { announce(button, 'Copy failed: select the text instead'); }
        );
      });
    });
  }

  function setUpConfirmations() {
    var forms = document.querySelectorAll('form[data-confirm]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
      });
    });
  }

  function setUpOverride() {
    var box = document.getElementById('override');
    var reason = document.getElementById('override-reason');
    if (!box || !reason) return;
    var sync = function () { reason.required = box.checked; };
    box.addEventListener('change', sync);
    sync();
  }

  // The queue reloads its own URL, so the filters in the query string are kept. It skips a
  // round while the tab is hidden or while keyboard focus is inside the list, so a refresh
  // never pulls the focus out from under an officer.
  function setUpQueueRefresh() {
    var queue = document.getElementById('queue');
    if (!queue) return;
    var seconds = Number(queue.getAttribute('data-refresh-seconds')) || 60;
    var count = 0;
    window.setInterval(function () {
      var current = document.getElementById('queue');
      if (!current || document.hidden || current.contains(document.activeElement)) return;
      fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error(String(response.status))); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('queue');
          if (!fresh) return;
          count += 1;
          fresh.setAttribute('data-refresh-count', String(count));
          current.replaceWith(document.importNode(fresh, true));
        })
        .catch(function () {
          var status = document.getElementById('queue-updated');
          if (status) status.textContent = 'Could not refresh the queue; trying again in a minute.';
        });
    }, seconds * 1000);
  }

  function start() {
    setUpCopyButtons(document);
    setUpConfirmations();
    setUpOverride();
    setUpQueueRefresh();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
