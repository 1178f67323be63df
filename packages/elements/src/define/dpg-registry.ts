import './dpg-card.js';
import { define } from '../base/define.js';
import { DpgRegistry } from '../dpg-registry/dpg-registry.js';

define('dpg-registry', DpgRegistry);
declare global { interface HTMLElementTagNameMap { 'dpg-registry': DpgRegistry } }
