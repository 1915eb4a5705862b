import { describe, expect, it } from 'vitest';
import { costUsd, priceOf } from './prices.js';

describe('prices', () => {
  it('finds a dated model by its family, the longest prefix first', () => {
    expect(priceOf('claude-sonnet-4-5-20250929')).toEqual({ inputPerMTok: 3, outputPerMTok: 15 });
    expect(priceOf('claude-opus-4-1-20250805')?.inputPerMTok).toBe(15);
    expect(priceOf('claude-opus-4-5')?.inputPerMTok).toBe(5);
    expect(priceOf('claude-sonnet-45')).toBeUndefined();
    expect(priceOf('gpt-4o')).toBeUndefined();
  });

  it('bills cache writes and reads at their rates; an unknown model costs 0', () => {
    const p = priceOf('claude-sonnet-4-5')!;
    expect(costUsd(p, { input_tokens: 1_000_000, output_tokens: 0 })).toBe(3);
    expect(costUsd(p, { input_tokens: 0, output_tokens: 1_000_000 })).toBe(15);
    expect(costUsd(p, { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 1_000_000, cache_read_input_tokens: 1_000_000 })).toBeCloseTo(3.75 + 0.3);
    expect(costUsd(undefined, { input_tokens: 5, output_tokens: 5 })).toBe(0);
  });

  it('knows the current models, with their own cache-read rates', () => {
    expect(priceOf('claude-sonnet-4-6')).toEqual({ inputPerMTok: 3, outputPerMTok: 15 });
    expect(priceOf('claude-opus-4-8')?.inputPerMTok).toBe(5);
    expect(priceOf('claude-sonnet-5')?.inputPerMTok).toBe(2);
    expect(priceOf('claude-sonnet-5-5')?.cacheReadFactor).toBe(0.05);
    expect(priceOf('claude-haiku-4-5-20251001')?.inputPerMTok).toBe(1);
    expect(costUsd(priceOf('claude-opus-5-5'), { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 1_000_000 })).toBeCloseTo(0.2);
    expect(costUsd(priceOf('claude-sonnet-4-6'), { input_tokens: 1000, output_tokens: 100, cache_creation_input_tokens: null, cache_read_input_tokens: null })).toBeCloseTo(0.0045);
  });
});
