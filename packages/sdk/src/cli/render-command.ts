/**
 * `dpg-kit render '<tag> [name=value ...]' ... [--head]`: elements rendered on the server, as
 * HTML. The renderer is @dpg-kit/elements' (with Lit's @lit-labs/ssr), which the SDK does not
 * depend on: it is loaded here only when asked for, and when it is not installed the command
 * says which packages to install and exits 2.
 */

/** The module that renders; a variable, so that the SDK's build does not look for it. */
const RENDERER = '@dpg-kit/elements/ssr';

interface Renderer {
  runRenderCommand(argv: readonly string[], options: { program: string }): Promise<number>;
}

/** The package a failed import could not find, when that is why it failed. */
function missingPackage(error: unknown): string | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined;
  return /Cannot find package '([^']+)'/.exec(String(message))?.[1] ?? '@dpg-kit/elements';
}

/** Runs the command on its own arguments (those after `render`); resolves the exit code. */
export async function runRenderCommand(args: readonly string[], warn = console.error, from = RENDERER): Promise<number> {
  let renderer: Renderer;
  try {
    renderer = (await import(from)) as Renderer;
  } catch (error) {
    const missing = missingPackage(error);
    if (!missing) throw error;
    warn(
      `dpg-kit render: the server renderer is not installed (${missing} is missing). It comes with @dpg-kit/elements and Lit's @lit-labs/ssr:\n` +
        `  npm install @dpg-kit/elements @lit-labs/ssr`,
    );
    return 2;
  }
  return renderer.runRenderCommand(args, { program: 'dpg-kit render' });
}
