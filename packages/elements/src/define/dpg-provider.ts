import { define } from '../base/define.js';
import { DpgProvider } from '../dpg-provider/dpg-provider.js';

define('dpg-provider', DpgProvider);
declare global { interface HTMLElementTagNameMap { 'dpg-provider': DpgProvider } }
