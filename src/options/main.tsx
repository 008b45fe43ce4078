/** Options page entry: styles, language, then the page. */
import { render } from 'preact';
import { t } from '../ui/i18n.ts';
import { UI_CSS } from '../ui/styles.ts';
import { Options } from './Options.tsx';
import { OPTIONS_CSS } from './optionsStyles.ts';

const style = document.createElement('style');
style.textContent = UI_CSS + OPTIONS_CSS;
document.head.append(style);
document.documentElement.lang = t('langCode');
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (!root) throw new Error('#app fehlt in options/index.html');
render(<Options />, root);
