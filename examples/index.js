// The list follows the country chosen on the map; choosing it again shows every country.
const map = document.querySelector('dpg-pilot-map');
const list = document.querySelector('dpg-pilot-list');
map?.addEventListener('dpg-country-select', (event) => {
  if (!list) return;
  list.country = list.country === event.detail.code ? '' : event.detail.code;
});
