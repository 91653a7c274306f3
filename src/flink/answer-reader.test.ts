import { describe, expect, it } from 'vitest';
import { AnswerReader, BadAnswerError } from './answer-reader';

/** Feeds `raw` cut at `cuts`; the answer once complete, else undefined. */
function read(raw: Buffer, cuts: number[], noBody = false) {
  const r = new AnswerReader(noBody);
  let from = 0;
  let done = false;
  for (const to of [...cuts, raw.length]) {
    if (to > from) done = r.push(raw.subarray(from, to));
    from = Math.max(from, to);
  }
  return { reader: r, done };
}

const chunked = Buffer.from(
  'HTTP/1.1 100 Continue\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nKeep-Alive: timeout=5\r\n\r\n' +
    'b;ext=1\r\n{"name":"é\r\n' +
    'A\r\n","x":[1,2\r\n' +
    '2\r\n]}\r\n' +
    '0\r\nx-trailer: 1\r\n\r\n',
  'utf8',
);

describe('AnswerReader', () => {
  it('reads a chunked answer after a 100 Continue, however the bytes are cut', () => {
    // Every single cut, and every pair of cuts 7 bytes apart: the é's two bytes split too.
    for (let i = 1; i < chunked.length; i++) {
      for (const cuts of [[i], [i, i + 7]]) {
        const { reader, done } = read(chunked, cuts);
        expect(done, `cut at ${cuts}`).toBe(true);
        expect(reader.answer()).toEqual({ status: 200, text: '{"name":"é","x":[1,2]}' });
        expect(reader.reuse()).toEqual({ keepAlive: true, idleMs: 5000 });
      }
    }
  });

  it('frames by Content-Length, and by the close when there is neither length nor chunking', () => {
    const sized = Buffer.from('HTTP/1.1 404 Not Found\r\ncontent-LENGTH: 9\r\nLocation: /a\r\n\r\n{"e":"x"}');
    const { reader } = read(sized, [30, 60]);
    expect(reader.answer()).toEqual({ status: 404, text: '{"e":"x"}', location: '/a' });

    const r = new AnswerReader();
    expect(r.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\n\uFEFF{"a":'))).toBe(false);
    expect(r.push(Buffer.from('1}'))).toBe(false);
    expect(r.end()).toBe(true);
    expect(r.answer()).toEqual({ status: 200, text: '{"a":1}' });
    expect(r.reuse().keepAlive).toBe(false);
  });

  it('ends a 204, a 304 and a HEAD answer at their headers', () => {
    for (const [raw, noBody] of [
      ['HTTP/1.1 204 No Content\r\n\r\n', false],
      ['HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n', false],
      ['HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n', true],
    ] as const) {
      const r = new AnswerReader(noBody);
      expect(r.push(Buffer.from(raw))).toBe(true);
      expect(r.reuse().keepAlive).toBe(true);
    }
  });

  it('keeps a connection only when the answer says it may and nothing follows it', () => {
    const reuse = (raw: string) => read(Buffer.from(raw), []).reader.reuse().keepAlive;
    expect(reuse('HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')).toBe(false);
    expect(reuse('HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n')).toBe(false);
    expect(reuse('HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\ncontent-length: 0\r\n\r\n')).toBe(true);
    expect(reuse('HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nab')).toBe(false);
  });

  it('refuses bytes that are not an HTTP/1.x answer, as soon as they cannot become one', () => {
    expect(() => new AnswerReader().push(Buffer.from('hello\r\n'))).toThrow(BadAnswerError);
    expect(() => new AnswerReader().push(Buffer.from('HTTP/2 200\r\n\r\n'))).toThrow(/not HTTP\/1\.x/);
    expect(new AnswerReader().push(Buffer.from('HTTP/1.'))).toBe(false);
    const bad = ['content-length: 1, 2', 'content-length: -1'];
    for (const h of bad)
      expect(() => new AnswerReader().push(Buffer.from(`HTTP/1.1 200 OK\r\n${h}\r\n\r\n`))).toThrow(
        /Content-Length that is not one number/,
      );
    const chunk = Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n');
    expect(() => new AnswerReader().push(chunk)).toThrow(/chunk size that is not hexadecimal/);
  });
});
