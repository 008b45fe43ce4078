/** Popup entry: styles, language, then the App. */
import { render } from 'preact';
import { t } from '../ui/i18n.ts';
import { UI_CSS } from '../ui/styles.ts';
import { App } from './App.tsx';
import { POPUP_CSS } from './popupStyles.ts';

const style = document.createElement('style');
style.textContent = UI_CSS + POPUP_CSS;
document.head.append(style);
document.documentElement.lang = t('langCode');
// Without ?tabId this is the real toolbar popup (see popupStyles.ts for why that matters).
if (!new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('pp-popup');
document.title = t('popupTitle');
const root = document.getElementById('app');
if (!root) throw new Error('#app fehlt in popup/index.html');
render(<App />, root);
