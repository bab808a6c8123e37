// The benchmark build's flag (lib/page/bench-hooks.ts): `WXT_RENVOI_BENCH=true npm run build`, set by `npm run bench`.
interface ImportMetaEnv {
  readonly WXT_RENVOI_BENCH?: string;
}
