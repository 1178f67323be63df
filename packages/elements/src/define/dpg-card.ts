import { define } from '../base/define.js';
import { DpgCard } from '../dpg-card/dpg-card.js';

define('dpg-card', DpgCard);
declare global { interface HTMLElementTagNameMap { 'dpg-card': DpgCard } }
