export function compressAssets(dir: string): { file: string; bytes: number; br?: number; gz?: number }[];
