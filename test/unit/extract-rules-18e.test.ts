// Mends of the eighteenth pass's review on issue 14: places where two helpers' rules met, each
// a mechanism tested on sentences of our own.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

describe('a company named by its web address is read as by its name', () => {
  // the tagger's mistakes ("quotes" read as a noun) were mended before "Amazon.com" was joined
  // into one word, so after an address the word before was still "com"
  it.each([
    ['Amazon.com', 'Acme', 'amazon', 'acme'],
    ['Booking.com', 'Halden', 'booking', 'halden'],
  ])('%s quotes an unnamed official saying …', (address, name, addressId, nameId) => {
    const said = (who: string) => `${who} quotes an unnamed official saying: “The deal is done.”`;
    expect(lines(said(address))).toEqual(
      lines(said(name)).map((l) => l.replaceAll(nameId, addressId)),
    );
  });
});
