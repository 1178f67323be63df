import { define } from '../base/define.js';
import { DpgBadge } from '../dpg-badge/dpg-badge.js';

define('dpg-badge', DpgBadge);
declare global { interface HTMLElementTagNameMap { 'dpg-badge': DpgBadge } }
