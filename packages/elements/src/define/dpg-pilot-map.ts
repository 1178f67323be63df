import { define } from '../base/define.js';
import { DpgPilotMap } from '../dpg-pilot-map/dpg-pilot-map.js';

define('dpg-pilot-map', DpgPilotMap);
declare global { interface HTMLElementTagNameMap { 'dpg-pilot-map': DpgPilotMap } }
