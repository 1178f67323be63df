import { define } from '../base/define.js';
import { DpgCopTable } from '../dpg-cop-table/dpg-cop-table.js';

define('dpg-cop-table', DpgCopTable);
declare global { interface HTMLElementTagNameMap { 'dpg-cop-table': DpgCopTable } }
