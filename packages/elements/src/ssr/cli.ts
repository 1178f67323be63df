#!/usr/bin/env node
/// <reference types="node" />
/**
 * `dpg-kit-render`: elements rendered on the server, as HTML on standard output.
 *
 *   npx -p @dpg-kit/elements dpg-kit-render 'dpg-card dpg-id=dhis2' > card.html
 *
 * The SDK's `dpg-kit render` runs the same command. Exit codes: 0 done, 1 loading failed,
 * 2 wrong usage.
 */
import { runRenderCommand } from './render-command.js';

process.exitCode = await runRenderCommand(process.argv.slice(2));
