/**
 * The shapes of dpg-kit's pilot and Community of Practice files, as published in
 * `schemas/pilots.schema.json` and `schemas/cops.schema.json`.
 *
 * The records themselves are the model's `Pilot` and `CommunityOfPractice`; a file wraps them
 * with a format name and version so a reader can tell a pilots file from a cops file, and with
 * `source` and `asOf` so a page can say where the facts come from and how old they are.
 */

import type { CommunityOfPractice, Pilot } from '../model.js';

/** What every dpg-kit data file says about itself. */
export interface DataFileMeta {
  /** Path or URL of the JSON Schema, for editors; readers ignore it. */
  $schema?: string;
  /** Where the facts come from, in words. */
  source?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the facts describe. */
  asOf?: string;
  note?: string;
}

/** A file of pathfinder pilots (`format: "dpg-kit/pilots"`). */
export interface PilotsFile extends DataFileMeta {
  format: 'dpg-kit/pilots';
  version: 1;
  pilots: Pilot[];
}

/** A file of Communities of Practice (`format: "dpg-kit/cops"`). */
export interface CopsFile extends DataFileMeta {
  format: 'dpg-kit/cops';
  version: 1;
  cops: CommunityOfPractice[];
}
