import { define } from '../base/define.js';
import { DpgPilotList } from '../dpg-pilot-list/dpg-pilot-list.js';

define('dpg-pilot-list', DpgPilotList);
declare global { interface HTMLElementTagNameMap { 'dpg-pilot-list': DpgPilotList } }
