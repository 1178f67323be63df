/**
 * Every dpg-kit element, defined: the CDN entry. `<script type="module" src=".../all.js">`
 * and the tags work. The provider comes first so that a provider and its children parsed
 * together upgrade in document order.
 */
import './define/dpg-provider.js';
import './define/dpg-card.js';
import './define/dpg-badge.js';
import './define/dpg-cop-table.js';
