/*
 * The demo pages' language switch (简体中文 / 繁體中文 / English). It sets `lang` on the page root,
 * which every gk- element follows (docs/design.md §6, "Language"); the page's own chrome is
 * marked lang="zh-CN" in the HTML and stays Chinese. The choice is kept for the other demo pages
 * in localStorage — a display setting, nothing personal — and applied before the bundle defines
 * the elements: this classic `defer` script comes before the module script, and deferred and
 * module scripts run in document order.
 */
(function () {
  'use strict';
  var KEY = 'gongkai-demo-lang';
  var LANGS = ['zh-Hans', 'zh-Hant', 'en'];
  var root = document.documentElement;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return LANGS.indexOf(value) === -1 ? null : value;
    } catch (e) {
      return null; // storage disabled: the page keeps its own language
    }
  }

  function store(lang) {
    try {
      window.localStorage.setItem(KEY, lang);
    } catch (e) {
      /* storage disabled: the choice lasts for this page only */
    }
  }

  /** The switch's reading of the root's lang: zh-CN and the like are Simplified. */
  function current() {
    var lang = (root.getAttribute('lang') || 'zh-Hans').toLowerCase();
    if (lang.indexOf('en') === 0) return 'en';
    if (/^zh-(hant|tw|hk|mo)/.test(lang)) return 'zh-Hant';
    return 'zh-Hans';
  }

  function apply(lang) {
    root.setAttribute('lang', lang);
    var buttons = document.querySelectorAll('[data-demo-lang]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-demo-lang') === lang));
    }
  }

  var initial = stored();
  if (initial !== null) root.setAttribute('lang', initial);
  apply(current());

  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('[data-demo-lang]') : null;
    if (!button) return;
    var lang = button.getAttribute('data-demo-lang');
    if (LANGS.indexOf(lang) === -1) return;
    store(lang);
    apply(lang);
  });
})();
