/**
 * What a live run costs: list prices in USD per million tokens, by model family (a dated model id
 * such as `claude-sonnet-4-5-20250929` matches its family by prefix; the longest prefix wins).
 * Prices as published on the models' pages of platform.claude.com (checked 2026-12): cache writes
 * (5 minutes) bill at 1.25× the input price, cache reads at 0.1× unless the model's page says
 * otherwise. Claude Haiku 5.5 is priced for prompts up to 100k tokens (a live trial's prompts are far
 * smaller). A model not in the table costs 0 and the run says so, so a budget is never silently
 * enforced against a made-up price.
 */
export interface Price { inputPerMTok: number; outputPerMTok: number; cacheReadFactor?: number }

export const PRICES: Record<string, Price> = {
  'claude-fable-5-2': { inputPerMTok: 10, outputPerMTok: 50, cacheReadFactor: 0.025 },
  'claude-fable-5-1': { inputPerMTok: 10, outputPerMTok: 50, cacheReadFactor: 0.025 },
  'claude-fable-5': { inputPerMTok: 10, outputPerMTok: 50 },
  'claude-mythos-5-2': { inputPerMTok: 10, outputPerMTok: 50, cacheReadFactor: 0.025 },
  'claude-mythos-5-1': { inputPerMTok: 10, outputPerMTok: 50, cacheReadFactor: 0.025 },
  'claude-mythos-5': { inputPerMTok: 10, outputPerMTok: 50 },
  'claude-opus-5-5': { inputPerMTok: 4, outputPerMTok: 20, cacheReadFactor: 0.05 },
  'claude-opus-5': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-sonnet-5-5': { inputPerMTok: 2, outputPerMTok: 10, cacheReadFactor: 0.05 },
  'claude-sonnet-5': { inputPerMTok: 2, outputPerMTok: 10 },
  'claude-haiku-5-5': { inputPerMTok: 0.1, outputPerMTok: 0.5 },
  'claude-opus-4-8': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-7': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-6': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-sonnet-4-6': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-opus-4-5': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-1': { inputPerMTok: 15, outputPerMTok: 75 },
  'claude-opus-4': { inputPerMTok: 15, outputPerMTok: 75 },
  'claude-sonnet-4-5': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-sonnet-4': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-3-7-sonnet': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-haiku-4-5': { inputPerMTok: 1, outputPerMTok: 5 },
  'claude-3-5-haiku': { inputPerMTok: 0.8, outputPerMTok: 4 },
  'claude-3-haiku': { inputPerMTok: 0.25, outputPerMTok: 1.25 },
};

export function priceOf(model: string): Price | undefined {
  const key = Object.keys(PRICES).filter((p) => model === p || model.startsWith(`${p}-`)).sort((a, b) => b.length - a.length)[0];
  return key ? PRICES[key] : undefined;
}

/** Token counts of one response, as the Messages API reports them. */
export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

export function costUsd(price: Price | undefined, u: TokenUsage): number {
  if (!price) return 0;
  const input = (u.input_tokens ?? 0) + 1.25 * (u.cache_creation_input_tokens ?? 0) + (price.cacheReadFactor ?? 0.1) * (u.cache_read_input_tokens ?? 0);
  return (input * price.inputPerMTok + (u.output_tokens ?? 0) * price.outputPerMTok) / 1_000_000;
}
