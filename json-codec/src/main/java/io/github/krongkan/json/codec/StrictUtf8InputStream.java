package io.github.krongkan.json.codec;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 as RFC 3629 defines it: no
 * overlong forms, no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no sequence cut
 * off at the end. A NUL byte is refused too: it never stands in a JSON text outside a string, and
 * inside one it must be escaped, so it is the mark of UTF-16 or UTF-32 input, which the format
 * does not accept. A violation ends the read with a {@link CharConversionException} that gives the
 * byte offset. Closing it leaves the underlying stream open.
 */
public final class StrictUtf8InputStream extends FilterInputStream {
    /**
     * The state between bytes: the continuation bytes still expected in the current multi-byte
     * sequence (bits 0-7), and the lowest (bits 8-15) and highest (bits 16-23) allowed value of the
     * next one, narrowed after some lead bytes. {@link #START} between characters.
     */
    private static final int START = 0x80 << 8 | 0xBF << 16;

    private int state = START;
    /** Bytes checked so far. */
    private long offset;

    private final byte[] one = new byte[1];

    /**
     * Checks the bytes of {@code in}.
     *
     * @param in the bytes
     */
    public StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    /**
     * Checks {@code length} bytes at {@code from} in one pass, as this stream would check them,
     * without a stream.
     *
     * @return {@code true} if the bytes are well-formed UTF-8 by the rules of this class
     */
    public static boolean isValid(byte[] bytes, int from, int length) {
        try {
            return scan(bytes, from, from + length, START, 0) == START;
        } catch (CharConversionException e) {
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            one[0] = (byte) b;
            state = scan(one, 0, 1, state, offset);
            offset++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n < 0) {
            end();
            return n;
        }
        state = scan(buffer, off, off + n, state, offset);
        offset += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Every byte has to be seen to be checked.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    /** Leaves the underlying stream open: the caller opened it and closes it. */
    @Override
    public void close() {
        // not closed here
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Checks bytes {@code from} to {@code to} starting in {@code state}, the first of them at
     * {@code offset} of the input.
     *
     * @return the state after the last byte
     * @throws CharConversionException at the first byte that is not allowed
     */
    private static int scan(byte[] bytes, int from, int to, int state, long offset) throws CharConversionException {
        int pending = state & 0xFF;
        int nextLow = (state >>> 8) & 0xFF;
        int nextHigh = state >>> 16;
        for (int k = from; k < to; k++) {
            int b = bytes[k];
            if (pending == 0) {
                if (b > 0) {
                    continue; // ASCII, the common case
                }
                // A whole three-byte character (all of Thai: E0 B8 80 to E0 B9 BF) when it lies within
                // these bytes: the same limits as the general path below, tested at once.
                if (b >= (byte) 0xE0 && b <= (byte) 0xEF && k + 2 < to) {
                    int b1 = bytes[k + 1];
                    int low = b == (byte) 0xE0 ? (byte) 0xA0 : (byte) 0x80;
                    int high = b == (byte) 0xED ? (byte) 0x9F : (byte) 0xBF;
                    if (b1 >= low && b1 <= high && bytes[k + 2] <= (byte) 0xBF) {
                        k += 2;
                        continue;
                    }
                }
            }
            b &= 0xFF;
            if (pending > 0) {
                if (b < nextLow || b > nextHigh) {
                    throw invalid(offset + k - from, "a multi-byte character is cut short or ill-formed");
                }
                nextLow = 0x80;
                nextHigh = 0xBF;
                pending--;
            } else if (b == 0) {
                throw invalid(offset + k - from, "NUL byte; the document must be UTF-8 (not UTF-16 or UTF-32)");
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    nextLow = 0xA0; // no overlong three-byte forms
                } else if (b == 0xED) {
                    nextHigh = 0x9F; // no surrogates
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    nextLow = 0x90; // no overlong four-byte forms
                } else if (b == 0xF4) {
                    nextHigh = 0x8F; // nothing above U+10FFFF
                }
            } else {
                throw invalid(offset + k - from, String.format("byte 0x%02X cannot start a UTF-8 character", b));
            }
        }
        return pending | nextLow << 8 | nextHigh << 16;
    }

    private void end() throws CharConversionException {
        if ((state & 0xFF) > 0) {
            throw invalid(offset, "the input ends inside a multi-byte character");
        }
    }

    private static CharConversionException invalid(long offset, String why) {
        return new CharConversionException("invalid UTF-8 at byte offset " + offset + ": " + why);
    }
}
