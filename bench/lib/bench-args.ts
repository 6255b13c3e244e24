/**
 * The numeric `--name N` options of the benchmark scripts.
 *
 * @example const N = numberOption(process.argv.slice(2), 'n', 200_000);
 */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}
